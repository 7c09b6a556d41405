// `npm run import -- FILE|FOLDER... [--url URL] [--source NAME] [--title "..."] [--uploads DIR] [--source-field KEY]`:
// pasted stories, saved web pages, WordPress exports and feeds to articles.
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { runImport } from "../authoring/import/run-import.ts";
import { AnnalsError } from "../errors.ts";

try {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      source: { type: "string" },
      title: { type: "string" },
      url: { type: "string", multiple: true, default: [] },
      uploads: { type: "string" },
      "source-field": { type: "string" },
      input: { type: "string", default: "content" },
    },
  });
  process.exitCode = await runImport({
    paths: positionals,
    urls: values.url,
    contentDir: resolve(values.input),
    ...(values.source ? { source: values.source } : {}),
    ...(values.title !== undefined ? { title: values.title } : {}),
    ...(values["source-field"] ? { sourceField: values["source-field"] } : {}),
    ...(values.uploads ? { uploads: resolve(values.uploads) } : {}),
  });
} catch (error) {
  // parseArgs reports an unknown option as a TypeError with a readable message.
  if (!(error instanceof AnnalsError) && !(error instanceof TypeError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
