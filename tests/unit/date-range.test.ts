// Dates far away: four-digit years in every address and folder, and a warning for a date
// far ahead of the build or before any plausible story.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { articleLocation } from "../../src/authoring/article-file.ts";
import { implausibleDates, type DatedArticle } from "../../src/content/date-range.ts";
import { parseArticleDate, type ArticleDate } from "../../src/dates.ts";
import { formatIssue } from "../../src/errors.ts";
import { planSearchBundles } from "../../src/search/bundle-plan.ts";
import { urls } from "../../src/urls.ts";

const FILE = "content/articles/2026/12/x.md";
const NOW = new Date("2026-12-05T10:00:00Z");

function date(text: string): ArticleDate {
  const parsed = parseArticleDate(text);
  assert.ok(parsed.ok, text);
  return parsed.date;
}

function dated(fields: { date: string; updated?: string; draft?: boolean }): DatedArticle {
  return {
    inputPath: FILE,
    frontMatter: { date: date(fields.date), ...(fields.updated ? { updated: date(fields.updated) } : {}), ...(fields.draft ? { draft: true } : {}) },
    dateLines: { date: 3, updated: 5 },
  };
}

const warnings = (fields: Parameters<typeof dated>[0]) => implausibleDates(dated(fields), NOW).map(formatIssue);

describe("a year in addresses and folders", () => {
  it("is written with four digits, as the date itself is", () => {
    assert.equal(urls.article(1, 1, 1, "x"), "/0001/01/01/x/");
    assert.equal(urls.year(1), "/0001/");
    assert.equal(urls.month(812, 3), "/0812/03/");
    assert.equal(urls.article(2021, 7, 28, "x"), "/2021/07/28/x/");
    assert.match(articleLocation("/c", date("0001-01-01"), "x").file, /\/c\/articles\/0001\/01\/x\.md$/);
  });

  it("names the search bundles of an early year with four digits too", () => {
    const plan = planSearchBundles([{ url: "/0001/01/01/x/", date: date("0001-01-01") }], { kind: "year" });
    assert.deepEqual(plan.map((bundle) => bundle.id), ["0001"]);
  });
});

describe("a date outside the plausible range", () => {
  it("more than a day after the build is a warning on the date's line, saying what was expected and what to do", () => {
    assert.deepEqual(warnings({ date: "9999-12-31" }), [
      `${FILE}:3  date  warning: expected a date no more than a day after today (2026-12-05), got 9999-12-31: the story would stay at the top of the home page and its listings until then. Fix the date, or set \`draft: true\` until the story may be published.`,
    ]);
    assert.equal(warnings({ date: "2026-12-07" }).length, 1, "the day after tomorrow");
    assert.equal(warnings({ date: "2026-12-06T11:00:00+00:00" }).length, 1, "a time 25 hours ahead");
  });

  it("is not tomorrow, nor a time less than a day ahead in another time zone", () => {
    assert.deepEqual(warnings({ date: "2026-12-06" }), []);
    assert.deepEqual(warnings({ date: "2026-12-06T08:00:00+14:00" }), []);
    assert.deepEqual(warnings({ date: "2021-07-28" }), []);
  });

  it("ahead of the build is no warning on a draft, which may carry the day it is meant to come out", () => {
    assert.deepEqual(warnings({ date: "2027-01-15", draft: true }), []);
  });

  it("before 1800 is a warning, draft or not, that suggests a typo", () => {
    for (const draft of [false, true]) {
      assert.deepEqual(warnings({ date: "0001-01-01", draft }), [
        `${FILE}:3  date  warning: expected a date from 1800 on, got 0001-01-01: a year this early is most likely a typo (0021 or 1021 for 2021). Fix the year; if the date is right, this warning can be ignored.`,
      ]);
    }
    assert.deepEqual(warnings({ date: "1800-01-01" }), []);
    assert.equal(warnings({ date: "1799-12-31" }).length, 1);
  });

  it("in updated: is a warning of its own on its line", () => {
    assert.deepEqual(warnings({ date: "2021-07-28", updated: "2207-07-29" }), [
      `${FILE}:5  updated  warning: expected a date no more than a day after today (2026-12-05), got 2207-07-29: the story would say it was updated on a day that has not come. Fix the date of the update.`,
    ]);
  });
});
