// `npm run build [-- --pathprefix=/archive/] [--output=_site] [--precompress] [--verbose]`
import { parseArgs } from "node:util";
import { buildSite } from "../build.ts";
import { AnnalsError } from "../errors.ts";
import { precompressedLine } from "../output/precompress.ts";
import { countLine, notesLine, printIssues } from "./report.ts";

const { values } = parseArgs({
  options: {
    pathprefix: { type: "string" },
    output: { type: "string", default: "_site" },
    input: { type: "string", default: "content" },
    precompress: { type: "boolean", default: false },
    verbose: { type: "boolean", default: false },
    "cache-dir": { type: "string" },
  },
});

const started = performance.now();
let finished = false;
// When Pagefind's indexing process dies (on a 100,000-story archive it ran out of memory),
// its Node API never answers: Node would exit silently with status 13. Say what happened.
process.on("exit", () => {
  if (finished) return;
  console.error(`\nBuild stopped before it finished: a helper process, most likely Pagefind indexing the search, ended without an answer. This happens when it runs out of memory on a very large archive. ${values.output}/ was left as it was.`);
  process.exitCode = 1;
});
try {
  const result = await buildSite({
    input: values.input,
    output: values.output,
    ...(values.pathprefix ? { pathPrefix: values.pathprefix } : {}),
    precompress: values.precompress,
    ...(values["cache-dir"] ? { cacheDir: values["cache-dir"] } : {}),
    ...(values.verbose ? { log: (line: string) => console.log(`${((performance.now() - started) / 1000).toFixed(2)} s  ${line}`) } : {}),
  });
  printIssues(result.issues.filter((issue) => issue.severity !== "note"));
  const notes = notesLine(result.issues);
  if (notes) console.error(notes);
  if (!result.ok) {
    console.error(`\nBuild failed: ${countLine(result.issues)}. ${values.output}/ was left as it was.`);
    process.exitCode = 1;
  } else {
    if (result.precompressed?.files) console.log(precompressedLine(result.precompressed));
    for (const line of result.recovered) console.log(`Before building: ${line}.`);
    const { written, removed } = result.report;
    console.log(`${written.length.toLocaleString("en-US")} files written, ${removed.length.toLocaleString("en-US")} removed; the rest were up to date.`);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`Built ${values.output}/ in ${seconds} s (${countLine(result.issues)}).`);
  }
} catch (error) {
  console.error(error instanceof AnnalsError ? error.message : error);
  console.error(`\nBuild failed; ${values.output}/ was left as it was.`);
  process.exitCode = 1;
} finally {
  finished = true;
}
