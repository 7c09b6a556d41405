// GroupingMemory on plain lists: what a run asks for again comes back as the object it was,
// including what was made within a value given back whole, one run later; a list grouped
// again after a few changes is the grouping of the whole list, with the untouched groups kept.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { groupArticles } from "../../src/collections/group-articles.ts";
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

  it("keeps what was made for an owner while its inputs are the same, run after run", () => {
    const memory = new GroupingMemory();
    const story = { url: "/a/" };
    const page = (grouping: Grouping, newer: string) => grouping.madeFor(story, [newer], () => ({ story, newer }));
    const first = page(memory.begin(), "/b/");
    memory.begin();
    assert.equal(page(memory.begin(), "/b/"), first, "given back after a run that did not ask for it");
    assert.deepEqual(page(memory.begin(), "/c/"), { story, newer: "/c/" });
  });

  it("forgets what a run did not ask for", () => {
    const memory = new GroupingMemory();
    const kept = memory.begin().list("x", ["a"]);
    memory.begin();
    assert.notEqual(memory.begin().list("x", ["a"]), kept);
  });
});

describe("grouping a list again after a few of its items changed", () => {
  /** Items in order by their number; an item's keys are the letters it is tagged with. */
  interface Item {
    n: number;
    keys: string[];
  }
  const order = (a: Item, b: Item) => a.n - b.n;
  const keysOf = (item: Item) => item.keys;
  const LETTERS = ["a", "b", "c", "d", "e"];
  const items = Array.from({ length: 200 }, (_, n): Item => ({ n, keys: LETTERS.filter((_, i) => (n * (i + 3)) % 7 < 2) }));
  const asObject = (groups: Map<string, Item[]>) => Object.fromEntries([...groups].sort(([a], [b]) => a.localeCompare(b)));

  it("makes the groups of the whole list, and keeps each group no changed item is in as the list it was", () => {
    const memory = new GroupingMemory();
    const before = memory.begin().grouped("letters", items, keysOf, order);
    // Item 10 moves to the end and takes the key "e" alone; item 50 is removed; a new item joins "a" and a new key "f".
    const moved = { n: 250, keys: ["e"] };
    const joined = { n: 75.5, keys: ["a", "f"] };
    const next = [...items.filter((item) => item.n !== 10 && item.n !== 50 && item.n < 75.5), joined, ...items.filter((item) => item.n > 75.5 && item.n !== 10 && item.n !== 50), moved];
    const after = memory.begin().grouped("letters", next, keysOf, order);
    assert.deepEqual(asObject(after), asObject(groupArticles(next, keysOf)), "the groups of a grouping from nothing, each in order");
    const touched = new Set([...items[10]!.keys, ...items[50]!.keys, ...moved.keys, ...joined.keys]);
    for (const [key, group] of after) {
      if (touched.has(key)) assert.notEqual(group, before.get(key), `${key} holds a changed item and is made again`);
      else assert.equal(group, before.get(key), `${key} holds no changed item and is the list it was`);
    }
    assert.ok([...after.keys()].some((key) => !touched.has(key)), "some group is left alone");
  });

  it("gives the groups back whole for the same items, and groups the whole list after many changes", () => {
    const memory = new GroupingMemory();
    const before = memory.begin().grouped("letters", items, keysOf, order);
    assert.equal(memory.begin().grouped("letters", [...items], keysOf, order), before);
    const renumbered = items.map((item) => ({ ...item }));
    const after = memory.begin().grouped("letters", renumbered, keysOf, order);
    assert.deepEqual(asObject(after), asObject(groupArticles(renumbered, keysOf)));
    for (const [key, group] of after) assert.notEqual(group, before.get(key));
  });
});
