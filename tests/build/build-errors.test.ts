import assert from "node:assert/strict";
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, it } from "node:test";
import { runCli } from "../helpers/cli.ts";
import { article, build, makeContent, tempDir } from "../helpers/site.ts";

const GOOD = article(`title: "Good"\ndate: 2021-07-28\nsource: AFP`);

function listing(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" }).sort();
}

describe("a build with content errors", () => {
  const content = makeContent({
    "articles/2021/07/good.md": GOOD,
    "articles/2021/07/misspelt.md": article(`title: "Misspelt"\ndate: 2021-07-28\nsource: AFP\nentites:\n  places: [Iraq]`),
    "articles/2021/07/bad-date.md": article(`title: "Bad date"\ndate: 2021-02-30\nsource: AFP`),
    "articles/2021/07/no-title.md": article(`date: 2021-07-28\nsource: AFP`),
    "articles/2021/07/broken-yaml.md": article(`title: "Unclosed\ndate: 2021-07-28\nsource: AFP`),
  });
  const output = join(tempDir("previous"), "_site");

  it("lists every error with file, line and field, and exits non-zero", () => {
    mkdirSync(output, { recursive: true });
    writeFileSync(join(output, "index.html"), "previous build");
    const result = runCli("build.ts", [`--input=${content}`, `--output=${output}`]);
    assert.equal(result.status, 1);
    const lines = result.stderr.split("\n");
    const rel = (name: string) => relative(process.cwd(), join(content, "articles/2021/07", name));
    assert.ok(lines.includes(`${rel("bad-date.md")}:3  date  "2021-02-30" is not a real date: February 2021 has 28 days.`), result.stderr);
    assert.ok(lines.includes(`${rel("no-title.md")}  title  is required: add a line like \`title: "Iraqi PM visits Tehran"\`.`), result.stderr);
    assert.ok(lines.some((line) => line.startsWith(`${rel("broken-yaml.md")}:`) && line.includes("not valid YAML")), result.stderr);
    assert.ok(lines.includes(`${rel("misspelt.md")}:5  entites  warning: unknown key \`entites\` is ignored. Did you mean \`entities\`?`), result.stderr);
    assert.match(result.stderr, /Build failed: 3 errors, 1 warning\. .*_site\/ was left as it was\./);
  });

  it("leaves the previous output exactly as it was", () => {
    assert.deepEqual(listing(output), ["index.html"]);
    assert.equal(readFileSync(join(output, "index.html"), "utf8"), "previous build");
    assert.deepEqual(readdirSync(join(output, "..")), ["_site"], "no staging folder is left behind");
  });
});

describe("a successful build", () => {
  it("replaces the previous output whole", async () => {
    const content = makeContent({ "articles/2021/07/good.md": GOOD });
    const site = await build(content);
    assert.ok(site.result.ok);
    assert.ok(site.exists("/2021/07/28/good/"));
    const again = runCli("build.ts", [`--input=${content}`, `--output=${site.output}`]);
    assert.equal(again.status, 0, again.stderr);
    assert.match(again.stdout, /Built .* \(0 errors, 0 warnings\)/);
  });

  it("reports two articles that would publish at one address, naming both", async () => {
    const content = makeContent({
      "articles/2021/07/same.md": GOOD,
      "articles/2021/07/other.md": article(`title: "Other"\ndate: 2021-07-28\nsource: AFP\nslug: same`),
    });
    const site = await build(content);
    assert.equal(site.result.ok, false);
    const messages = site.result.issues.map((issue) => `${issue.file} ${issue.message}`).join("\n");
    assert.match(messages, /same\.md would publish at \/2021\/07\/28\/same\/, the same address as .*other\.md/);
  });

  it("never writes outside the output folder, whatever a page's permalink says", async () => {
    const content = makeContent({
      "articles/2021/07/good.md": GOOD,
      "escape.md": "---\ntitle: Escape\npermalink: ../../escaped.html\n---\nx",
    });
    await assert.rejects(build(content), /Refusing to write .*escaped\.html: it is outside the output folder/);
    assert.ok(!readdirSync(join(content, "../..")).some((name) => name.includes("escaped")));
  });
});

describe("a content folder without site settings", () => {
  it("says which file is missing and what it needs", async () => {
    const content = join(tempDir("bare"), "content");
    mkdirSync(join(content, "articles"), { recursive: true });
    const site = await build(content);
    assert.equal(site.result.ok, false);
    assert.match(site.result.issues[0]!.file, /content\/_data\/site\.yaml$/);
    assert.match(site.result.issues[0]!.message, /is missing\. Create it with at least `title:`/);
  });
});

