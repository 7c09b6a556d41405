// Sorted lists on plain inputs: where an item goes, and what changed between two lists.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { listChanges, placeIn } from "../../src/sorted-lists.ts";

interface Item {
  n: number;
}
const order = (a: Item, b: Item) => a.n - b.n;
const items = (...ns: number[]): Item[] => ns.map((n) => ({ n }));

describe("sorted lists", () => {
  it("places an item after every item that comes before it", () => {
    const list = items(1, 3, 5);
    assert.equal(placeIn(list, { n: 0 }, order), 0);
    assert.equal(placeIn(list, { n: 4 }, order), 2);
    assert.equal(placeIn(list, { n: 9 }, order), 3);
  });

  it("finds the items added and removed, and an item saved again as both", () => {
    const before = items(1, 2, 3, 4, 5, 6);
    const resaved = { n: 4 };
    const moved = { n: 7 };
    // 2 is removed, 4 saved again as another object, 3 moved to the end (as a new object), 0 added.
    const after = [{ n: 0 }, before[0]!, resaved, before[4]!, before[5]!, moved];
    const changes = listChanges(before, after, order, 10)!;
    assert.deepEqual(changes.added, [after[0], resaved, moved]);
    assert.deepEqual([...changes.removed], [before[1], before[2], before[3]]);
  });

  it("finds nothing between a list and itself, or a copy of it", () => {
    const list = items(1, 2, 3);
    assert.deepEqual(listChanges(list, [...list], order, 0), { added: [], removed: new Set() });
  });

  it("gives up past the most changes it is asked to find", () => {
    const before = items(1, 2, 3, 4);
    assert.equal(listChanges(before, items(1, 2, 3, 4), order, 3), undefined);
    assert.ok(listChanges(before, [...before.slice(0, 3), { n: 4 }], order, 2));
  });
});
