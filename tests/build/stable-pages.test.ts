// A new story rewrites a number of files that does not grow with the archive: listing
// pages numbered from the oldest story stay as they were, no unrelated story's page
// changes, and of the open data only its year's files. Measured on two generated
// archives, one four times the other.
import assert from "node:assert/strict";
import { join } from "node:path";
import { before, describe, it } from "node:test";
import { addStory } from "../../src/bench/added-story.ts";
import { generateArchive } from "../../src/bench/generate-archive.ts";
import { buildSite } from "../../src/build.ts";
import { tempDir } from "../helpers/site.ts";

/** The files a build rewrites after one story is added to an archive of `articles`. */
async function rewrittenForOneStory(articles: number): Promise<string[]> {
  const root = tempDir(`stable-${articles}`);
  const options = { input: join(root, "content"), output: join(root, "_site"), cacheDir: join(root, "cache") };
  generateArchive({ dir: options.input, articles, seed: 11 });
  assert.ok((await buildSite(options)).ok);
  addStory(options.input, 1);
  const result = await buildSite(options);
  assert.ok(result.ok);
  return result.report.written;
}

const OLDER_PAGE = /(^|\/)pages\/(\d+)\/index\.html$/;
const STORY_PAGE = /^\d{4}\/\d{2}\/\d{2}\/[^/]+\/index\.html$/;

describe("a new story", () => {
  let small: string[] = [];
  let large: string[] = [];
  before(async () => {
    small = await rewrittenForOneStory(200);
    large = await rewrittenForOneStory(800);
  });

  it("rewrites about as many files in an archive four times larger", () => {
    assert.ok(Math.abs(large.length - small.length) <= 8, `${small.length} files at 200 stories, ${large.length} at 800: ${large.join(", ")}`);
  });

  it("leaves full older listing pages alone but for the newest one's link to a page that just filled", () => {
    // Per listing, at most the page that filled and the one before it (src/paginate.ts).
    const olderPages = large.filter((file) => OLDER_PAGE.test(file));
    const listings = new Set(olderPages.map((file) => file.replace(OLDER_PAGE, "")));
    assert.ok(olderPages.length <= 2 * listings.size, olderPages.join(", "));
  });

  it("rewrites the pages of only a few stories: itself, its neighbour and those it is now related to", () => {
    const stories = large.filter((file) => STORY_PAGE.test(file));
    assert.ok(stories.includes("2099/01/01/benchmark-added-story-1/index.html"));
    assert.ok(stories.length <= 8, stories.join(", "));
  });

  it("rewrites of the open data only its year's files and the /data/ page, with the descriptor and the entities it changes", () => {
    // The story is dated 2099, after every generated one, so its year is a new one in
    // the descriptor; and it names Baghdad, which no generated story does, so the
    // entities file gains a row. No other year's file is touched.
    const data = large.filter((file) => file.startsWith("data/")).sort();
    assert.deepEqual(data, ["data/datapackage.json", "data/entities.csv", "data/index.html", "data/mentions-2099.csv", "data/stories-2099.jsonl"]);
    assert.deepEqual(small.filter((file) => file.startsWith("data/")).sort(), data, "the same files at 200 stories");
  });
});
