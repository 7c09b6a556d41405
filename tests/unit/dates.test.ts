import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseArticleDate } from "../../src/dates.ts";

function ok(value: string) {
  const result = parseArticleDate(value);
  assert.ok(result.ok, `expected ${value} to parse`);
  return result.date;
}

function reason(value: string): string {
  const result = parseArticleDate(value);
  assert.ok(!result.ok, `expected ${value} to be refused`);
  return result.reason;
}

describe("parseArticleDate", () => {
  it("keeps a plain date as that calendar day, whatever the machine's time zone", () => {
    const saved = process.env.TZ;
    for (const zone of ["Pacific/Honolulu", "Asia/Tehran", "UTC"]) {
      process.env.TZ = zone;
      const date = ok("2021-07-28");
      assert.equal(date.iso, "2021-07-28");
      assert.equal(date.display, "July 28, 2021");
      assert.deepEqual([date.year, date.month, date.day], [2021, 7, 28]);
    }
    process.env.TZ = saved;
  });
  it("keeps a full ISO time with its offset as written", () => {
    const date = ok("2021-07-28T23:30:00+03:00");
    assert.equal(date.iso, "2021-07-28T23:30:00+03:00");
    assert.equal(date.display, "July 28, 2021");
    assert.equal(date.day, 28);
  });
  it("refuses an impossible date and says why", () => {
    assert.match(reason("2021-02-30"), /not a real date: February 2021 has 28 days/);
    assert.match(reason("2021-13-01"), /there is no month 13/);
  });
  it("refuses a non-ISO date with an example of what is expected", () => {
    assert.match(reason("July 28th, 2021"), /expected a date like 2021-07-28.*got "July 28th, 2021"/);
  });
  it("asks for an offset when a time has none", () => {
    assert.match(reason("2021-07-28T10:00"), /a time needs its offset/);
  });
});
