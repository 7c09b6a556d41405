// A worker thread that parses article files for parse-workers.ts: each message is a list
// of files' bytes, each answer their parses in the same order, followed by a raise of the
// shared counter the main thread waits on.
import { workerData } from "node:worker_threads";
import { createMarkdown } from "../markdown.ts";
import { parseArticleBytes } from "./article-parse.ts";
import type { ParseAnswer, ParseMessage, ParseWorkerData } from "./parse-workers.ts";

const { allowHtml, port, answers } = workerData as ParseWorkerData;
const md = createMarkdown({ allowHtml });

port.on("message", ({ id, requests }: ParseMessage) => {
  let answer: ParseAnswer;
  try {
    answer = { id, parsed: requests.map((request) => parseArticleBytes(request, md)) };
  } catch (error) {
    answer = { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  port.postMessage(answer);
  Atomics.add(answers, 0, 1);
  Atomics.notify(answers, 0);
});