describe("npm run check", () => {
  const content = makeContent({
    "_data/entities.yaml": "- name: Moqtada Al-Sadr\n  type: person\n  aliases: [Muqtada al-Sadr]\n",
    "articles/2021/07/a.md": article(`title: "A"\ndate: 2021-07-28\nsource: AFP\nentities:\n  people: [Muqtada al-Sadr, Fuad Hussein]`),
    "articles/2021/07/b.md": article(`title: "B"\ndate: 2021-07-29\nsource: AFP\nentities:\n  people: [fuad hussein]`),
  });

  it("notes each name missing from the registry once, at the first article naming it, and passes", () => {
    const result = runCli("check.ts", [`--input=${content}`]);
    assert.equal(result.status, 0, result.stderr);
    const notes = result.stdout.split("\n").filter((line) => line.includes("note:"));
    assert.equal(notes.length, 1, result.stdout);
    assert.match(notes[0] ?? "", /a\.md {2}entities\.people {2}note: `Fuad Hussein` is not in .*entities\.yaml; it gets a page as a person\./);
    assert.match(result.stdout, /0 errors, 0 warnings, 1 note\./);
  });

  it("is what npm run build points to: the build gives the notes as one line", () => {
    const result = runCli("build.ts", [`--input=${content}`, `--output=${join(tempDir("notes"), "_site")}`]);
    assert.equal(result.status, 0, result.stderr);
    assert.doesNotMatch(result.stderr, /Fuad Hussein/);
    assert.ok(result.stderr.split("\n").includes("1 name is not in entities.yaml; `npm run check` lists it."), result.stderr);
    assert.match(result.stdout, /\(0 errors, 0 warnings, 1 note\)\./);
  });

  it("gives the same issues as JSON with --json", () => {
    const result = runCli("check.ts", [`--input=${content}`, "--json"]);
    assert.equal(result.status, 0, result.stderr);
    const { ok, issues } = JSON.parse(result.stdout) as { ok: boolean; issues: { severity: string; field: string; message: string }[] };
    assert.equal(ok, true);
    assert.deepEqual(
      issues.map(({ severity, field }) => [severity, field]),
      [["note", "entities.people"]],
    );
    assert.match(issues[0]?.message ?? "", /Fuad Hussein/);
  });
});

describe("npm run check on a folder with every kind of cross-file problem", () => {
  const content = makeContent({
    "_data/entities.yaml": "- name: Hashd Al-Shaabi\n  type: organization\n  aliases: [PMF]\n- name: Prime Minister's Force\n  type: organization\n  aliases: [PMF]\n",
    "articles/2021/07/same.md": GOOD,
    "articles/2021/07/other.md": article(`title: "Other"\ndate: 2021-07-28\nsource: AFP\nslug: same`),
    "articles/2021/07/photo.md": article(`title: "Photo"\ndate: 2021-07-29\nsource: AFP\nimage:\n  src: /images/missing.jpg\n  alt: "A photo"`),
  });

  it("lists them all, sorted by file, and exits 1", () => {
    const result = runCli("check.ts", [`--input=${content}`]);
    assert.equal(result.status, 1);
    const lines = result.stdout.split("\n").filter((line) => line.includes("  "));
    const rel = (name: string) => relative(process.cwd(), join(content, name));
    assert.deepEqual(
      lines.map((line) => line.split("  ").slice(0, 2)),
      [
        [rel("_data/entities.yaml"), "aliases"],
        [`${rel("articles/2021/07/photo.md")}:6`, "image.src"],
        [rel("articles/2021/07/same.md"), "slug"],
      ],
      result.stdout,
    );
    assert.match(result.stdout, /"PMF" names both "Hashd Al-Shaabi" and "Prime Minister's Force"\. Keep it on one of them\./);
    assert.match(result.stdout, /the image \/images\/missing\.jpg does not exist\. Put the file at content\/images\/missing\.jpg or fix the path\./);
    assert.match(result.stdout, /would publish at \/2021\/07\/28\/same\/, the same address as .*other\.md/);
    assert.match(result.stdout, /3 errors, 0 warnings\./);
  });
});

describe("a build with an image file that is not an image", () => {
  it("fails naming the article and the field, and leaves the previous output", () => {
    const content = makeContent({
      "articles/2021/07/photo.md": article(`title: "Photo"\ndate: 2021-07-29\nsource: AFP\nimage:\n  src: /images/broken.jpg\n  alt: "A photo"`),
      "images/broken.jpg": "this is text, not a JPEG",
    });
    const output = join(tempDir("previous"), "_site");
    mkdirSync(output, { recursive: true });
    writeFileSync(join(output, "index.html"), "previous build");
    const result = runCli("build.ts", [`--input=${content}`, `--output=${output}`]);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /articles\/2021\/07\/photo\.md {2}image\.src {2}\/images\/broken\.jpg could not be read as an image/);
    assert.deepEqual(listing(output), ["index.html"]);
  });
});
