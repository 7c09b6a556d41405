// `npm run check [-- --json]`: validates all content without building.
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { collectArchive } from "../content/load-archive.ts";
import { sortIssues } from "../errors.ts";
import { countLine, printIssues } from "./report.ts";

const { values } = parseArgs({
  options: { json: { type: "boolean", default: false }, input: { type: "string", default: "content" } },
});

const { issues } = collectArchive({ projectRoot: process.cwd(), contentDir: resolve(values.input), includeDrafts: true });
const hasErrors = issues.some((issue) => issue.severity === "error");
if (values.json) {
  console.log(JSON.stringify({ ok: !hasErrors, issues: sortIssues(issues) }, null, 2));
} else {
  printIssues(issues, process.stdout);
  console.log(`${issues.length > 0 ? "\n" : ""}${countLine(issues)}.`);
}
process.exitCode = hasErrors ? 1 : 0;
