// The table `npm run bench` prints: a figure not measured shows as n/a, and no ratio is made of it.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { medianRatio, summarize, table } from "../../src/bench/stats.ts";

describe("the bench's table", () => {
  it("prints a ratio to a yardstick only where both were measured", () => {
    const measured = { ...summarize("build", "s", [2, 4, 3]), ratioToFloor: 1.5 };
    const unmeasured = { ...summarize("peer", "s", []), ratioToFloor: NaN };
    const [, , build, peer] = table([measured, unmeasured]).split("\n");
    assert.match(build!, /^build\s+3\.00 s\s+2\.00 s – 4\.00 s\s+1\.50×$/);
    assert.match(peer!, /^peer\s+n\/a$/);
  });

  it("takes a ratio round by round: the median of each round's ratio, unpaired samples left out", () => {
    // The machine slows down by half over three rounds; within each round the build takes 0.9 of the peer.
    assert.equal(medianRatio([18, 27, 36], [20, 30, 40]).toFixed(2), "0.90");
    // A fourth build without its peer (a ratio of the medians would take it in: 31.5 s over 30 s).
    assert.equal(medianRatio([18, 27, 36, 50], [20, 30, 40]).toFixed(2), "0.90");
    assert.ok(Number.isNaN(medianRatio([1, 2], [])));
  });
});
