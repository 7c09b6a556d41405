import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { XMLValidator } from "fast-xml-parser";
import { displayPath } from "../../src/display-path.ts";
import { runCli } from "../helpers/cli.ts";
import { article, build, makeContent, ROOT, tempDir } from "../helpers/site.ts";

const GOOD = article(`title: "Good"\ndate: 2021-07-28\nsource: AFP`);
const SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="40" height="30"><rect width="40" height="30" fill="#345"/></svg>`;

function listing(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" }).sort();
}

describe("a link out of content/", () => {
  it("under content/images/ stops the build naming the link, and nothing is published", async () => {
    const content = makeContent({ "articles/2021/07/good.md": GOOD, "images/photo.svg": SVG });
    symlinkSync("/etc/passwd", join(content, "images/passwd.jpg"));
    const site = await build(content);
    assert.equal(site.result.ok, false);
    assert.deepEqual(
      site.result.issues.map((issue) => `${issue.file}  ${issue.message}`),
      [`${displayPath(join(content, "images/passwd.jpg"))}  is a link to /etc/passwd, outside content/. Annals reads and publishes only files inside content/: copy the file in instead of linking to it.`],
    );
    assert.ok(!existsSync(site.output), "no site was written");
  });

  it("under content/articles/ is an error in check, and check -- --json stays JSON", () => {
    const root = tempDir("outside");
    writeFileSync(join(root, "secret.md"), GOOD);
    const content = makeContent({ "articles/2021/07/good.md": GOOD });
    symlinkSync(join(root, "secret.md"), join(content, "articles/2021/07/secret.md"));
    const result = runCli("check.ts", [`--input=${content}`, "--json"]);
    assert.equal(result.status, 1);
    const report = JSON.parse(result.stdout) as { ok: boolean; issues: { file: string; message: string }[] };
    assert.equal(report.ok, false);
    assert.equal(report.issues.length, 1);
    assert.match(report.issues[0]!.file, /articles\/2021\/07\/secret\.md$/);
    assert.match(report.issues[0]!.message, /^is a link to .*secret\.md, outside content\//);
  });
});

describe("the images a build publishes", () => {
  it("are the image files Annals lists: a link inside content/ is copied as a file, editors' leftovers are not", async () => {
    const content = makeContent({ "articles/2021/07/good.md": GOOD, "images/photo.svg": SVG, "images/photo.svg~": SVG, "images/.photo.svg.swp": "x", "shared/logo.svg": SVG });
    symlinkSync(join(content, "shared/logo.svg"), join(content, "images/logo.svg"));
    const site = await build(content);
    assert.ok(site.result.ok, JSON.stringify(site.result.issues));
    assert.deepEqual(listing(join(site.output, "images")), ["logo.svg", "photo.svg"]);
    assert.equal(readFileSync(join(site.output, "images/logo.svg"), "utf8"), SVG);
  });
});

describe("control characters in a title and a body", () => {
  it("leave feed.xml and the sitemaps well-formed XML", async () => {
    const content = makeContent({
      "_data/site.yaml": `title: "Archive\\e"\ndescription: A test archive.\nurl: https://test.example.org\n`,
      "articles/2021/07/ctrl.md": article(`title: "NUL\u0000 ESC\u001b VT\u000b FFFE\uFFFE escaped\\e"\ndate: 2021-07-28\nsource: AFP\ntags: ["tab\\x01"]`, "Body \u0007 bell."),
    });
    const site = await build(content);
    assert.ok(site.result.ok, JSON.stringify(site.result.issues));
    assert.deepEqual(
      site.result.issues.map(({ severity, line }) => [severity, line]),
      // The raw characters (title and body) are one warning; the escapes one each.
      [["warning", 1], ["warning", 2], ["warning", 2], ["warning", 5]],
    );
    assert.match(site.result.issues[1]!.message, /^contains control characters \(U\+0000, U\+001B, U\+000B, U\+FFFE, U\+0007\) that feeds and sitemaps cannot carry \(also on line 7\); they were left out\./);
    for (const file of ["feed.xml", "sitemap.xml", "news-sitemap.xml", "tags/tab/feed.xml"]) {
      const xml = readFileSync(join(site.output, file), "utf8");
      assert.equal(XMLValidator.validate(xml), true, `${file} is well-formed`);
    }
    assert.match(readFileSync(join(site.output, "feed.xml"), "utf8"), /<title>NUL ESC VT FFFE escaped<\/title>/);
    const feed = JSON.parse(readFileSync(join(site.output, "feed.json"), "utf8")) as { items: { title: string }[] };
    assert.equal(feed.items[0]?.title, "NUL ESC VT FFFE escaped");
  });
});

