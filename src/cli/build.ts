// `npm run build [-- --pathprefix=/archive/] [--output=_site] [--precompress] [--verbose] [--debug]`
import { parseArgs } from "node:util";
import { buildSite } from "../build.ts";
import { AnnalsError } from "../errors.ts";
import { precompressedLine } from "../output/precompress.ts";
import { WriteFailure } from "../output/write-failure.ts";
import { displayPath } from "../display-path.ts";
import { CACHE_DIR } from "../output/manifest-store.ts";
import { countLine, describeUnexpected, exitOnUncaught, isArgumentError, notesLine, printIssues, wantsDebug, writtenLine } from "./report.ts";

const USAGE = "Usage: npm run build [-- --pathprefix=/archive/] [-- --precompress] [-- --verbose] [-- --debug]";
const debug = wantsDebug();

function parseOptions() {
  try {
    return parseArgs({
      options: {
        pathprefix: { type: "string" },
        output: { type: "string", default: "_site" },
        input: { type: "string", default: "content" },
        precompress: { type: "boolean", default: false },
        verbose: { type: "boolean", default: false },
        "cache-dir": { type: "string" },
        debug: { type: "boolean", default: false },
      },
    }).values;
  } catch (error) {
    if (!isArgumentError(error)) throw error;
    console.error(`${error.message}\n${USAGE}`);
    process.exit(2);
  }
}
const values = parseOptions();
const CACHE_NAME = `${displayPath(values["cache-dir"] ?? CACHE_DIR)}/`;

const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
let finished = false;
exitOnUncaught("build", debug, () => {
  finished = true;
  console.error(`\nBuild failed; ${values.output}/ was left as it was.`);
});
// When Pagefind's indexing process dies (it runs out of memory on a very large archive), its
// Node API never answers: Node would exit silently with status 13. Say what happened.
process.on("exit", () => {
  if (finished) return;
  console.error(`\nBuild stopped before it finished: a helper process, most likely Pagefind indexing the search, ended without an answer. This happens when it runs out of memory. The next build puts ${values.output}/ back as it was before this one.`);
  process.exitCode = 1;
});
try {
  const result = await buildSite({
    input: values.input,
    output: values.output,
    ...(values.pathprefix ? { pathPrefix: values.pathprefix } : {}),
    precompress: values.precompress,
    ...(values["cache-dir"] ? { cacheDir: values["cache-dir"] } : {}),
    ...(values.verbose ? { log: (line: string) => console.log(`${elapsed()}  ${line}`) } : {}),
    onWait: (message) => console.error(message),
  });
  for (const line of result.recovered) console.log(`Before building: ${line}.`);
  printIssues(result.issues.filter((issue) => issue.severity !== "note"));
  const notes = notesLine(result.issues);
  if (notes) console.error(notes);
  if (!result.ok) {
    console.error(`\nBuild failed: ${countLine(result.issues)}. ${values.output}/ was left as it was.`);
    process.exitCode = 1;
  } else {
    if (result.withoutCache) console.error(`Built without the cache: ${CACHE_NAME} cannot be written (${result.withoutCache}), so every file was written again.`);
    if (result.precompressed?.files) console.log(precompressedLine(result.precompressed));
    const { written, removed } = result.report;
    console.log(writtenLine(written.length, removed.length, result.report.kept));
    console.log(`Built ${values.output}/ in ${elapsed()} (${countLine(result.issues)}).`);
  }
} catch (error) {
  console.error(error instanceof AnnalsError ? error.message : describeUnexpected("build", error, debug));
  // A file that could not be written says itself where the output stands.
  console.error(error instanceof WriteFailure ? "\nBuild failed." : `\nBuild failed; ${values.output}/ was left as it was.`);
  process.exitCode = 1;
} finally {
  finished = true;
}
