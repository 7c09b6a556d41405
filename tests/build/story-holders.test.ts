// A new headline is shown by copying the pages that hold the story, found in an index kept
// between saves (src/story-holders.ts), instead of walking every page of the archive: the
// result must be what a walk of every page gives, with every other page the same object.
import assert from "node:assert/strict";
import { join } from "node:path";
import { describe, it } from "node:test";
import { buildArchivePages, type ArchivePages } from "../../src/archive-pages.ts";
import { withArticlesReplaced } from "../../src/replaced-stories.ts";
import { generateArchive } from "../../src/bench/generate-archive.ts";
import { loadArchive } from "../../src/content/load-archive.ts";
import { siteAssets } from "../../src/output/assets.ts";
import { StoryHolders } from "../../src/story-holders.ts";
import type { Article } from "../../src/types.ts";
import { ROOT, tempDir } from "../helpers/site.ts";

/** Every page of every part, with its part's name. */
const pagesOf = (pages: ArchivePages): [string, unknown][] => Object.entries(pages).flatMap(([part, value]) => (Array.isArray(value) ? value.map((page): [string, unknown] => [part, page]) : [[part, value]]));

/** Whether `value` holds `story` at any depth. */
function holds(value: unknown, story: Article, seen = new Set<unknown>()): boolean {
  if (value === story) return true;
  if (typeof value !== "object" || value === null || seen.has(value)) return false;
  seen.add(value);
  return Object.values(value).some((inner) => holds(inner, story, seen));
}

/** Every page walked, each occurrence of a replaced story swapped: what the index must spare us. */
function replacedEverywhere<T>(value: T, replaced: ReadonlyMap<Article, Article>): T {
  const walk = (inner: unknown): unknown => {
    if (typeof inner !== "object" || inner === null) return inner;
    const story = replaced.get(inner as Article);
    if (story) return story;
    return Array.isArray(inner) ? inner.map(walk) : Object.fromEntries(Object.entries(inner).map(([key, field]) => [key, walk(field)]));
  };
  return walk(value) as T;
}

describe("the pages that hold a story", () => {
  const content = join(tempDir("story-holders"), "content");
  generateArchive({ dir: content, articles: 80, seed: 5 });
  const archive = loadArchive({ projectRoot: ROOT, contentDir: content, includeDrafts: false, assets: siteAssets().urls });
  const pages = buildArchivePages(archive);

  it("copies the pages that hold a retitled story, and keeps every other page as it was", () => {
    const story = archive.articles[30]!;
    const retitled = { ...story, title: "A headline the index shows" };
    const replaced = new Map([[story, retitled]]);
    const holders = new StoryHolders();
    const after = withArticlesReplaced(pages, replaced, new Set(archive.articles), holders);
    assert.deepEqual(after, replacedEverywhere(pages, replaced), "as if every page had been walked");
    const before = pagesOf(pages);
    const changed = pagesOf(after).filter(([, page], index) => page !== before[index]![1]);
    assert.deepEqual(changed.map(([part]) => part), before.filter(([, page]) => holds(page, story)).map(([part]) => part), "exactly the pages that held the story were copied");
    assert.ok(changed.length > 5, `the story's page, its neighbours', listings and summaries: ${changed.length}`);
  });

  it("indexes every page ahead of a save, so that the save walks none", async () => {
    const holders = new StoryHolders();
    const current = new Set<object>(archive.articles);
    await holders.indexInTurns(pages, (value) => current.has(value));
    const walked = holders.pagesWalked;
    assert.equal(walked, pagesOf(pages).length, "every page indexed");
    assert.equal(holders.pagesPlaced, walked, "with its place");
    const story = archive.articles[12]!;
    withArticlesReplaced(pages, new Map([[story, { ...story, title: "Indexed ahead" }]]), new Set(archive.articles), holders);
    assert.equal(holders.pagesWalked, walked, "the save walks no page");
    assert.equal(holders.pagesPlaced, walked, "and goes through none to find their places");
  });

  it("indexes nothing while a rebuild runs, and goes on once it ends", async () => {
    const holders = new StoryHolders();
    const current = new Set<object>(archive.articles);
    let indexing: Promise<void> | undefined;
    await holders.pausedFor(async () => {
      indexing = holders.indexInTurns(pages, (value) => current.has(value));
      for (let turn = 0; turn < 20; turn++) await new Promise((resolve) => setImmediate(resolve));
      assert.equal(holders.pagesWalked, 0, "no page indexed while the rebuild runs");
    });
    await indexing;
    assert.equal(holders.pagesWalked, pagesOf(pages).length, "every page indexed after it");
  });

  it("finds the new version in the copied pages when the same story is retitled again, and another", () => {
    const first = archive.articles[30]!;
    const holders = new StoryHolders();
    const once = withArticlesReplaced(pages, new Map([[first, { ...first, title: "Once" }]]), new Set(archive.articles), holders);
    const current = new Set([...archive.articles.filter((article) => article !== first)]);
    const onceStory = once.articles[30]!.article;
    current.add(onceStory);
    const other = archive.articles[3]!;
    const replaced = new Map([
      [onceStory, { ...onceStory, title: "Twice" }],
      [other, { ...other, summary: "A summary the index shows." }],
    ]);
    const walked = holders.pagesWalked;
    const placed = holders.pagesPlaced;
    const twice = withArticlesReplaced(once, replaced, current, holders);
    assert.equal(holders.pagesWalked - walked, 0, "the pages the first save copied are known by what they copied, not walked");
    assert.equal(holders.pagesPlaced - placed, 0, "and stand where the pages they copy stood: the save goes through none of the archive's pages");
    assert.deepEqual(twice, replacedEverywhere(once, replaced));
    assert.ok(!holds(twice, onceStory) && !holds(twice, other), "no page holds an earlier version");
  });
});
