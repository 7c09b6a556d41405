// The preview trusts its own folder between rebuilds (it alone writes there) and looks
// at the disk again when the folder is no longer the one it wrote.
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { PreviewSession } from "../../src/preview/session.ts";
import { closeSearchIndexer } from "../../src/search/bundles.ts";
import { backgroundNiceness, indexerProcesses } from "../../src/search/indexer-priority.ts";
import { ROOT, article, makeContent, tempDir } from "../helpers/site.ts";

describe("the preview's rebuilds", () => {
  it("writes every file again when its folder was deleted while it ran", async () => {
    const content = makeContent({
      "_data/sources.yaml": "- name: AFP\n  url: https://www.afp.com\n",
      "articles/2024/01/story.md": article(`title: "A story"\ndate: 2024-01-02\nsource: AFP`),
    });
    const output = join(tempDir("preview"), "site");
    const session = new PreviewSession(content, output, ROOT);
    const first = await session.rebuild();
    assert.ok(first.report.written.includes("index.html"));
    assert.equal((await session.rebuild()).report.written.length, 0, "nothing changed, nothing written");
    rmSync(output, { recursive: true });
    const again = await session.rebuild();
    assert.equal(again.report.written.length, first.report.written.length);
    assert.ok(existsSync(join(output, "2024/01/02/story/index.html")));
  });

  it("indexes search at a lower priority than its rebuilds, so a save is never kept waiting behind the index", async () => {
    const content = makeContent({
      "_data/sources.yaml": "- name: AFP\n  url: https://www.afp.com\n",
      "articles/2024/01/story.md": article(`title: "A story"\ndate: 2024-01-02\nsource: AFP`),
    });
    const session = new PreviewSession(content, join(tempDir("preview"), "site"), ROOT);
    await session.rebuild();
    try {
      assert.deepEqual(await session.updateSearch(), ["2024"]);
      const [indexer, ...others] = indexerProcesses();
      assert.ok(indexer !== undefined && others.length === 0, "the preview keeps one Pagefind process running between rebuilds");
      // Field 19 of a thread's stat is its niceness (after the name in brackets, field 2).
      const niceness = readdirSync(`/proc/${indexer}/task`).map((thread) => Number(readFileSync(`/proc/${indexer}/task/${thread}/stat`, "utf8").replace(/^.*\) /s, "").split(" ")[16]));
      assert.ok(niceness.length > 0 && niceness.every((value) => value === backgroundNiceness()), `every thread of Pagefind at ${backgroundNiceness()}: ${niceness.join(" ")}`);
    } finally {
      await closeSearchIndexer();
    }
  });
});
