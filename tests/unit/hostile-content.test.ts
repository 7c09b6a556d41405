import assert from "node:assert/strict";
import { symlinkSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { readDataFiles } from "../../src/content/data-files.ts";
import { checkImageReference, validateArticle } from "../../src/content/validate-article.ts";
import { withoutXmlForbidden } from "../../src/content/xml-characters.ts";
import type { ContentIssue } from "../../src/errors.ts";
import { makeContent } from "../helpers/site.ts";

const FILE = "content/articles/2021/07/x.md";

function validate(source: string, fileSlug = "x") {
  return validateArticle(FILE, new TextEncoder().encode(source), { fileSlug });
}

const ALIAS_BOMB = `a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]`;

const errors = (issues: ContentIssue[]) => issues.filter((issue) => issue.severity === "error");

describe("a YAML alias bomb", () => {
  it("in an article's front-matter is a content error naming the file and the first alias's line", () => {
    const result = validate(`---\ntitle: "T"\ndate: 2021-07-28\nsource: AFP\n${ALIAS_BOMB}\n---\nBody.\n`);
    assert.equal(result.article, undefined);
    const [issue] = errors(result.issues);
    assert.equal(issue?.file, FILE);
    assert.equal(issue?.line, 6);
    assert.match(issue?.message ?? "", /^the front-matter repeats YAML aliases \(`\*name`\) so many times that reading it would exhaust memory\./);
  });

  it("in a data file is a content error naming the file and line", () => {
    const content = makeContent({ "_data/entities.yaml": `${ALIAS_BOMB}\n` });
    const issues: ContentIssue[] = [];
    assert.equal(readDataFiles(content, content, issues), undefined);
    assert.deepEqual(
      issues.map(({ file, line, severity }) => ({ file, line, severity })),
      [{ file: "_data/entities.yaml", line: 2, severity: "error" }],
    );
    assert.match(issues[0]!.message, /^the file repeats YAML aliases/);
  });

  it("still lets a few ordinary aliases through", () => {
    const result = validate(`---\ntitle: &t "T"\ndate: 2021-07-28\nsource: AFP\nsummary: *t\n---\nBody.\n`);
    assert.deepEqual(errors(result.issues), []);
    assert.equal(result.article?.frontMatter.summary, "T");
  });
});

describe("characters XML 1.0 forbids", () => {
  it("are removed wherever they are, keeping tab, newline and every other letter", () => {
    const cleaned = withoutXmlForbidden("a\u0000b\u001bc\u000bd\uFFFEe\tf\ng\u0085h😀");
    assert.equal(cleaned.text, "abcde\tf\ng\u0085h😀");
    assert.deepEqual(cleaned.removed, ["U+0000", "U+001B", "U+000B", "U+FFFE"]);
  });

  it("are left out of a title typed raw and of the body, with a warning on their line", () => {
    const result = validate(`---\ntitle: "Bad\u001b title\u0000"\ndate: 2021-07-28\nsource: AFP\n---\nBody\u000b text.\n`);
    assert.equal(result.article?.frontMatter.title, "Bad title");
    assert.equal(result.article?.body, "Body text.\n");
    const [warning] = result.issues;
    assert.equal(warning?.severity, "warning");
    assert.equal(warning?.line, 2);
    assert.match(warning?.message ?? "", /^contains control characters \(U\+001B, U\+0000, U\+000B\) that feeds and sitemaps cannot carry \(also on line 6\); they were left out\./);
  });

  it("are left out when written as YAML escapes, which only exist once the YAML is read", () => {
    const result = validate(`---\ntitle: "Bad\\e title\\x00 \\uFFFE"\ndate: 2021-07-28\nsource: AFP\nsummary: "ok"\n---\nBody.\n`);
    assert.equal(result.article?.frontMatter.title, "Bad title");
    assert.deepEqual(result.issues.map(({ severity, line }) => [severity, line]), [["warning", 2]]);
    assert.equal(
      result.issues[0]?.message,
      "writes control characters (U+001B, U+0000, U+FFFE) as escapes such as \\e or \\x00 in quotes; feeds and sitemaps cannot carry them, so they were left out. Delete the escapes.",
    );
  });

  it("are left out of data files, whose names reach every feed", () => {
    const content = makeContent({ "_data/site.yaml": "title: \"Archive\\e\"\ndescription: \"A\u0007 test.\"\nurl: https://example.org\n" });
    const issues: ContentIssue[] = [];
    const data = readDataFiles(content, content, issues);
    assert.equal(data?.site.title, "Archive");
    assert.equal(data?.site.description, "A test.");
    assert.deepEqual(issues.map(({ severity, line }) => [severity, line]), [["warning", 2], ["warning", 1]]);
  });
});

describe("addresses with nothing in them", () => {
  it("a tag of symbols alone is an error naming the tag", () => {
    const result = validate(`---\ntitle: "T"\ndate: 2021-07-28\nsource: AFP\ntags: [ok, "!!!"]\n---\nBody.\n`);
    assert.equal(result.article, undefined);
    const [issue] = errors(result.issues);
    assert.equal(issue?.field, "tags[1]");
    assert.equal(issue?.line, 5);
    assert.equal(issue?.message, `"!!!" has no letters or digits to make the tag's web address from; use words, like us-iraq.`);
  });

  it("a file name with no letters or digits (...md) is an error unless slug: is set", () => {
    const source = `---\ntitle: "T"\ndate: 2021-07-28\nsource: AFP\n---\nBody.\n`;
    const [issue] = errors(validate(source, "").issues);
    assert.equal(issue?.field, "slug");
    assert.match(issue?.message ?? "", /^the file name has no letters or digits to make the article's web address from\./);
    const named = validate(source.replace("source: AFP", "source: AFP\nslug: fine"), "");
    assert.equal(named.article?.slug, "fine");
  });
});

describe("image.src that is not an image file inside content/", () => {
  const content = makeContent({ "images/photo.jpg": "jpeg bytes", "images/album.jpg/inside.jpg": "jpeg bytes" });
  symlinkSync("/etc/passwd", join(content, "images/passwd.jpg"));
  const check = (src: string) => checkImageReference({ src, line: 6 }, FILE, content)?.message;

  it("accepts an image in content/images", () => {
    assert.equal(check("/images/photo.jpg"), undefined);
  });

  for (const src of ["/_data/site.yaml", "/images", "/", "/articles/2021/07/x.md"]) {
    it(`refuses ${src} as not an image file`, () => {
      assert.equal(check(src), `expected an image file ending in .jpg, .jpeg, .png, .webp, .gif, .svg, like /images/photo.jpg, got "${src}".`);
    });
  }

  it("refuses a folder whose name looks like an image's", () => {
    assert.equal(check("/images/album.jpg"), "content/images/album.jpg is a folder, not an image. Point image.src at the image file inside it.");
  });

  it("refuses an image that is a link to a file outside content/", () => {
    assert.equal(check("/images/passwd.jpg"), "content/images/passwd.jpg is a link to /etc/passwd, outside content/. Copy the image into content/images/ instead of linking to it.");
  });
});

describe("a data file that is not a file", () => {
  it("is a content error naming it, not a crash", () => {
    const content = makeContent({ "_data/sources.yaml/readme.txt": "a folder where a file should be" });
    const issues: ContentIssue[] = [];
    assert.equal(readDataFiles(content, content, issues), undefined);
    assert.deepEqual(issues.map(({ file, message }) => `${file}  ${message}`), ["_data/sources.yaml  could not be read (EISDIR). It should be a YAML text file."]);
  });
});

describe("a key that is a list", () => {
  it("is a content error on its line, not a warning on the terminal", () => {
    const result = validate(`---\ntitle: "T"\ndate: 2021-07-28\nsource: AFP\n? [a, b]\n: c\n---\nBody.\n`);
    assert.equal(result.article, undefined);
    assert.deepEqual(
      result.issues.map(({ line, message }) => [line, message]),
      [[5, "the front-matter has a list or a group of keys where a key's name should be. Write keys as plain words followed by a colon."]],
    );
  });
});
