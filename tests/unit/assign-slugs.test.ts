import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { assignSlugs, type Sluggable } from "../../src/content/assign-slugs.ts";

const item = (name: string, registered = false, slug?: string): Sluggable => ({ name, registered, ...(slug ? { slug } : {}) });

describe("assignSlugs", () => {
  it("gives names that slugify alike distinct slugs, the plainest keeping the plain one", () => {
    const plain = item("AT and T");
    const symbol = item("AT&T");
    const slugs = assignSlugs([symbol, plain]);
    assert.equal(slugs.get(plain), "at-and-t");
    assert.match(slugs.get(symbol)!, /^at-and-t-[0-9a-f]{6}$/);
  });

  it("keeps every slug when a new colliding name arrives", () => {
    const first = item("AT and T");
    const second = item("AT&T");
    const before = assignSlugs([first, second]);
    const after = assignSlugs([item("AT + T"), second, first]);
    assert.equal(after.get(first), before.get(first));
    assert.equal(after.get(second), before.get(second));
  });

  it("lets a registry entry's own slug win", () => {
    const chosen = item("Islamic State of Iraq", true, "isi");
    const other = item("ISI");
    const slugs = assignSlugs([other, chosen]);
    assert.equal(slugs.get(chosen), "isi");
    assert.notEqual(slugs.get(other), "isi");
  });
});
