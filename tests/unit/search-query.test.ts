// What the search page makes of a reader's words and dates (layouts/assets/search/).
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseQuery } from "../../layouts/assets/search/query.js";
import { monthsBetween } from "../../layouts/assets/search/state.js";

describe("a reader's search", () => {
  it("keeps quoted phrases quoted and takes words and phrases after a minus out", () => {
    assert.deepEqual(parseQuery('"oil price" cap -Baghdad -"Kurdistan region"'), { positive: '"oil price" cap', excluded: ['"Baghdad"', '"Kurdistan region"'] });
    assert.deepEqual(parseQuery("al-Sadr"), { positive: "al-Sadr", excluded: [] }, "a hyphen inside a word is part of it");
    assert.deepEqual(parseQuery('- "unclosed phrase'), { positive: '"unclosed phrase"', excluded: [] });
    assert.deepEqual(parseQuery("النفط -بغداد"), { positive: "النفط", excluded: ['"بغداد"'] });
  });

  it("spans a date range by its months, across a year's end", () => {
    assert.deepEqual(monthsBetween("2021-11", "2022-02"), ["2021-11", "2021-12", "2022-01", "2022-02"]);
    assert.deepEqual(monthsBetween("2022-03", "2022-01"), []);
  });
});
