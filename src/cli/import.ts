// `npm run import -- FILE|FOLDER... [--url URL] [--source NAME] [--title "..."] [--uploads DIR] [--source-field KEY]
// [--max-download MB] [--max-time SECONDS]`: pasted stories, saved web pages, WordPress exports and feeds to articles.
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { DEFAULT_DOWNLOAD_MAX_MB, DEFAULT_DOWNLOAD_MAX_SECONDS, MB } from "../authoring/import/input-limits.ts";
import { runImport } from "../authoring/import/run-import.ts";
import { AnnalsError } from "../errors.ts";

/** A positive number given to an option, or an error that says what was expected. */
function positive(option: string, value: string, unit: string): number {
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0) throw new AnnalsError(`--${option} expects a number of ${unit} greater than 0, like --${option} 200; got "${value}".`);
  return number;
}

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
      "max-download": { type: "string", default: String(DEFAULT_DOWNLOAD_MAX_MB) },
      "max-time": { type: "string", default: String(DEFAULT_DOWNLOAD_MAX_SECONDS) },
    },
  });
  const fetchLimits = {
    maxBytes: positive("max-download", values["max-download"], "megabytes") * MB,
    maxMs: positive("max-time", values["max-time"], "seconds") * 1000,
  };
  process.exitCode = await runImport({
    paths: positionals,
    urls: values.url,
    contentDir: resolve(values.input),
    ...(values.source ? { source: values.source } : {}),
    ...(values.title !== undefined ? { title: values.title } : {}),
    ...(values["source-field"] ? { sourceField: values["source-field"] } : {}),
    ...(values.uploads ? { uploads: resolve(values.uploads) } : {}),
    fetchLimits,
  });
} catch (error) {
  // parseArgs reports an unknown option as a TypeError with a readable message.
  if (!(error instanceof AnnalsError) && !(error instanceof TypeError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
