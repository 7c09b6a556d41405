// A deleted story's page is removed only once the search index no longer returns it: a
// build stopped in between would otherwise leave a search result leading nowhere.
import assert from "node:assert/strict";
import fs, { readFileSync, rmSync } from "node:fs";
import { syncBuiltinESMExports } from "node:module";
import { join } from "node:path";
import { describe, it } from "node:test";
import { buildSite } from "../../src/build.ts";
import { article, makeContent, tempDir } from "../helpers/site.ts";
import { bundleManifest } from "../helpers/search-index.ts";

/** The article URLs the search index returns, as its manifest names its bundles now. */
function searchResults(output: string): Set<string> {
  const urls = bundleManifest(output).bundles.flatMap((folder) => Object.keys(JSON.parse(readFileSync(join(output, "pagefind", folder, "page-ids.json"), "utf8")) as Record<string, string>));
  return new Set(urls);
}

describe("removing a deleted story", () => {
  it("removes its page only once the search index no longer returns it", async () => {
    const content = makeContent({
      "articles/2021/07/kept-story.md": article(`title: "A story that stays"\ndate: 2021-07-28\nsource: AFP`),
      "articles/2021/07/deleted-story.md": article(`title: "A story taken down"\ndate: 2021-07-29\nsource: AFP`),
    });
    const root = tempDir("removal");
    const output = join(root, "_site");
    const options = { input: content, output, cacheDir: join(root, "cache") };
    assert.ok((await buildSite(options)).ok);
    const page = join(output, "2021/07/29/deleted-story/index.html");
    assert.ok(searchResults(output).has("/2021/07/29/deleted-story/"));

    rmSync(join(content, "articles/2021/07/deleted-story.md"));
    // Looks at the search index at the moment the page is removed.
    const returnedWhenRemoved: boolean[] = [];
    const rm = fs.rmSync;
    fs.rmSync = (path, removeOptions) => {
      if (String(path) === page) returnedWhenRemoved.push(searchResults(output).has("/2021/07/29/deleted-story/"));
      rm(path, removeOptions);
    };
    syncBuiltinESMExports();
    try {
      assert.ok((await buildSite(options)).ok);
    } finally {
      fs.rmSync = rm;
      syncBuiltinESMExports();
    }
    assert.deepEqual(returnedWhenRemoved, [false], "removed once, after the index stopped returning it");
    assert.equal(fs.existsSync(page), false);
  });
});