describe("allowHtmlInMarkdown: true", () => {
  it("passes raw HTML to the article page, but the feeds drop scripts, handlers and javascript: links", async () => {
    const content = makeContent({
      "_data/site.yaml": "title: Test Archive\ndescription: A test archive.\nurl: https://test.example.org\nallowHtmlInMarkdown: true\n",
      "articles/2021/07/raw.md": article(
        `title: "Raw"\ndate: 2021-07-28\nsource: AFP`,
        `Intro <span class="x">kept</span>.\n\n<script>steal()</script>\n\n<img src="/images/none.jpg" alt="x" onerror="steal()"> <a href="javascript:steal()">bad link</a>`,
      ),
    });
    const site = await build(content);
    assert.ok(site.result.ok, JSON.stringify(site.result.issues));
    assert.match(site.page("/2021/07/28/raw/").toString(), /<script>steal\(\)<\/script>/, "the setting's meaning, as docs/decisions.md says");
    const atom = readFileSync(join(site.output, "feed.xml"), "utf8");
    const json = readFileSync(join(site.output, "feed.json"), "utf8");
    for (const feed of [atom, json]) {
      assert.match(feed, /kept/);
      assert.doesNotMatch(feed, /steal|javascript:/);
    }
  });
});

const STACK_LINE = /^\s+at .+[:(]/m;

function npmRun(args: readonly string[]) {
  return spawnSync("npm", ["run", ...args], { cwd: ROOT, encoding: "utf8" });
}

describe("npm run check's JSON, run through npm", () => {
  it("npm run -s check -- --json, as docs/commands.md writes it, prints JSON alone with every error of an alias bomb and odd files", () => {
    const content = makeContent({
      "articles/2021/07/bomb.md": article(`title: "B"\ndate: 2021-07-28\nsource: AFP\na: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]`),
      "articles/2021/07/x.md/inner.md": GOOD,
      "articles/2021/07/...md": GOOD,
    });
    symlinkSync("nowhere", join(content, "articles/2021/07/dangling.md"));
    const result = npmRun(["-s", "check", "--", "--json", `--input=${content}`]);
    assert.equal(result.status, 1, result.stderr);
    const report = JSON.parse(result.stdout) as { ok: boolean; issues: { file: string; line?: number; message: string }[] };
    assert.equal(report.ok, false);
    assert.deepEqual(
      report.issues.map((issue) => `${issue.file.replace(/.*\/articles\//, "")}:${issue.line ?? ""}  ${issue.message.split(/[.:]/)[0]}`),
      [
        "2021/07/...md:  the file name has no letters or digits to make the article's web address from",
        "2021/07/bomb.md:6  the front-matter repeats YAML aliases (`*name`) so many times that reading it would exhaust memory",
        "2021/07/dangling.md:  is a link to nothing (ENOENT)",
      ],
    );
    assert.doesNotMatch(result.stderr, STACK_LINE);
  });

  it("npm run check --json, where npm keeps the flag, still prints JSON, and npm's banner goes to stderr", () => {
    const content = makeContent({ "articles/2021/07/good.md": GOOD });
    const result = npmRun(["check", "--json", "--", `--input=${content}`]);
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(JSON.parse(result.stdout), { ok: true, issues: [] });
    assert.match(result.stderr, /^> annals@.* check$/m);
  });
});

describe("a command that meets an error Annals did not expect", () => {
  const content = makeContent({ "articles/2021/07/good.md": GOOD });
  const file = join(tempDir("not-a-folder"), "file");
  writeFileSync(file, "a file where the output's parent folder should be");

  it("says what happened and what to do in one paragraph, without a stack trace", () => {
    const result = runCli("build.ts", [`--input=${content}`, `--output=${file}/_site`]);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /^npm run build stopped on an unexpected error: ENOTDIR: not a directory.*Run again with --debug for details: npm run build -- --debug$/m);
    assert.doesNotMatch(result.stderr, STACK_LINE);
  });

  it("prints the stack trace with --debug", () => {
    const result = runCli("build.ts", [`--input=${content}`, `--output=${file}/_site`, "--debug"]);
    assert.equal(result.status, 1);
    assert.match(result.stderr, STACK_LINE);
  });

  it("an unknown option is named with the usage, not a stack trace", () => {
    for (const script of ["build.ts", "check.ts"]) {
      const result = runCli(script, ["--jsn"]);
      assert.equal(result.status, 2);
      assert.match(result.stderr, /^Unknown option '--jsn'/);
      assert.match(result.stderr, /^Usage: npm run (build|check)/m);
      assert.doesNotMatch(result.stderr, STACK_LINE);
    }
  });
});

describe("npm run build with an alias bomb and odd files", () => {
  it("lists content errors, with no stack trace", () => {
    const content = makeContent({
      "_data/entities.yaml": "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n",
      "articles/2021/07/good.md": GOOD,
      "articles/2021/07/tag.md": article(`title: "T"\ndate: 2021-07-28\nsource: AFP\ntags: ["!!!"]`),
      "articles/2021/07/photo.md": article(`title: "P"\ndate: 2021-07-28\nsource: AFP\nimage:\n  src: /_data/site.yaml\n  alt: "x"`),
    });
    const result = runCli("build.ts", [`--input=${content}`, `--output=${join(tempDir("out"), "_site")}`]);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /_data\/entities\.yaml:2 {2}- {2}the file repeats YAML aliases/);
    assert.match(result.stderr, /tag\.md:5 {2}tags\[0\] {2}"!!!" has no letters or digits/);
    assert.match(result.stderr, /photo\.md:6 {2}image\.src {2}expected an image file ending in \.jpg/);
    assert.match(result.stderr, /Build failed: 3 errors, 0 warnings\./);
    assert.doesNotMatch(result.stderr, STACK_LINE);
  });
});
