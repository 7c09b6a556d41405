// Parses article files on every core. A clean build, or a preview started without a parse
// cache, reads, validates and renders every story before anything else can start (the
// search indexer has no page to read yet), so the parses go to worker threads, one per
// core but the main thread's, which reads the files, looks them up in the cache, and
// parses too while the workers are busy.
//
// The load stays synchronous, as the rest of the archive's load is: the main thread posts
// files to the workers as it reads them, and waits for the answers on a shared counter
// that each worker raises once its answer is posted (Atomics.wait), taking them with
// receiveMessageOnPort.
import { availableParallelism } from "node:os";
import { MessageChannel, receiveMessageOnPort, type MessagePort, type Worker } from "node:worker_threads";
import { typeScriptWorker } from "../worker-threads.ts";
import type { ArticleToParse, LoadedArticleFile } from "./article-parse.ts";

/** What a worker is given of a file. */
export type ParseRequest = Pick<ArticleToParse, "displayPath" | "fileName" | "bytes">;

/** Files sent to a worker in one message. */
export const FILES_PER_MESSAGE = 64;
/** Messages waiting for each worker at most: the bytes of a whole archive are never in memory at once. */
const MESSAGES_PER_WORKER = 2;
/** A worker that has not answered for this long has stopped (it failed to start, or ran out of memory). */
const ANSWER_TIMEOUT_MS = 120_000;

const WORKER_MODULE = new URL("./parse-worker.ts", import.meta.url);
// One that cannot start answers with the reason, as it would for a file it could not parse.
const ON_LOAD_FAILURE = `const { port, answers } = require("node:worker_threads").workerData;
    port.postMessage({ id: -1, error: String(error && error.stack || error) });
    Atomics.add(answers, 0, 1);
    Atomics.notify(answers, 0);`;

export interface ParseWorkerData {
  allowHtml: boolean;
  port: MessagePort;
  /** Raised by one after each answer. */
  answers: Int32Array;
}
export interface ParseMessage {
  id: number;
  requests: ParseRequest[];
}
export type ParseAnswer = { id: number; parsed: LoadedArticleFile[] } | { id: number; error: string };

/** A pool of parse workers, one per core but the main thread's, for one load. */
export class ParseWorkers {
  private readonly answers = new Int32Array(new SharedArrayBuffer(4));
  private readonly workers: { worker: Worker; port: MessagePort; waiting: number }[];
  /** Message id -> what to do with its answer. */
  private readonly waiting = new Map<number, (parsed: LoadedArticleFile[]) => void>();
  private nextId = 0;

  constructor(allowHtml: boolean, count = availableParallelism() - 1) {
    this.workers = Array.from({ length: Math.max(1, count) }, () => {
      const { port1, port2 } = new MessageChannel();
      const workerData: ParseWorkerData = { allowHtml, port: port2, answers: this.answers };
      const worker = typeScriptWorker(WORKER_MODULE, { workerData, transferList: [port2] }, ON_LOAD_FAILURE);
      // A worker's own failure (it could not start) is reported by the wait for its answer.
      worker.on("error", () => {});
      return { worker, port: port1, waiting: 0 };
    });
  }

  /** Whether another message can go to a worker without waiting; takes the answers posted so far. */
  hasRoom(): boolean {
    this.takePosted();
    return this.waiting.size < MESSAGES_PER_WORKER * this.workers.length;
  }

  /** Sends `requests` to the worker with the least to do; `take` is given their parses, in order, by a later `hasRoom` or `finish`. */
  parse(requests: ParseRequest[], take: (parsed: LoadedArticleFile[]) => void): void {
    const index = this.workers.reduce((least, each, i) => (each.waiting < this.workers[least]!.waiting ? i : least), 0);
    const id = this.nextId++;
    this.waiting.set(id, take);
    this.workers[index]!.waiting++;
    this.workers[index]!.port.postMessage({ id, requests } satisfies ParseMessage);
  }

  /** Takes every answer still to come. */
  finish(): void {
    while (this.waiting.size > 0) {
      const seen = Atomics.load(this.answers, 0);
      if (this.takePosted() > 0) continue;
      if (Atomics.wait(this.answers, 0, seen, ANSWER_TIMEOUT_MS) === "timed-out") {
        throw new Error(`A worker parsing articles gave no answer for ${ANSWER_TIMEOUT_MS / 1000} s: it could not start, or it stopped.`);
      }
    }
  }

  /** Takes the answers posted so far; returns how many. */
  private takePosted(): number {
    let taken = 0;
    for (const worker of this.workers) {
      for (let received = receiveMessageOnPort(worker.port); received; received = receiveMessageOnPort(worker.port)) {
        const answer = received.message as ParseAnswer;
        if ("error" in answer) throw new Error(`A worker parsing articles failed: ${answer.error}`);
        const take = this.waiting.get(answer.id)!;
        this.waiting.delete(answer.id);
        worker.waiting--;
        taken++;
        take(answer.parsed);
      }
    }
    return taken;
  }

  stop(): void {
    for (const { worker, port } of this.workers) {
      port.close();
      void worker.terminate();
    }
  }
}
