// GroupingMemory on plain lists: what a run asks for again comes back as the object it was,
// including what was made within a value given back whole, one run later.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { GroupingMemory, type Grouping } from "../../src/collections/grouping-memory.ts";

/** A listing of `items` in pages of two, each page kept by the stories it holds, the whole kept by its list. */
function pagesOf(grouping: Grouping, items: readonly string[]): { page: number; items: string[] }[] {
  return grouping.made("listing", [items], () =>
    Array.from({ length: Math.ceil(items.length / 2) }, (_, i) => grouping.same(`page:${i}`, { page: i, items: grouping.list(`page-items:${i}`, items.slice(i * 2, i * 2 + 2)) })),
  );
}

describe("the grouping's memory", () => {
  it("gives a value back whole while its inputs are the same items", () => {
    const memory = new GroupingMemory();
    const items = ["a", "b", "c"];
    const first = pagesOf(memory.begin(), items);
    assert.equal(pagesOf(memory.begin(), items), first);
    assert.notEqual(pagesOf(memory.begin(), ["a", "b", "d"]), first);
  });

  it("keeps what was made within a value given back whole, for the run after it", () => {
    const memory = new GroupingMemory();
    const stories = ["a", "b", "c", "d", "e"];
    const first = pagesOf(memory.begin(), stories);
    // Given back whole: nothing within it is asked for in this run.
    assert.equal(pagesOf(memory.begin(), stories), first);
    // A story added at the end: the full pages before it are still the pages made in the first run.
    const third = pagesOf(memory.begin(), ["a", "b", "c", "d", "e", "f"]);
    assert.equal(third[0], first[0]);
    assert.equal(third[1], first[1]);
    assert.deepEqual(third[2], { page: 2, items: ["e", "f"] });
  });

  it("forgets what a run did not ask for", () => {
    const memory = new GroupingMemory();
    const kept = memory.begin().list("x", ["a"]);
    memory.begin();
    assert.notEqual(memory.begin().list("x", ["a"]), kept);
  });
});
