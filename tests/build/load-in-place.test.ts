// A save in the preview that leaves every story where it stood (a new body, headline or
// summary) is loaded from the last load: the saved files alone are read, checked and
// resolved, and the archive is the same as a load from nothing.
import assert from "node:assert/strict";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { generateArchive } from "../../src/bench/generate-archive.ts";
import type { Archive } from "../../src/content/archive.ts";
import { collectArchive } from "../../src/content/load-archive.ts";
import { LoadMemory } from "../../src/content/load-in-place.ts";
import { siteAssets } from "../../src/output/assets.ts";
import { ROOT, tempDir } from "../helpers/site.ts";

const NOW = new Date("2026-11-27T12:00:00Z");

describe("loading a save in place", () => {
  const content = join(tempDir("load-in-place"), "content");
  generateArchive({ dir: content, articles: 60, seed: 11 });
  const files = readdirSync(join(content, "articles"), { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".md"))
    .sort()
    .map((file) => join(content, "articles", file));
  const memory = new LoadMemory();
  const load = (changed?: ReadonlySet<string>, withMemory = true): Archive => {
    const { archive, issues } = collectArchive({ projectRoot: ROOT, contentDir: content, includeDrafts: true, keepGoing: true, assets: siteAssets().urls, now: NOW, ...(withMemory ? { memory } : {}), ...(changed ? { changedArticleFiles: changed } : {}) });
    assert.deepEqual(issues.filter((issue) => issue.severity === "error"), [], "the content stays valid");
    assert.ok(archive);
    return archive;
  };
  const edit = (file: string, change: (text: string) => string) => writeFileSync(file, change(readFileSync(file, "utf8")));
  const assertSameAsFresh = (archive: Archive) => {
    const fresh = load(undefined, false);
    assert.deepEqual(archive.articles, fresh.articles, "the same stories, in the same order, as a load from nothing");
    assert.deepEqual(archive.issues, fresh.issues, "the same issues, in the same order");
    assert.deepEqual(archive.bodyLinks, fresh.bodyLinks);
  };

  for (const [what, change] of [
    ["body", (text: string) => `${text}\nA paragraph with [a link](https://example.org/added).\n`],
    ["headline", (text: string) => text.replace(/^title: .*$/m, 'title: "A headline saved in place"')],
    ["summary", (text: string) => text.replace(/^summary: .*\n/m, "").replace(/^---\n/, '---\nsummary: "A summary saved in place."\n')],
    ["date", (text: string) => text.replace(/^date: (\d{4})-/m, (_, year: string) => `date: ${Number(year) - 1}-`)],
  ] as const) {
    it(`takes a new ${what} from the saved file alone, keeping every other story and the registry as they were`, () => {
      const before = load();
      const file = files[7]!;
      edit(file, change);
      const after = load(new Set([file]));
      assert.equal(after.entities, before.entities, "the registry is not listed again");
      const earlier = new Set(before.articles);
      const changed = after.articles.filter((article) => !earlier.has(article));
      assert.deepEqual(changed.map((article) => article.inputPath), [before.articles.find((article) => file.endsWith(article.inputPath.replace(/^.*\/articles\//, "")))!.inputPath], "only the saved story is a new object");
      assertSameAsFresh(after);
    });
  }

  for (const [what, change] of [
    ["source", (text: string) => text.replace(/^source: .*$/m, "source: A Source Named In Place")],
    ["old addresses", (text: string) => text.replace(/^---\n/, "---\nredirect_from: [/an/old/address/]\n")],
  ] as const) {
    it(`loads the archive whole when a save changes a story's ${what}, as a load from nothing does`, () => {
      const before = load();
      edit(files[12]!, change);
      const after = load(new Set([files[12]!]));
      assert.notEqual(after.entities, before.entities, "loaded whole");
      assertSameAsFresh(after);
    });
  }

  it("loads the archive whole when a save moves a story to the address of another, and reports the clash as a load from nothing does", () => {
    const before = load();
    const [mover, other] = [before.articles[5]!, before.articles[9]!];
    const file = files.find((path) => path.endsWith(mover.inputPath.replace(/^.*\/articles\//, "")))!;
    const text = readFileSync(file, "utf8");
    writeFileSync(file, text.replace(/^date: .*$/m, `date: ${other.date.iso.slice(0, 10)}`).replace(/^---\n/, `---\nslug: ${other.slug}\n`));
    const options = { projectRoot: ROOT, contentDir: content, includeDrafts: true, keepGoing: true, assets: siteAssets().urls, now: NOW };
    const { issues } = collectArchive({ ...options, memory, changedArticleFiles: new Set([file]) });
    assert.ok(issues.some((issue) => issue.severity === "error" && issue.field === "slug"), "the clash is reported");
    assert.deepEqual(issues, collectArchive(options).issues);
    writeFileSync(file, text);
    assertSameAsFresh(load());
  });

  it("loads the archive whole after a save that breaks a story, and in place again once it is mended", () => {
    load();
    const file = files[20]!;
    const text = readFileSync(file, "utf8");
    writeFileSync(file, text.replace(/^date: .*$/m, "date: not-a-date"));
    const { issues } = collectArchive({ projectRoot: ROOT, contentDir: content, includeDrafts: true, keepGoing: true, assets: siteAssets().urls, now: NOW, memory, changedArticleFiles: new Set([file]) });
    assert.ok(issues.some((issue) => issue.severity === "error" && issue.field === "date"), "the broken date is reported");
    writeFileSync(file, text);
    const mended = load(new Set([file]));
    assertSameAsFresh(mended);
    edit(file, (current) => current.replace(/^title: .*$/m, 'title: "Mended, then retitled"'));
    const retitled = load(new Set([file]));
    assert.equal(retitled.entities, mended.entities, "in place again");
    assertSameAsFresh(retitled);
  });
});
