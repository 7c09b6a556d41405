import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { keepUnchanged } from "../../src/output/keep-unchanged.ts";

const story = (id: number) => ({ url: `/s/${id}/`, title: `Story ${id}` });

describe("keepUnchanged", () => {
  const a = story(1);
  const b = story(2);
  const c = story(3);
  const stories = new Set<object>([a, b, c]);
  const isStory = (value: object) => stories.has(value);

  it("keeps the earlier object wherever the new one equals it, and the new one where it changed", () => {
    const previous = { home: [{ url: "/", items: [b, a] }], tags: [{ url: "/tags/oil/", items: [a], summary: { count: 1 } }] };
    const next = { home: [{ url: "/", items: [c, b, a] }], tags: [{ url: "/tags/oil/", items: [a], summary: { count: 1 } }] };
    const kept = keepUnchanged(next, previous, isStory);
    assert.deepEqual(kept, next);
    assert.equal(kept.tags, previous.tags);
    assert.notEqual(kept.home[0], previous.home[0]);
  });

  it("matches a list's items by their address, so an item inserted before others leaves them kept", () => {
    const previous = [{ url: "/people/a/", items: [a] }, { url: "/people/b/", items: [b] }];
    const next = [{ url: "/people/0/", items: [c] }, { url: "/people/a/", items: [a] }, { url: "/people/b/", items: [b] }];
    const kept = keepUnchanged(next, previous, isStory);
    assert.deepEqual(kept, next);
    assert.equal(kept[1], previous[0]);
    assert.equal(kept[2], previous[1]);
  });

  it("compares the objects it is told are leaves by identity alone", () => {
    const edited = { ...a, title: "Story 1" };
    stories.add(edited);
    const previous = { items: [a] };
    const kept = keepUnchanged({ items: [edited] }, previous, isStory);
    assert.equal(kept.items[0], edited);
    assert.notEqual(kept, previous);
  });

  it("keeps one new object shared by two places as one object", () => {
    const summary = { count: 2, items: [a, b] };
    const previous = { entities: [{ url: "/e/", summary: { count: 1, items: [a] } }], index: [{ count: 1, items: [a] }] };
    const kept = keepUnchanged({ entities: [{ url: "/e/", summary }], index: [summary] }, previous, isStory);
    assert.equal(kept.entities[0]!.summary, kept.index[0]);
  });
});
