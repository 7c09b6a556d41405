// A load with many new files (a clean build) parses them in worker threads, one per core,
// and gets exactly what parsing them one by one on the main thread gives.
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import type { MarkdownIt } from "markdown-it";
import { generateArchive } from "../../src/bench/generate-archive.ts";
import { loadArticleFile, loadArticleFiles, PARSED_HERE_AT_MOST, type ArticleParseCache } from "../../src/content/article-files.ts";
import { ParseCache } from "../../src/content/parse-cache.ts";
import { ParseWorkers } from "../../src/content/parse-workers.ts";
import { createMarkdown } from "../../src/markdown.ts";
import { tempDir } from "../helpers/site.ts";

const content = join(tempDir("parse-workers"), "content");
generateArchive({ dir: content, articles: PARSED_HERE_AT_MOST + 150, seed: 3 });
const files = readdirSync(join(content, "articles"), { recursive: true, encoding: "utf8" })
  .filter((file) => file.endsWith(".md"))
  .sort()
  .map((file) => join(content, "articles", file));
const display = (path: string) => path.slice(content.length + 1);
const md = createMarkdown({ allowHtml: false });
const freshCache = (): ArticleParseCache => new ParseCache(undefined, "test");
/** A markdown renderer that refuses to be used: nothing may be parsed with it. */
const NOT_HERE = new Proxy({}, {
  get() {
    throw new Error("parsed on the main thread");
  },
}) as MarkdownIt;

describe("parsing article files on every core", () => {
  const oneByOne = new Map(files.map((path) => [path, loadArticleFile(path, display(path), md, freshCache())]));

  it("parses a load's new files in workers once there are more than the main thread takes, with the same result", () => {
    assert.ok(files.length > PARSED_HERE_AT_MOST);
    const cache = freshCache();
    let parsedHere = 0;
    const counting = new Proxy(md, {
      get(target, key, receiver) {
        if (key === "parse") parsedHere++;
        return Reflect.get(target, key, receiver);
      },
    });
    const loaded = loadArticleFiles(files, display, counting, cache, false);
    assert.deepEqual(loaded, oneByOne);
    // This thread parses too while the workers are busy (or still starting).
    assert.ok(parsedHere < files.length, `${files.length - parsedHere} of ${files.length} files parsed in the workers`);
    // Kept in the cache as a parse on this thread is: the next load finds every file there.
    assert.deepEqual(loadArticleFiles(files, display, NOT_HERE, cache, false), oneByOne);
  });

  it("parses a few new files on the main thread", () => {
    const few = files.slice(0, 20);
    assert.throws(() => loadArticleFiles(few, display, NOT_HERE, freshCache(), false), /parsed on the main thread/);
    assert.deepEqual(loadArticleFiles(few, display, md, freshCache(), false), new Map(few.map((path) => [path, oneByOne.get(path)])));
  });

  it("reports a worker's failure instead of waiting for it", () => {
    const workers = new ParseWorkers(false, 2);
    try {
      // No file name to make a slug of: the parse throws in the worker.
      workers.parse([{ displayPath: "articles/broken.md", fileName: null as unknown as string, bytes: new TextEncoder().encode("---\ntitle: x\n---\n") }], () => assert.fail("no parse comes back"));
      assert.throws(() => workers.finish(), /A worker parsing articles failed: .*TypeError/);
    } finally {
      workers.stop();
    }
  });
});
