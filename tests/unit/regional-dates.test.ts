import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseArticleDate, type ArticleDate } from "../../src/dates.ts";
import { regionalDates } from "../../src/regional-dates.ts";

function day(text: string): ArticleDate {
  const parsed = parseArticleDate(text);
  assert.ok(parsed.ok);
  return parsed.date;
}

describe("regionalDates", () => {
  it("gives the Hijri and Solar Hijri date of the same calendar day", () => {
    assert.deepEqual(regionalDates(day("2021-07-28"), ["hijri", "solar-hijri"]), [
      { calendar: "hijri", text: "Dhuʻl-Hijjah 18, 1442 AH" },
      { calendar: "solar-hijri", text: "Mordad 6, 1400 AP" },
    ]);
  });

  it("uses the day the article was written in, not the day in UTC", () => {
    // 00:30 in Baghdad is still the previous day in UTC.
    assert.deepEqual(regionalDates(day("2021-03-21T00:30:00+03:00"), ["solar-hijri"]), [{ calendar: "solar-hijri", text: "Farvardin 1, 1400 AP" }]);
  });

  it("shows nothing when the site asks for no other calendar", () => {
    assert.deepEqual(regionalDates(day("2021-07-28"), []), []);
  });
});
