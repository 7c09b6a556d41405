// The preview groups the archive again when a story moves (a new date, tag or entity); with
// a GroupingMemory, every group that holds the same stories comes back as the object it was,
// with everything made from it, and the pages equal a grouping from nothing, save after save.
import assert from "node:assert/strict";
import { join } from "node:path";
import { describe, it } from "node:test";
import { buildArchivePages } from "../../src/archive-pages.ts";
import { generateArchive } from "../../src/bench/generate-archive.ts";
import { GroupingMemory } from "../../src/collections/grouping-memory.ts";
import { loadArchive } from "../../src/content/load-archive.ts";
import { siteAssets } from "../../src/output/assets.ts";
import { mentionedEntities, type Article } from "../../src/types.ts";
import { ROOT, tempDir } from "../helpers/site.ts";

describe("grouping the archive again with the last grouping's memory", () => {
  const content = join(tempDir("grouping-memory"), "content");
  generateArchive({ dir: content, articles: 120, seed: 9 });
  const archive = loadArchive({ projectRoot: ROOT, contentDir: content, includeDrafts: false, assets: siteAssets().urls });

  /** The archive with its story at `index` a year older, resorted newest first. */
  const withStoryMoved = (index: number): { articles: Article[]; moved: Article } => {
    const story = archive.articles[index]!;
    const date = { ...story.date, year: story.date.year - 1, epoch: story.date.epoch - 365 * 86_400_000, iso: `${story.date.year - 1}${story.date.iso.slice(4)}` };
    const moved = { ...story, date, modified: date, url: story.url.replace(String(story.date.year), String(date.year)) };
    const articles = archive.articles.map((article) => (article === story ? moved : article)).sort((a, b) => b.date.epoch - a.date.epoch || a.url.localeCompare(b.url));
    return { articles, moved };
  };

  it("gives back the groups a moved story is not in, and what was made of them, as the same objects", () => {
    const memory = new GroupingMemory();
    const before = buildArchivePages(archive, memory.begin());
    const story = archive.articles[40]!;
    const { articles, moved } = withStoryMoved(40);
    const after = buildArchivePages({ ...archive, articles }, memory.begin());
    assert.deepEqual(after, buildArchivePages({ ...archive, articles }), "the same pages as a grouping from nothing");

    const named = new Set(mentionedEntities(story).map((entity) => entity.url));
    const untouched = after.entities.filter((page) => !named.has(page.subject.url));
    assert.ok(untouched.length > 20);
    for (const page of untouched) assert.ok(before.entities.includes(page), `${page.url} is the page it was`);
    const summaries = new Set(before.entities.flatMap((page) => (page.summary ? [page.summary] : [])));
    for (const page of untouched.filter((page) => page.summary)) assert.ok(summaries.has(page.summary!), `${page.url}: its summary is the one made before`);
    for (const page of after.sources.filter((page) => page.subject.url !== story.source.url)) assert.ok(before.sources.includes(page), `${page.url} is the page it was`);
    for (const page of after.months.filter((page) => ![story.date, moved.date].some((date) => date.year === page.subject.year && date.month === page.subject.month))) {
      assert.ok(before.months.includes(page), `${page.url} is the page it was`);
    }
    const otherYears = after.years.filter((year) => year.year !== story.date.year && year.year !== moved.date.year);
    for (const year of otherYears) assert.ok(before.years.includes(year), `${year.year}'s archive is the one made before`);
    const storyPages = after.articles.filter((entry) => ![entry.article, entry.newer, entry.older, ...entry.related].includes(moved) && !before.articles.some((earlier) => earlier.article === entry.article && [earlier.newer, earlier.older, ...earlier.related].includes(story)));
    assert.ok(storyPages.length > 80);
    for (const entry of storyPages) assert.ok(before.articles.includes(entry), `${entry.article.url}: its page data is the object it was`);
  });

  it("groups like a grouping from nothing after each of many saves: stories redated, deleted, saved again and added", () => {
    // A seeded sequence of saves, each changing a few stories, as an editor's session does.
    let seed = 5;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    const order = (a: Article, b: Article) => b.date.epoch - a.date.epoch || a.url.localeCompare(b.url);
    const redated = (story: Article, days: number): Article => {
      const epoch = story.date.epoch + days * 86_400_000;
      const day = new Date(epoch);
      const date = { ...story.date, epoch, year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate(), iso: day.toISOString().slice(0, 10) };
      return { ...story, date, modified: date };
    };
    const memory = new GroupingMemory();
    let articles = [...archive.articles];
    buildArchivePages({ ...archive, articles }, memory.begin());
    const removed: Article[] = [];
    for (let step = 0; step < 12; step++) {
      const at = () => Math.floor(random() * articles.length);
      const moved = at();
      articles = articles.map((story, index) => (index === moved ? redated(story, Math.floor(random() * 800) - 400) : story));
      const resaved = at();
      articles = articles.map((story, index) => (index === resaved ? { ...story } : story));
      if (random() < 0.5) removed.push(...articles.splice(at(), 1));
      else if (removed.length > 0) articles.push(removed.pop()!);
      articles.sort(order);
      const after = buildArchivePages({ ...archive, articles }, memory.begin());
      assert.deepEqual(after, buildArchivePages({ ...archive, articles }), `step ${step}`);
    }
  });

  it("makes everything again for a grouping without memory (the build)", () => {
    const first = buildArchivePages(archive);
    const second = buildArchivePages(archive);
    assert.notEqual(first.entities[0], second.entities[0]);
    assert.deepEqual(first, second);
  });
});
