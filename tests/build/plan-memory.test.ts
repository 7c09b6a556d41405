// The preview plans the site again on every save, reusing what the last plan grouped
// when only article bodies changed. Whatever it reuses, each plan must describe the
// same files, with the same fingerprints and bytes, as a plan made from nothing.
import assert from "node:assert/strict";
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { describe, it } from "node:test";
import { generateArchive } from "../../src/bench/generate-archive.ts";
import { PlanMemory, planSite, type SitePlan } from "../../src/output/plan-site.ts";
import type { OutputFile } from "../../src/output/write-site.ts";
import { ROOT, tempDir } from "../helpers/site.ts";

const NOW = new Date("2026-11-27T12:00:00Z");

async function plan(contentDir: string, memory?: PlanMemory, changedArticleFiles?: ReadonlySet<string>): Promise<SitePlan> {
  const { plan, issues } = await planSite(
    { projectRoot: ROOT, contentDir, includeDrafts: true, keepGoing: true, hostedPages: async () => [], now: NOW, ...(changedArticleFiles ? { changedArticleFiles } : {}) },
    memory,
  );
  const errors = issues.filter((issue) => issue.severity === "error");
  assert.deepEqual(errors, [], "the content stays valid");
  assert.ok(plan);
  return plan;
}

/** The slice of the home page's last page, which holds the oldest stories. */
const lastHomePage = (plan: SitePlan) => plan.routes.filter((route) => route.kind === "home").at(-1)!.slice;
const fingerprints = (plan: SitePlan) => new Map(plan.outputs.map((output) => [output.file, output.fingerprint]));

async function bytesOf(output: OutputFile): Promise<string> {
  const produced = await output.produce();
  return typeof produced === "string" ? produced : "copyFrom" in produced ? `copy of ${produced.copyFrom}` : Buffer.from(produced).toString("base64");
}

/** The files whose fingerprint differs between two plans. */
function changedFiles(before: SitePlan, after: SitePlan): string[] {
  const earlier = fingerprints(before);
  return after.outputs.filter((output) => earlier.get(output.file) !== output.fingerprint).map((output) => output.file);
}

/** The remembering plan describes the same files as a plan from nothing, and the changed ones with the same bytes. */
async function assertSameAsFresh(remembered: SitePlan, previous: SitePlan, contentDir: string): Promise<void> {
  const fresh = await plan(contentDir);
  assert.deepEqual(fingerprints(remembered), fingerprints(fresh), "the same files and fingerprints as a plan from nothing");
  const freshOutputs = new Map(fresh.outputs.map((output) => [output.file, output]));
  for (const output of remembered.outputs.filter((output) => changedFiles(previous, remembered).includes(output.file))) {
    assert.equal(await bytesOf(output), await bytesOf(freshOutputs.get(output.file)!), `${output.file} is rendered from the new content`);
  }
}

