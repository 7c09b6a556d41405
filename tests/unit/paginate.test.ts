// Listing pages numbered from the oldest story: a full page never changes again.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { paginate, type PageOf } from "../../src/paginate.ts";

/** Stories 1..n, newest first, as the listings hold them. */
const stories = (n: number) => Array.from({ length: n }, (_, i) => n - i);

const byUrl = (pages: readonly PageOf<number>[]) => new Map(pages.map((page) => [page.url, JSON.stringify(page)]));

describe("paginate", () => {
  it("keeps a short listing on its first address", () => {
    const pages = paginate(stories(7), 5, "/tags/oil/");
    assert.equal(pages.length, 1);
    assert.deepEqual(pages[0], { url: "/tags/oil/", items: [7, 6, 5, 4, 3, 2, 1], pageNumber: 1, first: true, pageCount: 1 });
  });

  it("numbers older pages from the oldest story and shows the rest on the first address, each story once", () => {
    const pages = paginate(stories(23), 5, "/");
    assert.deepEqual(pages.map((page) => [page.url, page.items]), [
      ["/", [23, 22, 21, 20, 19, 18, 17, 16]],
      ["/pages/3/", [15, 14, 13, 12, 11]],
      ["/pages/2/", [10, 9, 8, 7, 6]],
      ["/pages/1/", [5, 4, 3, 2, 1]],
    ]);
    assert.deepEqual(pages.map((page) => [page.previousUrl, page.nextUrl]), [
      [undefined, "/pages/3/"],
      ["/", "/pages/2/"],
      ["/pages/3/", "/pages/1/"],
      ["/pages/2/", undefined],
    ]);
    assert.deepEqual(pages.map((page) => page.pageCount), [4, undefined, undefined, undefined], "only the first address counts the pages");
  });

  it("changes only the first address for a new story, and one new page and its older neighbour when a page fills", () => {
    const pageSize = 5;
    for (let n = 10; n < 60; n++) {
      const before = byUrl(paginate(stories(n), pageSize, "/"));
      const after = byUrl(paginate(stories(n + 1), pageSize, "/"));
      const changed = [...after].filter(([url, page]) => before.get(url) !== page).map(([url]) => url);
      const gone = [...before.keys()].filter((url) => !after.has(url));
      assert.deepEqual(gone, [], `no page disappears at ${n + 1} stories`);
      assert.ok(changed.includes("/"));
      assert.ok(changed.length <= 3, `at ${n + 1} stories: ${changed.join(", ")}`);
      const filled = (n + 1) % pageSize === 0;
      assert.equal(changed.length, filled ? 3 : 1, `at ${n + 1} stories: ${changed.join(", ")}`);
    }
  });

  it("gives every full page the same stories at every size of the archive", () => {
    const first = paginate(stories(12), 4, "/").find((page) => page.url === "/pages/1/");
    const later = paginate(stories(403), 4, "/").find((page) => page.url === "/pages/1/");
    assert.deepEqual(first?.items, [4, 3, 2, 1]);
    assert.deepEqual(later?.items, first?.items);
  });
});
