// A generated archive of 2,000 articles builds completely: the listings are grouped once,
// so the work grows with the archive, not with its square. Its time is reported, not
// asserted (npm run bench measures speed).
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { generateArchive } from "../../src/bench/generate-archive.ts";
import { build, tempDir } from "../helpers/site.ts";
import { indexedPages } from "../helpers/search-index.ts";

const ARTICLES = 2000;

describe("a generated archive of 2,000 articles", () => {
  it("builds every article, listing page and the search index", async (t) => {
    const content = join(tempDir("large"), "content");
    generateArchive({ dir: content, articles: ARTICLES, seed: 7 });
    const started = performance.now();
    const site = await build(content);
    t.diagnostic(`built ${ARTICLES} articles in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    assert.ok(site.result.ok, JSON.stringify(site.result.issues.slice(0, 5)));

    const articlePages = readdirSync(site.output, { recursive: true, encoding: "utf8" }).filter((file) =>
      /^\d{4}\/\d{2}\/\d{2}\/[^/]+\/index\.html$/.test(file),
    );
    assert.equal(articlePages.length, ARTICLES);
    const pageSize = 20;
    // Every full page but the newest stands at its own address; the first address holds the newest.
    const olderPages = Math.floor(ARTICLES / pageSize) - 1;
    assert.ok(site.exists(`/pages/${olderPages}/`));
    assert.ok(!site.exists(`/pages/${olderPages + 1}/`));
    assert.deepEqual(indexedPages(site.output), { en: ARTICLES });
  });
});
