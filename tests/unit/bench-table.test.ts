// The table `npm run bench` prints: a figure not measured shows as n/a, and no ratio is made of it.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { summarize, table } from "../../src/bench/stats.ts";

describe("the bench's table", () => {
  it("prints a ratio to a yardstick only where both were measured", () => {
    const measured = { ...summarize("build", "s", [2, 4, 3]), ratioToFloor: 1.5 };
    const unmeasured = { ...summarize("peer", "s", []), ratioToFloor: NaN };
    const [, , build, peer] = table([measured, unmeasured]).split("\n");
    assert.match(build!, /^build\s+3\.00 s\s+2\.00 s – 4\.00 s\s+1\.50×$/);
    assert.match(peer!, /^peer\s+n\/a$/);
  });
});
