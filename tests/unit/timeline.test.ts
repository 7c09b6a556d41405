import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { timelineChart } from "../../layouts/charts.ts";
import { hasMonthsToCompare, monthlyTimeline, yearTimeline } from "../../src/collections/timeline.ts";
import type { Article } from "../../src/types.ts";
import { localize } from "../../src/messages/localize.ts";
import { TEST_SETTINGS } from "../helpers/site.ts";

const ENGLISH = localize(TEST_SETTINGS);

const on = (year: number, month: number) => ({ date: { year, month } }) as unknown as Article;

describe("monthlyTimeline", () => {
  it("counts every month from the first article to the last, empty months included, in any order", () => {
    assert.deepEqual(monthlyTimeline([on(2021, 2), on(2020, 11), on(2021, 2)]), [
      { year: 2020, month: 11, count: 1 },
      { year: 2020, month: 12, count: 0 },
      { year: 2021, month: 1, count: 0 },
      { year: 2021, month: 2, count: 2 },
    ]);
    assert.deepEqual(monthlyTimeline([]), []);
  });
});

describe("yearTimeline", () => {
  it("gives all twelve months of a year", () => {
    const months = yearTimeline(2021, [on(2021, 7), on(2021, 7), on(2021, 12), on(2020, 7)]);
    assert.equal(months.length, 12);
    assert.deepEqual(months.filter((month) => month.count > 0), [
      { year: 2021, month: 7, count: 2 },
      { year: 2021, month: 12, count: 1 },
    ]);
  });
});

describe("timelineChart", () => {
  it("draws months side by side when there are two to compare", () => {
    const chart = String(timelineChart(ENGLISH, monthlyTimeline([on(2021, 7), on(2021, 9)]), "Daesh"));
    assert.match(chart, /<svg class="chart"/);
    assert.equal(hasMonthsToCompare(monthlyTimeline([on(2021, 7), on(2021, 9)])), true);
  });

  it("says in a sentence when every mention falls in one month, instead of one wide bar", () => {
    const months = monthlyTimeline([on(2021, 7), on(2021, 7), on(2021, 7)]);
    assert.equal(hasMonthsToCompare(months), false);
    const chart = String(timelineChart(ENGLISH, months, "Daesh"));
    assert.doesNotMatch(chart, /<svg/);
    assert.equal(chart, '<p class="timeline">All 3 articles naming Daesh are from July 2021.</p>');
    assert.equal(String(timelineChart(ENGLISH, monthlyTimeline([on(2020, 1)]), "AT&T")), '<p class="timeline">The one article naming AT&amp;T is from January 2020.</p>');
  });
});