describe("planning again in the preview", () => {
  const content = join(tempDir("plan-memory"), "content");
  generateArchive({ dir: content, articles: 150, seed: 7 });
  const stories = readdirSync(join(content, "articles"), { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".md"))
    .sort()
    .map((file) => join(content, "articles", file));
  const newest = stories.at(-1)!;
  const older = stories[3]!;
  const memory = new PlanMemory();
  const edit = (file: string, change: (text: string) => string) => writeFileSync(file, change(readFileSync(file, "utf8")));

  it("reuses the grouped pages after a body edit, and rewrites only the pages that show that body", async () => {
    const first = await plan(content, memory);
    edit(newest, (text) => `${text}\nA sentence about a walrus.\n`);
    const second = await plan(content, memory, new Set([newest]));
    assert.equal(lastHomePage(second), lastHomePage(first), "a page without the story was reused, not grouped again");
    const storyPage = second.routes.find((route) => route.kind === "article" && route.slice.article.inputPath.endsWith(basename(newest)))!.file;
    const changed = changedFiles(first, second);
    const storiesFile = `data/stories-${storyPage.slice(0, 4)}.jsonl`;
    assert.deepEqual(
      changed.filter((file) => !file.endsWith("feed.xml") && !file.endsWith("feed.json") && file !== storiesFile),
      [storyPage],
      "the story's own page, and no other page besides the full-text feeds and its year's open data",
    );
    assert.ok(changed.includes("feed.xml"), `the site's full-text feed carries the new body: ${changed.join(" ")}`);
    assert.ok(changed.includes(storiesFile), `the year's stories file carries the new word count: ${changed.join(" ")}`);
    await assertSameAsFresh(second, first, content);
  });

  it("keeps every route, sitemap and output of a page the save left alone as the object it was", async () => {
    const before = await plan(content, memory);
    edit(older, (text) => `${text}\nA line that moves nothing.\n`);
    const after = await plan(content, memory, new Set([older]));
    const earlier = new Set<object>(before.routes);
    // Small files made from a few values each plan (the search page's months, robots.txt, the news sitemap ...) are routed again, cheaply.
    const small = new Set(["search", "notFound", "newsSitemap", "robots", "headers", "buildRecord", "redirects"]);
    const made = after.routes.filter((route) => !earlier.has(route) && !small.has(route.kind)).map((route) => route.file);
    const storyPage = after.routes.find((route) => route.kind === "article" && route.slice.article.inputPath.endsWith(basename(older)))!.file;
    assert.ok(made.includes(storyPage), "the story's page is routed again");
    assert.deepEqual(made.filter((file) => file !== storyPage && !/feed\.(xml|json)$/.test(file) && !file.startsWith("data/")), [], "no other page, sitemap or index is routed again");
    const outputs = new Set<object>(before.outputs);
    assert.ok(after.outputs.filter((output) => !outputs.has(output)).length <= made.length + small.size, "nor given a new output");
    await assertSameAsFresh(after, before, content);
  });

  it("matches a plan from nothing after the same story's body changes again, and another's", async () => {
    const before = await plan(content, memory);
    edit(newest, (text) => text.replace("a walrus", "a narwhal"));
    edit(older, (text) => `${text}\nAnother closing line.\n`);
    const after = await plan(content, memory, new Set([newest, older]));
    await assertSameAsFresh(after, before, content);
  });

  it("reads only the files the watcher names as changed in place, and every file when it names none", async () => {
    const before = await plan(content, memory);
    edit(older, (text) => `${text}\nA line the watcher did not report.\n`);
    const hinted = await plan(content, memory, new Set());
    assert.deepEqual(changedFiles(before, hinted), [], "an unnamed file is not read again");
    const full = await plan(content, memory);
    assert.ok(changedFiles(before, full).length > 0, "without names, the edit is found");
    await assertSameAsFresh(full, before, content);
  });

  it("keeps the groupings when a story's headline changes, showing it wherever the story stands, and matches a plan from nothing", async () => {
    const before = await plan(content, memory);
    edit(newest, (text) => text.replace(/^title: .*$/m, 'title: "A new headline for this story"'));
    const after = await plan(content, memory, new Set([newest]));
    const untouched = (plan: SitePlan) => plan.routes.find((route) => route.kind === "month" && route.slice.items.every((item) => ![newest, older].some((file) => basename(file) === basename(item.inputPath))))!;
    assert.equal(untouched(after).slice, untouched(before).slice, "not grouped again: a month without either edited story is the same object");
    assert.ok(changedFiles(before, after).includes("index.html"), "the home page shows the new headline");
    await assertSameAsFresh(after, before, content);
  });

  it("keeps the groupings when an older story's summary changes, and matches a plan from nothing", async () => {
    const before = await plan(content, memory);
    edit(older, (text) => text.replace(/^summary: .*\n/m, "").replace(/^---\n/, '---\nsummary: "A summary written in the preview."\n'));
    const after = await plan(content, memory, new Set([older]));
    assert.equal(lastHomePage(after).url, lastHomePage(before).url);
    const changed = changedFiles(before, after);
    assert.ok(changed.length > 1 && changed.length < 40, `the story's own page and the listings that show it: ${changed.join(", ")}`);
    await assertSameAsFresh(after, before, content);
  });

  for (const [what, change] of [
    ["date", (text: string) => text.replace(/^date: (\d{4})-/m, (_, year: string) => `date: ${Number(year) - 1}-`)],
    ["tags", (text: string) => text.replace(/^tags: \[/m, 'tags: ["a-tag-added-in-the-preview", ')],
    ["people", (text: string) => text.replace(/^entities:\n/m, 'entities:\n  people: ["Zaid Named-In-The-Preview"]\n').replace(/^(entities:\n  people: \[.*\]\n)  people: .*\n/m, "$1")],
  ] as const) {
    it(`groups the archive again when a story's ${what} changes, and matches a plan from nothing`, async () => {
      const before = await plan(content, memory);
      edit(older, change);
      const after = await plan(content, memory, new Set([older]));
      assert.notEqual(lastHomePage(after), lastHomePage(before), "grouped again");
      await assertSameAsFresh(after, before, content);
    });
  }

  it("keeps every group a moved story is not in as it was when the archive is grouped again", async () => {
    const before = await plan(content, memory);
    const storyOf = (plan: SitePlan) => plan.articles.find((article) => article.inputPath.endsWith(basename(older)))!;
    const moved = storyOf(before);
    edit(older, (text) => text.replace(/^date: (\d{4})-/m, (_, year: string) => `date: ${Number(year) + 1}-`));
    const after = await plan(content, memory, new Set([older]));
    const elsewhere = (plan: SitePlan) =>
      plan.routes.filter((route) => (route.kind === "source" && route.slice.subject.url !== moved.source.url) || (route.kind === "entity" && !storyOf(plan).people.concat(storyOf(plan).organizations, storyOf(plan).places).some((entity) => entity.url === route.slice.subject.url)));
    const earlier = new Map(elsewhere(before).map((route) => [route.file, route.slice]));
    assert.ok(earlier.size > 10);
    for (const route of elsewhere(after)) assert.equal(route.slice, earlier.get(route.file), `${route.file} is the page it was`);
    await assertSameAsFresh(after, before, content);
  });

  it("shows new headlines on the pages that hold the story after the archive was grouped again around them, and matches a plan from nothing", async () => {
    const retitled = stories[5]!;
    await plan(content, memory);
    // A story moved a year on: the pages after it in its listings stand elsewhere now.
    edit(older, (text) => text.replace(/^date: (\d{4})-/m, (_, year: string) => `date: ${Number(year) + 1}-`));
    await plan(content, memory, new Set([older]));
    await memory.indexStories();
    for (const headline of ["A headline after the move", "A second headline in a row"]) {
      const before = await plan(content, memory);
      edit(retitled, (text) => text.replace(/^title: .*$/m, `title: "${headline}"`));
      const after = await plan(content, memory, new Set([retitled]));
      assert.ok(changedFiles(before, after).length > 1, "the story's own page and the pages that show it");
      await assertSameAsFresh(after, before, content);
    }
  });

  it("notes a name a save adds as a plan from nothing does, and keeps the notes when a save names no new one", async () => {
    const notes = async (memory?: PlanMemory, changed?: ReadonlySet<string>) => {
      const { issues } = await planSite({ projectRoot: ROOT, contentDir: content, includeDrafts: true, keepGoing: true, hostedPages: async () => [], now: NOW, ...(changed ? { changedArticleFiles: changed } : {}) }, memory);
      assert.deepEqual(issues.filter((issue) => issue.severity === "error"), [], "the content stays valid");
      return issues.filter((issue) => issue.severity === "note");
    };
    await notes(memory);
    edit(newest, (text) => text.replace(/^entities:\n/m, 'entities:\n  places: ["Qasr Unregistered"]\n').replace(/^(entities:\n  places: \[.*\]\n)((?:  .*\n)*?)  places: .*\n/m, "$1$2"));
    const added = await notes(memory, new Set([newest]));
    assert.ok(added.some((note) => note.message.includes("Qasr Unregistered")), "the new name is noted");
    assert.deepEqual(added, await notes(), "the same notes as a plan from nothing");
    edit(newest, (text) => text.replace(/^title: "?/m, 'title: "Renamed '));
    assert.deepEqual(await notes(memory, new Set([newest])), added, "a new headline leaves the notes as they were");
  });

  it("matches a plan from nothing after a story is deleted", async () => {
    const before = await plan(content, memory);
    rmSync(stories[10]!);
    const after = await plan(content, memory);
    await assertSameAsFresh(after, before, content);
  });
});
