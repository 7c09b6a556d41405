// The preview trusts its own folder between rebuilds (it alone writes there) and looks
// at the disk again when the folder is no longer the one it wrote.
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { isTrusted, loadManifest, loadSearchRecord } from "../../src/output/manifest-store.ts";
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

  it("indexes the stories' pages beside its first rebuild's writing, so that the first new headline walks no page", async () => {
    const content = makeContent({
      "_data/sources.yaml": "- name: AFP\n  url: https://www.afp.com\n",
      ...Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`articles/2024/01/story-${i}.md`, article(`title: "Story ${i}"\ndate: 2024-01-0${i + 1}\nsource: AFP\nentities:\n  places: [Basra]`)])),
    });
    const session = new PreviewSession(content, join(tempDir("preview"), "site"), ROOT);
    assert.equal(session.storiesIndexed(), false, "not before there are pages");
    // Whether every page was indexed at the moment the first rebuild's pages were all written (it then shows its problems).
    let indexedWhenWritten: boolean | undefined;
    let shown = session.problems;
    Object.defineProperty(session, "problems", {
      get: () => shown,
      set: (problems: typeof shown) => {
        indexedWhenWritten ??= session.storiesIndexed();
        shown = problems;
      },
    });
    await session.rebuild();
    assert.equal(indexedWhenWritten, true, "indexed beside the writing, not after it");
    assert.ok(session.storiesIndexed());
  });

  it("shows a save's problems once the pages they are about are written", async () => {
    const story = "articles/2024/01/story.md";
    const content = makeContent({
      "_data/sources.yaml": "- name: AFP\n  url: https://www.afp.com\n",
      [story]: article(`title: "A story"\ndate: 2024-01-02\nsource: AFP`),
      "articles/2024/01/other.md": article(`title: "Another story"\ndate: 2024-01-03\nsource: AFP`),
    });
    const output = join(tempDir("preview-problems"), "site");
    const session = new PreviewSession(content, output, ROOT);
    await session.rebuild();
    // What the home page on disk says at the moment the server is given the problems to show.
    const homeWhenShown: string[] = [];
    let shown = session.problems;
    Object.defineProperty(session, "problems", {
      get: () => shown,
      set: (problems: typeof shown) => {
        homeWhenShown.push(readFileSync(join(output, "index.html"), "utf8"));
        shown = problems;
      },
    });
    writeFileSync(join(content, story), article(`title: "A story\ndate: 2024-01-02\nsource: AFP`));
    const broken = await session.rebuild(new Set([join(content, story)]));
    assert.ok(broken.report.written.includes("index.html"), "the home page no longer lists the broken story");
    assert.ok(shown && /not valid YAML/.test(JSON.stringify(shown)), "the problem is shown");
    assert.equal(homeWhenShown.length, 1);
    assert.ok(!homeWhenShown[0]!.includes("/2024/01/02/story/"), "the home page on disk no longer listed the story when its problem was shown");
    assert.ok(homeWhenShown[0]!.includes("/2024/01/03/other/"));
  });

  it("saves the record of its files a moment after a save in place, and at once when asked (on stopping)", async () => {
    const story = "articles/2024/01/story.md";
    const content = makeContent({
      "_data/sources.yaml": "- name: AFP\n  url: https://www.afp.com\n",
      [story]: article(`title: "A story"\ndate: 2024-01-02\nsource: AFP`),
    });
    const work = tempDir("preview-record");
    const output = join(work, "site");
    const cacheDir = join(work, "cache");
    const session = new PreviewSession(content, output, ROOT, { cacheDir });
    await session.rebuild();
    assert.ok(isTrusted(loadManifest(output, cacheDir)), "a whole rebuild's record is saved at once");
    writeFileSync(join(content, story), article(`title: "A new headline"\ndate: 2024-01-02\nsource: AFP`));
    const saved = await session.rebuild(new Set([join(content, story)]));
    assert.ok(saved.report.written.includes("index.html"));
    assert.ok(!isTrusted(loadManifest(output, cacheDir)), "until the record is saved, a preview that stops short of it writes every file again");
    session.saveRecord();
    const record = loadManifest(output, cacheDir);
    assert.ok(isTrusted(record));
    assert.deepEqual(record.files["index.html"], saved.report.manifest.files["index.html"], "the record holds the new home page");
  });

  it("saves the search index's record at once after indexing whole bundles, and a moment later after the edits bundle alone", async () => {
    const story = "articles/2024/01/story.md";
    const content = makeContent({
      "_data/sources.yaml": "- name: AFP\n  url: https://www.afp.com\n",
      [story]: article(`title: "A story"\ndate: 2024-01-02\nsource: AFP`),
      "articles/2024/01/other.md": article(`title: "Another story"\ndate: 2024-01-03\nsource: AFP`),
    });
    const work = tempDir("preview-search-record");
    const output = join(work, "site");
    const cacheDir = join(work, "cache");
    const session = new PreviewSession(content, output, ROOT, { cacheDir });
    try {
      await session.rebuild();
      assert.deepEqual(await session.updateSearch(), ["2024"]);
      const whole = loadSearchRecord(output, cacheDir);
      assert.equal(Object.keys(whole.digests).length, 2, "saved at once");
      writeFileSync(join(content, story), article(`title: "A story"\ndate: 2024-01-02\nsource: AFP`, "A body saved in the preview."));
      await session.rebuild(new Set([join(content, story)]));
      assert.deepEqual(await session.updateSearch(), ["edits"]);
      assert.deepEqual(loadSearchRecord(output, cacheDir), whole, "not yet saved after the edits bundle alone");
      session.saveRecord();
      assert.notDeepEqual(loadSearchRecord(output, cacheDir).digests, whole.digests, "saved when asked");
    } finally {
      await closeSearchIndexer();
    }
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
