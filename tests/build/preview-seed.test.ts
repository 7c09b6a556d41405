// The preview's first start after a build takes the build's pages and search index
// (hard links) and writes and indexes only what differs: drafts and the pages listing
// them. What it serves is byte for byte what a preview started from nothing serves, and
// nothing it writes afterwards reaches the build's folder.
import assert from "node:assert/strict";
import { appendFileSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { before, describe, it } from "node:test";
import { buildSite } from "../../src/build.ts";
import { closeSearchIndexer } from "../../src/search/bundles.ts";
import { freePort } from "../../src/dev/preview-server.ts";
import { PreviewSession } from "../../src/preview/session.ts";
import { runPreview } from "../../src/preview/watch.ts";
import { seedFromBuild } from "../../src/preview/seed-from-build.ts";
import { ROOT, article, makeContent, tempDir } from "../helpers/site.ts";
import { assertSameTree } from "../helpers/trees.ts";

const STORY = "2024/01/02/story-1/index.html";

function content(): string {
  const files: Record<string, string> = { "_data/sources.yaml": "- name: AFP\n  url: https://www.afp.com\n" };
  for (let day = 1; day <= 9; day++) {
    files[`articles/2024/01/story-${day}.md`] = article(`title: "Story ${day}"\ndate: 2024-01-${String(day + 1).padStart(2, "0")}\nsource: AFP\ntags: [Iraq]`, `Body of story ${day}, about the harbour.`);
  }
  files["articles/2024/02/unfinished.md"] = article(`title: "An unfinished story"\ndate: 2024-02-01\nsource: AFP\ndraft: true`, "Not ready yet.");
  return makeContent(files);
}

const inode = (path: string) => statSync(path).ino;

describe("a preview started after a build", () => {
  let input: string;
  let work: string;
  let built: string;
  let cacheDir: string;
  before(async () => {
    input = content();
    work = tempDir("seed");
    built = join(work, "_site");
    cacheDir = join(work, "cache");
    const result = await buildSite({ input, output: built, cacheDir });
    assert.equal(result.ok, true, JSON.stringify(result.issues));
    await closeSearchIndexer();
  });

  it("writes only what differs from the build, indexes only the draft, and serves what a preview from nothing serves", async () => {
    const seededDir = join(work, "preview-seeded");
    const seeded = new PreviewSession(input, seededDir, ROOT, { cacheDir, seedFrom: built });
    assert.ok(seeded.seededFiles !== undefined && seeded.seededFiles > 20, "started from the build's files");
    const { report } = await seeded.rebuild();
    const total = report.written.length + report.kept;
    assert.ok(report.written.includes("2024/02/01/unfinished/index.html"), "the draft's page is written");
    assert.ok(report.written.length < total / 2, `${report.written.length} of ${total} files written`);
    const kept = Object.keys(report.manifest.files).filter((file) => !report.written.includes(file));
    assert.ok(kept.includes(STORY), "a story's page no draft touches is kept");
    for (const file of kept) assert.equal(inode(join(seededDir, file)), inode(join(built, file)), `${file} is the build's, linked`);
    assert.deepEqual(await seeded.updateSearch(), ["edits"], "the build's bundles are kept; the draft goes to the edits bundle");

    const freshDir = join(work, "preview-fresh");
    const fresh = new PreviewSession(input, freshDir, ROOT, { cacheDir: join(work, "fresh-cache") });
    assert.equal(fresh.seededFiles, undefined);
    await fresh.rebuild();
    assertSameTree(seededDir, freshDir, (file) => file.startsWith("pagefind/"));
    await closeSearchIndexer();
  });

  it("serves the build's folder until its own holds the site", async () => {
    const previewDir = join(work, "preview-folder");
    const session = new PreviewSession(input, previewDir, ROOT, { cacheDir, seedFrom: built });
    assert.equal(session.servedFolder(), built);
    assert.equal(session.holdsSite(), true);
    await session.rebuild();
    assert.equal(session.servedFolder(), previewDir);
    assert.equal(inode(join(previewDir, STORY)), inode(join(built, STORY)), "the first rebuild waited for the links");
  });

  it("writes every file when the build's cannot be linked", async () => {
    // A folder below a file cannot be made: the worker that links fails.
    const file = join(work, "a-file");
    writeFileSync(file, "");
    const seeding = seedFromBuild({ contentDir: input, buildDir: built, previewDir: join(file, "preview"), cacheDir });
    assert.ok(seeding);
    assert.equal(await seeding.linked, undefined);
  });

  it("starts from the build's ranking of related stories", async () => {
    const seeded = seedFromBuild({ contentDir: input, buildDir: built, previewDir: join(work, "preview-ranked"), cacheDir });
    await seeded?.linked;
    const ranking = seeded?.rankings["/"];
    assert.ok(ranking, "the build's ranking comes with its files");
    assert.deepEqual(
      ranking.lines.map(([url]) => url),
      Array.from({ length: 9 }, (_, i) => `/2024/01/${String(10 - i).padStart(2, "0")}/story-${9 - i}/`),
      "every published story, newest first",
    );
  });

  it("never changes the build's files when it writes over the ones it linked", async () => {
    const previewDir = join(work, "preview-edits");
    const builtStory = readFileSync(join(built, STORY));
    const session = new PreviewSession(input, previewDir, ROOT, { cacheDir, seedFrom: built });
    await session.rebuild();
    appendFileSync(join(input, "articles/2024/01/story-1.md"), "\nA sentence the preview adds.\n");
    const { report } = await session.rebuild();
    assert.ok(report.written.includes(STORY));
    assert.match(readFileSync(join(previewDir, STORY), "utf8"), /A sentence the preview adds/);
    assert.deepEqual(readFileSync(join(built, STORY)), builtStory, "the build's page is as the build wrote it");
  });

  it("does not start from a build of another content folder", () => {
    const other = content();
    assert.equal(new PreviewSession(other, join(work, "preview-other"), ROOT, { cacheDir, seedFrom: built }).seededFiles, undefined);
  });

  it("serves the build's pages before its first rebuild ends, and its own folder's on the next start", async () => {
    const previewDir = join(work, "preview-served");
    const start = async () => {
      const lines: string[] = [];
      const preview = await runPreview({ contentDir: input, outputDir: previewDir, projectRoot: ROOT, port: await freePort(), cacheDir, seedFrom: built, log: (line) => lines.push(line) });
      await preview.stop();
      await closeSearchIndexer();
      return lines;
    };
    const first = await start();
    const serving = first.findIndex((line) => /^Serving http:\/\/localhost:\d+\/ from the build while the first rebuild runs\.$/.test(line));
    const rebuilt = first.findIndex((line) => line.startsWith("Rebuilt in"));
    assert.ok(serving >= 0 && rebuilt > serving, first.join("\n"));
    const again = await start();
    assert.ok(again.some((line) => line.includes("from the last preview while the first rebuild runs")), again.join("\n"));

    const empty = join(work, "preview-empty");
    mkdirSync(empty);
    const lines: string[] = [];
    const preview = await runPreview({ contentDir: input, outputDir: empty, projectRoot: ROOT, port: await freePort(), cacheDir: join(work, "cache-empty"), log: (line) => lines.push(line) });
    await preview.stop();
    await closeSearchIndexer();
    assert.ok(!lines.some((line) => line.startsWith("Serving")), "an empty folder is served once it is written");
  });

  it("starts from its own folder, not the build, once it has one", () => {
    const previewDir = join(work, "preview-own");
    mkdirSync(previewDir, { recursive: true });
    writeFileSync(join(previewDir, "note.txt"), "something of the user's");
    assert.equal(new PreviewSession(input, previewDir, ROOT, { cacheDir, seedFrom: built }).seededFiles, undefined);
  });
});
