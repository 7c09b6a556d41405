// A story's corrections: checked like every other key, with its line, and gathered
// newest first for the corrections page and feed.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { correctedStories, correctionNotices } from "../../src/collections/corrections.ts";
import { validateArticle } from "../../src/content/validate-article.ts";
import { parseArticleDate, type ArticleDate } from "../../src/dates.ts";
import type { Article } from "../../src/types.ts";

const FILE = "content/articles/2021/07/x.md";
const validate = (frontMatter: string) => validateArticle(FILE, new TextEncoder().encode(`---\ntitle: "T"\ndate: 2021-07-28\nsource: AFP\n${frontMatter}---\nBody.\n`), { fileSlug: "x" });

function day(text: string): ArticleDate {
  const parsed = parseArticleDate(text);
  assert.ok(parsed.ok);
  return parsed.date;
}

describe("corrections", () => {
  it("reads a list of dated corrections", () => {
    const result = validate(`corrections:\n  - date: 2021-07-29\n    text: "The vote was on Sunday, not Monday."\n`);
    assert.deepEqual(result.issues, []);
    assert.deepEqual(result.article?.frontMatter.corrections?.map((correction) => [correction.date.iso, correction.text]), [["2021-07-29", "The vote was on Sunday, not Monday."]]);
  });

  it("names the file, line and field of a correction's wrong date or missing text", () => {
    const { issues } = validate(`corrections:\n  - date: July 29\n    text: "Fixed."\n  - date: 2021-07-30\n`);
    const date = issues.find((issue) => issue.field === "corrections[0].date");
    assert.ok(date, JSON.stringify(issues));
    assert.equal(date.file, FILE);
    assert.equal(date.line, 6);
    assert.match(date.message, /2021-07-28/, "says what a date looks like");
    const text = issues.find((issue) => issue.field === "corrections[1].text");
    assert.ok(text, JSON.stringify(issues));
    assert.match(text.message, /is required: add a line like `text: "An earlier version/);
  });

  it("refuses corrections that are not a list", () => {
    const issue = validate(`corrections: "Fixed a typo."\n`).issues.find((candidate) => candidate.field === "corrections");
    assert.ok(issue);
    assert.equal(issue.line, 5);
    assert.match(issue.message, /a list of corrections, each a date and a text/);
  });

  it("lists every correction newest first, and each corrected story once", () => {
    const story = (url: string, corrections: [string, string][]) => ({ url, corrections: corrections.map(([date, text]) => ({ date: day(date), text })) }) as unknown as Article;
    const a = story("/a/", [["2021-08-01", "a1"], ["2021-09-01", "a2"]]);
    const b = story("/b/", [["2021-08-15", "b1"]]);
    const notices = correctionNotices([a, b, story("/c/", [])]);
    assert.deepEqual(notices.map((notice) => notice.correction.text), ["a2", "b1", "a1"]);
    assert.deepEqual(correctedStories(notices), [a, b]);
  });
});
