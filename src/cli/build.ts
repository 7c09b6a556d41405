// `npm run build [-- --pathprefix=/archive/] [--output=_site] [--debug]`
import { parseArgs } from "node:util";
import { buildSite } from "../build.ts";
import { AnnalsError } from "../errors.ts";
import { countLine, describeUnexpected, exitOnUncaught, isArgumentError, printIssues, wantsDebug } from "./report.ts";

const debug = wantsDebug();

function parseOptions() {
  try {
    return parseArgs({
      options: {
        pathprefix: { type: "string" },
        output: { type: "string", default: "_site" },
        input: { type: "string", default: "content" },
        debug: { type: "boolean", default: false },
      },
    }).values;
  } catch (error) {
    if (!isArgumentError(error)) throw error;
    console.error(`${error.message}\nUsage: npm run build [-- --pathprefix=/archive/] [-- --debug]`);
    process.exit(2);
  }
}
const values = parseOptions();

const started = performance.now();
let finished = false;
exitOnUncaught("build", debug, () => {
  finished = true;
  console.error(`\nBuild failed; ${values.output}/ was left as it was.`);
});
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
  });
  printIssues(result.issues);
  if (!result.ok) {
    console.error(`\nBuild failed: ${countLine(result.issues)}. ${values.output}/ was left as it was.`);
    process.exitCode = 1;
  } else {
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`Built ${values.output}/ in ${seconds} s (${countLine(result.issues)}).`);
  }
} catch (error) {
  console.error(error instanceof AnnalsError ? error.message : describeUnexpected("build", error, debug));
  console.error(`\nBuild failed; ${values.output}/ was left as it was.`);
  process.exitCode = 1;
} finally {
  finished = true;
}
