// Stories dated far away: published under four-digit years, and warned about by the
// build, npm run check and the preview alike.
import assert from "node:assert/strict";
import { join } from "node:path";
import { describe, it } from "node:test";
import { displayPath } from "../../src/display-path.ts";
import { PreviewSession } from "../../src/preview/session.ts";
import { runCli } from "../helpers/cli.ts";
import { article, build, makeContent, ROOT, tempDir } from "../helpers/site.ts";

function farDates() {
  const content = makeContent({
    "articles/0001/01/first-century.md": article(`title: "First century"\ndate: 0001-01-01\nsource: AFP`),
    "articles/9999/12/far-future.md": article(`title: "Far future"\ndate: 9999-12-31\nsource: AFP`),
    "articles/2021/07/ordinary.md": article(`title: "Ordinary"\ndate: 2021-07-28\nsource: AFP`),
  });
  const where = (name: string) => `${displayPath(join(content, "articles", name))}:3  date  warning: expected a date`;
  return { content, expected: [where("0001/01/first-century.md"), where("9999/12/far-future.md")] };
}

const dateWarnings = (lines: string) => lines.split("\n").filter((line) => line.includes("  date  warning: expected a date")).map((line) => line.slice(0, line.indexOf("expected a date") + "expected a date".length));

describe("stories dated 0001-01-01 and 9999-12-31", () => {
  it("build under /0001/ and /9999/, with a warning for each on the date's line", async () => {
    const { content, expected } = farDates();
    const site = await build(content);
    assert.ok(site.result.ok, JSON.stringify(site.result.issues));
    for (const url of ["/0001/01/01/first-century/", "/0001/", "/0001/01/", "/9999/12/31/far-future/"]) assert.ok(site.exists(url), url);
    for (const url of ["/1/01/01/first-century/", "/1/"]) assert.ok(!site.exists(url), url);
    const warnings = site.result.issues.filter((issue) => issue.field === "date").map((issue) => `${issue.file}:${issue.line}  ${issue.field}  ${issue.severity}: ${issue.message.slice(0, "expected a date".length)}`);
    assert.deepEqual(warnings, expected);
  });

  it("are warned about by npm run check, which still passes", () => {
    const { content, expected } = farDates();
    const checked = runCli("check.ts", [`--input=${content}`]);
    assert.equal(checked.status, 0, checked.stderr);
    assert.deepEqual(dateWarnings(checked.stdout), expected);
    assert.match(checked.stdout, /0 errors, 2 warnings/);
  });

  it("are warned about in the preview's problems box", async () => {
    const { content, expected } = farDates();
    const session = new PreviewSession(content, join(tempDir("far-dates-preview"), "site"), ROOT);
    const { issues } = await session.rebuild();
    assert.equal(issues.filter((issue) => issue.severity === "warning").length, 2);
    assert.equal(session.problems?.heading, "2 warnings");
    assert.deepEqual(session.problems?.lines.map((issue) => `${issue.file}:${issue.line}  ${issue.field}  ${issue.severity}: ${issue.message.slice(0, "expected a date".length)}`), expected);
  });
});
