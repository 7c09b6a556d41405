// A load takes each article file's stamp from the listing it just made: a file the parse
// cache knows is neither looked at nor read again.
import assert from "node:assert/strict";
import { rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { it } from "node:test";
import { generateArchive } from "../../src/bench/generate-archive.ts";
import { listArticleFiles, loadArticleFiles, type ArticleParseCache } from "../../src/content/article-files.ts";
import { ParseCache } from "../../src/content/parse-cache.ts";
import { createMarkdown } from "../../src/markdown.ts";
import { tempDir } from "../helpers/site.ts";

it("loads a file the cache knows by the stamp its listing gave, without a stat of its own", () => {
  const content = join(tempDir("article-files"), "content");
  generateArchive({ dir: content, articles: 3, seed: 5 });
  const display = (path: string) => path.slice(content.length + 1);
  const listing = listArticleFiles(join(content, "articles"), { contentDir: content, display });
  assert.equal(listing.files.length, 3);
  for (const file of listing.files) {
    const { mtimeMs, size } = statSync(file);
    assert.deepEqual(listing.stamps.get(file), { mtimeMs, size });
  }
  const md = createMarkdown({ allowHtml: false });
  const cache: ArticleParseCache = new ParseCache(undefined, "test");
  const first = loadArticleFiles(listing.files, display, md, cache, false);
  // Gone since the listing: with its stamp, the cache answers; without, the file is looked for.
  rmSync(listing.files[0]!);
  assert.deepEqual(loadArticleFiles(listing.files, display, md, cache, false, listing.stamps), first);
  assert.match(loadArticleFiles(listing.files, display, md, cache, false).get(listing.files[0]!)!.issues[0]!.message, /could not be read \(ENOENT\)/);
});
