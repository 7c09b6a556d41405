// The preview's watcher events, reduced to what the next rebuild must look at.
import assert from "node:assert/strict";
import { join } from "node:path";
import { describe, it } from "node:test";
import { ContentChanges } from "../../src/preview/watch.ts";

const ARTICLES = join("/site/content/articles") + "/";
const story = (name: string) => `${ARTICLES}2024/05/${name}.md`;

describe("the changes a preview rebuild takes", () => {
  it("looks at everything on the first rebuild", () => {
    assert.equal(new ContentChanges(ARTICLES).takeArticleFilesChanged(), undefined);
  });

  it("names the article files saved in place since the last rebuild, and then none", () => {
    const changes = new ContentChanges(ARTICLES);
    changes.takeArticleFilesChanged();
    assert.equal(changes.note("change", story("a")), true, "an article file");
    changes.note("change", story("b"));
    changes.note("change", story("a"));
    assert.deepEqual([...(changes.takeArticleFilesChanged() ?? [])].sort(), [story("a"), story("b")]);
    assert.deepEqual([...(changes.takeArticleFilesChanged() ?? ["not empty"])], []);
  });

  for (const [event, path, what] of [
    ["add", story("c"), "a story added"],
    ["unlink", story("a"), "a story deleted or renamed away"],
    ["addDir", `${ARTICLES}2025`, "a folder added"],
    ["unlinkDir", `${ARTICLES}2024/05`, "a folder removed"],
    ["change", "/site/content/_data/entities.yaml", "a data file edited"],
    ["change", "/site/content/about.md", "a page edited"],
    ["change", `${ARTICLES}notes.txt`, "a file that is not an article"],
  ] as const) {
    it(`looks at everything again after ${what}`, () => {
      const changes = new ContentChanges(ARTICLES);
      changes.takeArticleFilesChanged();
      changes.note("change", story("a"));
      changes.note(event, path);
      assert.equal(changes.takeArticleFilesChanged(), undefined);
    });
  }

  it("looks at everything again after a rebuild that failed", () => {
    const changes = new ContentChanges(ARTICLES);
    changes.takeArticleFilesChanged();
    changes.note("change", story("a"));
    changes.takeArticleFilesChanged();
    changes.forgetTaken();
    assert.equal(changes.takeArticleFilesChanged(), undefined);
  });
});
