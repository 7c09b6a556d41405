import assert from "node:assert/strict";
import { it } from "node:test";
import { KeptLists, RecentResults } from "../../src/kept-lists.ts";

const items = (names: string) => names.split("").map((name) => ({ name }));

it("makes again only what is not the same object at the same place, for two lists taking turns", () => {
  const made: string[] = [];
  const lists = new KeptLists<{ name: string }, string>();
  const make = (item: { name: string }) => (made.push(item.name), item.name.toUpperCase());
  const site = items("abcd");
  const edition = items("xyz");
  assert.deepEqual(lists.map(site, make), ["A", "B", "C", "D"]);
  assert.deepEqual(lists.map(edition, make), ["X", "Y", "Z"]);
  made.length = 0;
  const saved = [site[0]!, { name: "q" }, site[2]!, site[3]!];
  assert.deepEqual(lists.map(saved, make), ["A", "Q", "C", "D"]);
  assert.deepEqual(lists.map([...edition], make), ["X", "Y", "Z"]);
  assert.deepEqual(made, ["q"], "the new item alone");
  made.length = 0;
  lists.map(saved, make, "other settings");
  assert.deepEqual(made, ["a", "q", "c", "d"], "made again under another tag");
});

it("gives a recent result again for the same input, and makes one for another", () => {
  let made = 0;
  const recent = new RecentResults<number[], string>(2, (a, b) => a.join() === b.join());
  const make = (input: number[]) => () => (made++, input.join("+"));
  assert.equal(recent.get([1, 2], make([1, 2])), "1+2");
  assert.equal(recent.get([3], make([3])), "3");
  assert.equal(recent.get([1, 2], make([1, 2])), "1+2");
  assert.equal(made, 2, "the same input is not made again");
  recent.get([4], make([4]));
  recent.get([3], make([3]));
  assert.equal(made, 3, "the last two inputs are kept");
  recent.get([1, 2], make([1, 2]));
  assert.equal(made, 4, "an older one is made again");
});
