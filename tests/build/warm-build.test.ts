// A warm build rewrites only what changed, and its output is byte-identical to a clean
// build of the same content: after an edit, an addition, a deletion, a rename, a
// registry change and a settings change, on a generated archive.
import assert from "node:assert/strict";
import { appendFileSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { before, describe, it } from "node:test";
import { parse, stringify } from "yaml";
import { generateArchive } from "../../src/bench/generate-archive.ts";
import { buildSite } from "../../src/build.ts";
import { distrustManifest, loadManifest } from "../../src/output/manifest-store.ts";
import type { WriteReport } from "../../src/output/write-site.ts";
import { tempDir } from "../helpers/site.ts";
import { assertSameTree } from "../helpers/trees.ts";

function articleFiles(content: string): string[] {
  return readdirSync(join(content, "articles"), { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".md"))
    .sort();
}

describe("a warm build", () => {
  const root = tempDir("warm");
  const content = join(root, "content");
  const warm = join(root, "_site");
  const cache = join(root, "cache");

  let searchIndexed: string[] = [];
  const buildWarm = async (): Promise<WriteReport> => {
    const result = await buildSite({ input: content, output: warm, cacheDir: cache });
    assert.ok(result.ok, "the warm build succeeds");
    searchIndexed = result.searchIndexed;
    return result.report;
  };
  /** Builds the same content from nothing, with an empty cache, and compares. */
  const matchesCleanBuild = async (step: string) => {
    const clean = join(tempDir(`clean-${step}`), "_site");
    const result = await buildSite({ input: content, output: clean, cacheDir: join(tempDir("cache"), "cache") });
    assert.ok(result.ok, "the clean build succeeds");
    assertSameTree(warm, clean);
  };

  before(async () => {
    generateArchive({ dir: content, articles: 150, seed: 7 });
    await buildWarm();
  });

  it("writes nothing when nothing changed", async () => {
    const report = await buildWarm();
    assert.deepEqual(report.written, []);
    assert.deepEqual(report.removed, []);
    assert.deepEqual(searchIndexed, [], "no search bundle is indexed again");
    await matchesCleanBuild("unchanged");
  });

  it("writes again a page changed or removed in the output since the last build", async () => {
    writeFileSync(join(warm, "index.html"), "changed by hand");
    rmSync(join(warm, "about/index.html"));
    const report = await buildWarm();
    assert.deepEqual(report.written.sort(), ["about/index.html", "index.html"]);
    await matchesCleanBuild("by-hand");
  });

  it("rewrites an edited article's page and the pages showing it, not the others", async () => {
    const [edited, untouched] = articleFiles(content);
    appendFileSync(join(content, "articles", edited!), "\nA sentence added in an edit.\n");
    const report = await buildWarm();
    const articlePages = report.written.filter((file) => /^\d{4}\/\d{2}\/\d{2}\//.test(file));
    // The body changed, not the summary: listings and related-story boxes stay as they were.
    assert.deepEqual(articlePages.length, 1, `only the article's own page, got ${articlePages.join(", ")}`);
    assert.ok(!report.written.some((file) => file.includes(untouched!.replace(/^.*\//, "").replace(/\.md$/, "/"))), "an unrelated story is not rewritten");
    assert.ok(report.written.length <= 4, `the page, the full-text feeds and its year's stories file (its word count) at most, got ${report.written.join(", ")}`);
    await matchesCleanBuild("edit");
  });

  it("adds a new article", async () => {
    mkdirSync(join(content, "articles/2030/01"), { recursive: true });
    writeFileSync(
      join(content, "articles/2030/01/a-story-from-the-future.md"),
      `---\ntitle: "A story added later"\ndate: 2030-01-02\nsource: AFP\nentities:\n  places: [Baghdad]\n---\nBody of the added story.\n`,
    );
    const report = await buildWarm();
    assert.ok(report.written.includes("2030/01/02/a-story-from-the-future/index.html"));
    // Its neighbours' pages change (older/newer links, related stories) but not what search indexes of them.
    assert.deepEqual(searchIndexed, ["2030"], "only the new story's bundle is indexed");
    await matchesCleanBuild("addition");
  });

  it("removes a deleted article's page", async () => {
    rmSync(join(content, "articles/2030/01/a-story-from-the-future.md"));
    const report = await buildWarm();
    assert.ok(report.removed.includes("2030/01/02/a-story-from-the-future/index.html"));
    await matchesCleanBuild("deletion");
  });

  it("moves a renamed article", async () => {
    const [, second] = articleFiles(content);
    renameSync(join(content, "articles", second!), join(content, "articles", second!.replace(/[^/]+\.md$/, "renamed-story.md")));
    const report = await buildWarm();
    assert.ok(report.written.some((file) => file.endsWith("/renamed-story/index.html")));
    assert.equal(report.removed.filter((file) => file.endsWith("index.html") && /^\d{4}\/\d{2}\/\d{2}\//.test(file)).length, 1);
    await matchesCleanBuild("rename");
  });

  it("follows a change to the registry", async () => {
    const registry = join(content, "_data/entities.yaml");
    const named = /people: \["([^"]+)"/.exec(readFileSync(join(content, "articles", articleFiles(content)[0]!), "utf8"))![1]!;
    const entries = parse(readFileSync(registry, "utf8")) as { name: string; description?: string }[];
    const entry = entries.find((candidate) => candidate.name === named);
    assert.ok(entry, `${named} is registered`);
    entry.description = "A description changed by an editor.";
    writeFileSync(registry, stringify(entries));
    const report = await buildWarm();
    assert.ok(report.written.some((file) => file.startsWith("people/")), `the person's page is rewritten, got ${report.written.slice(0, 5).join(", ")}`);
    await matchesCleanBuild("registry");
  });

  const storyAddedThenRemoved = async (name: string, thenBeforeBuild: () => void) => {
    const file = join(content, `articles/2030/02/${name}.md`);
    mkdirSync(join(content, "articles/2030/02"), { recursive: true });
    writeFileSync(file, `---\ntitle: "A story taken down"\ndate: 2030-02-03\nsource: AFP\n---\nBody of a story that must not stay online.\n`);
    await buildWarm();
    assert.ok(readdirSync(join(warm, "2030/02/03")).includes(name));
    rmSync(file);
    thenBeforeBuild();
    const report = await buildWarm();
    assert.ok(report.removed.includes(`2030/02/03/${name}/index.html`), `removed: ${report.removed.join(", ")}`);
    await matchesCleanBuild(name);
  };

  it("removes a deleted story after a build that was killed half-way, and what that build left", async () => {
    await storyAddedThenRemoved("killed-build-story", () => {
      // What a killed build leaves: the record it saved as it started, and a file it was writing.
      distrustManifest(warm, loadManifest(warm, cache), cache);
      writeFileSync(join(warm, "2030/02/03/killed-build-story/index.html.annals-99999999.tmp"), "");
    });
  });

  it("removes a deleted story when the record of the last build is lost", async () => {
    await storyAddedThenRemoved("lost-record-story", () => rmSync(join(cache, "outputs"), { recursive: true, force: true }));
  });

  it("rewrites every page when a setting changes", async () => {
    const settings = join(content, "_data/site.yaml");
    writeFileSync(settings, readFileSync(settings, "utf8").replace(/^title: .*$/m, "title: A renamed archive"));
    const report = await buildWarm();
    assert.ok(report.written.includes("index.html") && report.written.some((file) => file.endsWith("/index.html") && /^\d{4}\/\d{2}\/\d{2}\//.test(file)));
    await matchesCleanBuild("settings");
  });
});
