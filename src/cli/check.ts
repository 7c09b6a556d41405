// `npm run check [-- --json] [-- --debug]`: validates all content without building.
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { hostedPageAddresses } from "../content/hosted-addresses.ts";
import { collectArchive } from "../content/load-archive.ts";
import { archiveLinkWarnings } from "../model/archive-links.ts";
import { sortIssues } from "../errors.ts";
import { siteAssets } from "../output/assets.ts";
import { countLine, describeUnexpected, exitOnUncaught, isArgumentError, printIssues, wantsDebug } from "./report.ts";

const USAGE = "Usage: npm run check [-- --json] [-- --input=content] [-- --debug]";
const debug = wantsDebug();
exitOnUncaught("check", debug);

function options(): { json: boolean; input: string } | undefined {
  try {
    const { values } = parseArgs({
      options: { json: { type: "boolean", default: false }, input: { type: "string", default: "content" }, debug: { type: "boolean", default: false } },
    });
    // `npm run check --json` (without `--`) gives the flag to npm, which passes it on as npm_config_json.
    return { json: values.json || process.env.npm_config_json === "true", input: values.input };
  } catch (error) {
    if (!isArgumentError(error)) throw error;
    console.error(`${error.message}\n${USAGE}`);
    return undefined;
  }
}

function run(): number {
  const values = options();
  if (!values) return 2;
  try {
    const contentDir = resolve(values.input);
    const { archive, issues } = collectArchive({ projectRoot: process.cwd(), contentDir, includeDrafts: true, assets: siteAssets().urls });
    if (archive) issues.push(...archiveLinkWarnings(archive, hostedPageAddresses(contentDir)));
    const hasErrors = issues.some((issue) => issue.severity === "error");
    if (values.json) {
      console.log(JSON.stringify({ ok: !hasErrors, issues: sortIssues(issues) }, null, 2));
    } else {
      printIssues(issues, process.stdout);
      console.log(`${issues.length > 0 ? "\n" : ""}${countLine(issues)}.`);
    }
    return hasErrors ? 1 : 0;
  } catch (error) {
    const explanation = describeUnexpected("check", error, debug);
    // A program reading --json output still gets JSON, with the reason in it.
    if (values.json) console.log(JSON.stringify({ ok: false, issues: [], error: explanation }, null, 2));
    console.error(explanation);
    return 1;
  }
}

process.exitCode = run();
