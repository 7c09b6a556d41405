// `npm run build [-- --pathprefix=/archive/] [--output=_site]`
import { parseArgs } from "node:util";
import { buildSite } from "../build.ts";
import { AnnalsError } from "../errors.ts";
import { countLine, printIssues } from "./report.ts";

const { values } = parseArgs({
  options: {
    pathprefix: { type: "string" },
    output: { type: "string", default: "_site" },
    input: { type: "string", default: "content" },
  },
});

const started = performance.now();
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
  console.error(error instanceof AnnalsError ? error.message : error);
  console.error(`\nBuild failed; ${values.output}/ was left as it was.`);
  process.exitCode = 1;
}
