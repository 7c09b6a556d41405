import assert from "node:assert/strict";
import { it } from "node:test";
import { KeptLists } from "../../src/kept-lists.ts";

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
