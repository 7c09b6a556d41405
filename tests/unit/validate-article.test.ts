import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { validateArticle } from "../../src/content/validate-article.ts";
import type { ContentIssue } from "../../src/errors.ts";

const FILE = "content/articles/2021/07/x.md";

function validate(source: string | Uint8Array) {
  const bytes = typeof source === "string" ? new TextEncoder().encode(source) : source;
  return validateArticle(FILE, bytes, { fileSlug: "x" });
}

function only(issues: ContentIssue[], field: string): ContentIssue {
  const found = issues.filter((issue) => issue.field === field);
  assert.equal(found.length, 1, `one issue for ${field}, got ${JSON.stringify(issues)}`);
  return found[0]!;
}

const VALID = `---
title: "Iraqi PM visits Tehran"
date: 2021-07-28
source: AFP
---
Body.
`;

describe("article validation", () => {
  it("accepts a minimal valid article", () => {
    const result = validate(VALID);
    assert.deepEqual(result.issues, []);
    assert.equal(result.article?.frontMatter.title, "Iraqi PM visits Tehran");
    assert.equal(result.article?.slug, "x");
  });

  it("names the missing required field and shows what to add", () => {
    const result = validate(`---\ndate: 2021-07-28\nsource: AFP\n---\nBody`);
    const issue = only(result.issues, "title");
    assert.equal(issue.severity, "error");
    assert.match(issue.message, /is required: add a line like `title: "Iraqi PM visits Tehran"`/);
    assert.equal(result.article, undefined);
  });

  it("gives the line of a field with a wrong type", () => {
    const issue = only(validate(`---\ntitle: "T"\ndate: 2021-07-28\nsource: 42\n---\n`).issues, "source");
    assert.equal(issue.line, 4);
    assert.match(issue.message, /expected the outlet's name, e\.g\. AFP, got number 42/);
  });

  it("refuses an impossible date on its line", () => {
    const issue = only(validate(VALID.replace("2021-07-28", "2021-02-30")).issues, "date");
    assert.equal(issue.line, 3);
    assert.match(issue.message, /February 2021 has 28 days/);
  });

  it("refuses a non-ISO date", () => {
    const issue = only(validate(VALID.replace("2021-07-28", "July 28, 2021")).issues, "date");
    assert.match(issue.message, /expected a date like 2021-07-28/);
  });

  it("requires alt text with an image, pointing at the image", () => {
    const issue = only(validate(VALID.replace("source: AFP", "source: AFP\nimage:\n  src: /images/a.jpg\n  caption: A caption")).issues, "image.alt");
    assert.equal(issue.line, 5);
    assert.match(issue.message, /is required/);
  });

  it("accepts only http(s) source URLs", () => {
    for (const url of ["javascript:alert(1)", "ftp://example.org/x", "not a url"]) {
      const issue = only(validate(VALID.replace("source: AFP", `source: AFP\nsource_url: "${url}"`)).issues, "source_url");
      assert.match(issue.message, /web address starting with https:\/\//);
    }
    assert.deepEqual(validate(VALID.replace("source: AFP", "source: AFP\nsource_url: https://example.org/a")).issues, []);
  });

  it("warns about an unknown key and suggests the nearest known one", () => {
    const result = validate(VALID.replace("source: AFP", "source: AFP\nentites:\n  places: [Iraq]"));
    const issue = only(result.issues, "entites");
    assert.equal(issue.severity, "warning");
    assert.equal(issue.line, 5);
    assert.match(issue.message, /Did you mean `entities`\?/);
    assert.ok(result.article, "a warning does not stop the article");
  });

  it("suggests inside nested groups too", () => {
    const issue = only(validate(VALID.replace("source: AFP", "source: AFP\nentities:\n  peoples: [A]")).issues, "entities.peoples");
    assert.match(issue.message, /Did you mean `people`\?/);
  });

  it("reports every error of a file, not only the first", () => {
    const result = validate(`---\ntitle: 5\ndate: 2021-02-30\n---\n`);
    assert.deepEqual(result.issues.map((issue) => issue.field).sort(), ["date", "source", "title"]);
  });

  it("reads files with a byte-order mark and CRLF line endings", () => {
    const result = validate(`\uFEFF${VALID.replace(/\n/g, "\r\n")}`);
    assert.deepEqual(result.issues, []);
    assert.equal(result.article?.frontMatter.source, "AFP");
    assert.equal(result.article?.body.trim(), "Body.");
  });

  it("says so when a file is not UTF-8", () => {
    const latin1 = Uint8Array.from([...new TextEncoder().encode(VALID.replace("Body.", "")), 0xe9, 0x74, 0xe9]);
    const issue = only(validate(latin1).issues, "");
    assert.match(issue.message, /is not UTF-8 text/);
  });

  it("says so when the YAML does not parse, with the line", () => {
    const issue = only(validate(`---\ntitle: "Unclosed\ndate: 2021-07-28\n---\n`).issues, "");
    assert.match(issue.message, /front-matter is not valid YAML/);
    assert.equal(typeof issue.line, "number");
  });

  it("tells a newcomer to quote a value that contains a colon", () => {
    const issue = only(validate(VALID.replace('title: "Iraqi PM visits Tehran"', "title: Iraq: the day after")).issues, "");
    assert.equal(issue.line, 2);
    assert.match(issue.message, /must be quoted, e\.g\. title: "Iraq: the day after"/);
  });

  it("names a key written twice", () => {
    const issue = only(validate(VALID.replace("source: AFP", "source: AFP\nsource: Reuters")).issues, "");
    assert.match(issue.message, /A key appears twice/);
  });

  it("says so when the front-matter is never closed", () => {
    const issue = only(validate(`---\ntitle: "T"\ndate: 2021-07-28\nsource: AFP\nThe story.\n`).issues, "");
    assert.match(issue.message, /no closing `---` line/);
  });

  it("refuses a slug that could leave its folder", () => {
    const issue = only(validate(VALID.replace("source: AFP", "source: AFP\nslug: ../../etc")).issues, "slug");
    assert.match(issue.message, /URL slug/);
  });

  it("accepts redirect_from paths and an import_id, and hands them on", () => {
    const result = validate(VALID.replace("source: AFP", 'source: AFP\nredirect_from: [/news/iraq/old-slug/, "/?p=102"]\nimport_id: "https://example.org/?p=102"'));
    assert.deepEqual(result.issues, []);
    assert.deepEqual(result.article?.frontMatter.redirect_from, ["/news/iraq/old-slug/", "/?p=102"]);
    assert.equal(result.article?.frontMatter.import_id, "https://example.org/?p=102");
  });

  for (const [path, why] of [
    ["news/old/", /starting with \//],
    ["https://evil.example/x", /starting with \//],
    ["//evil.example/x", /starting with \//],
    ["/news/../../etc/", /without \. or \.\. segments/],
    ["/news/%2e%2e/x/", /without \. or \.\. segments/],
    ["/a b/", /without spaces/],
    ["/a\\\\b/", /backslashes/],
  ] as const) {
    it(`refuses the redirect_from path ${JSON.stringify(path)} on its line`, () => {
      const issue = only(validate(VALID.replace("source: AFP", `source: AFP\nredirect_from:\n  - ${JSON.stringify(path)}`)).issues, "redirect_from[0]");
      assert.equal(issue.line, 6);
      assert.match(issue.message, why);
      assert.match(issue.message, /got "/);
    });
  }

  it("refuses a redirect_from list that is not a list", () => {
    const issue = only(validate(VALID.replace("source: AFP", "source: AFP\nredirect_from: 42")).issues, "redirect_from");
    assert.match(issue.message, /expected a list of old addresses/);
  });

  it("refuses a redirect from the article's own address", () => {
    const result = validate(VALID.replace("source: AFP", "source: AFP\nredirect_from: [/2021/07/28/x]"));
    const issue = only(result.issues, "redirect_from[0]");
    assert.match(issue.message, /this article's own address/);
    assert.equal(result.article, undefined);
  });
});
