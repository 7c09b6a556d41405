// A story linking an address inside the site that the site does not have is a warning in
// the build's summary and in `npm run check`, at the file and line of the link, with the
// page it most likely meant; links to pages, feeds, images and old addresses pass.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { formatIssue } from "../../src/errors.ts";
import { runCli } from "../helpers/cli.ts";
import { article, build, makeContent } from "../helpers/site.ts";

const LINKING = `title: "Linking story"\ndate: 2021-08-02\nsource: AFP\ntags: [oil]`;
const BODY = [
  "The [first story](/2021/07/28/first-story/) and [its old address](/news/first/) still stand,",
  "as do [the tag](/tags/oil/), [its feed](/tags/oil/feed.xml), [a photo](/images/missing-is-not-checked.jpg) and [about](https://test.example.org/about/).",
  "",
  "But [the old scheme](/articles/2021/first-story/) does not.",
  "",
  "Nor does [a typo](https://test.example.org/2021/07/28/frist-story/), nor [another site](https://elsewhere.example.com/x/) (which is not ours to check).",
].join("\n");

const content = () =>
  makeContent({
    "articles/2021/07/first-story.md": article(`title: "First story"\ndate: 2021-07-28\nsource: AFP\nredirect_from: [/news/first/]`),
    "articles/2021/08/linking-story.md": article(LINKING, BODY),
    "about.md": "---\ntitle: About\n---\nAbout this archive.\n",
  });

// Front-matter of 4 keys between two `---` lines: the body starts on line 7.
const EXPECTED = [
  "content/articles/2021/08/linking-story.md:10  -  warning: links to /articles/2021/first-story/, an address this site does not have: no page, feed or image is published there. Did you mean /2021/07/28/first-story/? Fix the link or remove it.",
  "content/articles/2021/08/linking-story.md:12  -  warning: links to https://test.example.org/2021/07/28/frist-story/ (/2021/07/28/frist-story/ on this site), an address this site does not have: no page, feed or image is published there. Did you mean /2021/07/28/first-story/? Fix the link or remove it.",
];

const relativeToContent = (line: string) => line.replace(/^.*?(content\/articles\/)/, "$1");

describe("a link to an address the site does not have", () => {
  it("is a warning of the build, at the file and line of the link, with the page it most likely meant", async () => {
    const site = await build(content());
    assert.ok(site.result.ok, "a warning does not stop the build");
    const warnings = site.result.issues.filter((issue) => issue.severity === "warning");
    assert.deepEqual(warnings.map((issue) => relativeToContent(formatIssue(issue))), EXPECTED);
  });

  it("is in the build's summary and in npm run check", () => {
    const dir = content();
    const built = runCli("build.ts", ["--input", dir, "--output", `${dir}/../_site`, "--cache-dir", `${dir}/../cache`]);
    assert.equal(built.status, 0, built.stderr);
    assert.deepEqual(built.stderr.split("\n").filter((line) => line.includes("warning:")).map(relativeToContent), EXPECTED);
    assert.match(built.stdout, /\(0 errors, 2 warnings\)/);
    const checked = runCli("check.ts", ["--input", dir]);
    assert.equal(checked.status, 0, checked.stderr);
    assert.deepEqual(checked.stdout.split("\n").filter((line) => line.includes("warning:")).map(relativeToContent), EXPECTED);
  });
});
