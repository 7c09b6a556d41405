// The Pagefind index a build writes, and the markup it is built from.
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { parseArticleDate } from "../../src/dates.ts";
import { AnnalsError } from "../../src/errors.ts";
import { closeSearchIndexer, EDITS_LIMIT, planSearchBundles, writeSearchBundles, type PlannedArticle } from "../../src/search/bundles.ts";
import { bundleManifest, bundlePeriods, folderOf, indexedPages } from "../helpers/search-index.ts";
import { buildFixture, sitemapFiles, tempDir, text, writeFiles, type BuiltSite } from "../helpers/site.ts";

describe("the search index of a build", () => {
  let site: BuiltSite;
  before(async () => {
    site = await buildFixture("browse");
    assert.ok(site.result.ok, JSON.stringify(site.result.issues));
  });

  it("indexes the article pages and nothing else, in bundles of one language listed newest first", () => {
    assert.deepEqual(indexedPages(site.output), { en: 6 });
    // The fixture's stories fall in 2021 and 2022: a bundle a year, at the default cap.
    assert.deepEqual(bundlePeriods(site.output).bundles, ["2022", "2021"]);
    const folders = readdirSync(join(site.output, "pagefind")).sort();
    assert.deepEqual(folders, [...bundleManifest(site.output).bundles, "bundles.json"].sort(), "nothing else is left in pagefind/");
    const files = readdirSync(join(site.output, "pagefind", folderOf(site.output, "2021")));
    assert.ok(files.includes("pagefind.js") && files.includes("pagefind-worker.js"), files.join(" "));
    assert.ok(!files.some((file) => file.includes("-ui.")), `Pagefind's unused UI bundles are not shipped: ${files.join(" ")}`);
  });

  it("indexes every name the registry knows for the entities an article names, out of the reader's sight", () => {
    const fields = site.page("/2021/01/10/a1/").querySelector("article [hidden][data-pagefind-ignore]");
    assert.ok(fields, "the search-only fields are hidden and not part of the indexed text");
    assert.equal(
      text(fields.querySelector('[data-pagefind-meta="names"]')),
      "Moqtada Al-Sadr = Muqtada al-Sadr = Al-Sadr | Daesh = ISIS = Islamic State",
    );
  });

  it("files each article under its canonical names, year, month, source and tags, sorted by date", () => {
    const page = site.page("/2021/01/10/a1/");
    const facets = page.querySelectorAll("[data-pagefind-filter]").map((element) => {
      const filter = element.getAttribute("data-pagefind-filter") ?? "";
      return filter.includes(":") ? filter : `${filter}:${text(element)}`;
    });
    assert.deepEqual(facets.sort(), [
      "month:2021-01",
      "organization:Daesh",
      "person:Moqtada Al-Sadr",
      "place:Iraq",
      "place:Mosul",
      "source:AFP",
      "tag:militias",
      "year:2021",
    ]);
    assert.equal(page.querySelector("[data-pagefind-sort]")?.getAttribute("data-pagefind-sort"), "date:20210110T000000Z");
    assert.ok(page.querySelector("article[data-pagefind-body]"), "only the article is the indexed body");
    assert.equal(page.querySelectorAll("[data-pagefind-body]").length, 1);
  });

  it("offers a search box in every page's header and a search within each entity", () => {
    for (const url of ["/", "/2021/01/10/a1/", "/tags/", "/search/"]) {
      const form = site.page(url).querySelector('header form[role="search"]');
      assert.equal(form?.getAttribute("action"), "/search/", url);
      assert.ok(form?.querySelector('label[for="site-search"]'), `${url} labels its search box`);
    }
    const entityForm = site.page("/people/moqtada-al-sadr/").querySelector('main form[role="search"]');
    assert.equal(entityForm?.querySelector('input[type="hidden"]')?.getAttribute("name"), "person");
    assert.equal(entityForm?.querySelector('input[type="hidden"]')?.getAttribute("value"), "Moqtada Al-Sadr");
  });

  it("keeps the search page out of the sitemap and search engines", () => {
    assert.ok(!sitemapFiles(site).some((sitemap) => sitemap.includes("/search/")));
    assert.equal(site.page("/search/").querySelector('meta[name="robots"]')?.getAttribute("content"), "noindex");
  });
});

describe("writing the search bundles", () => {
  const page = (title: string) =>
    `<!doctype html><html lang="en"><body><article data-pagefind-body><h1 data-pagefind-meta="title">${title}</h1><p>${title} body.</p></article></body></html>`;
  const story = (day: string, slug: string): PlannedArticle => {
    const parsed = parseArticleDate(day);
    assert.ok(parsed.ok);
    return { url: `/${day.replace(/-/g, "/")}/${slug}/`, date: parsed.date };
  };
  const articles = [story("2021-03-01", "a"), story("2021-04-01", "b"), story("2022-05-01", "c")];
  let output: string;
  before(() => {
    output = tempDir("bundles");
    writeFiles(output, Object.fromEntries(articles.map((article) => [`${article.url.slice(1)}index.html`, page(article.url)])));
  });
  after(() => closeSearchIndexer());

  it("indexes each bundle as soon as its own pages are on disk, while the others are still being written", async () => {
    const dir = tempDir("bundles-as-written");
    const bundles = planSearchBundles(articles);
    const written = new Set<string>();
    // Plays the writer: a bundle's pages land only when the indexer asks for them, newest bundle first.
    const pagesWritten = async (urls: readonly string[]) => {
      const files = Object.fromEntries(urls.map((url) => [`${url.slice(1)}index.html`, page(url)]));
      writeFiles(dir, files);
      for (const url of urls) written.add(url);
      await new Promise((resolve) => setImmediate(resolve));
    };
    const result = await writeSearchBundles({ outputDir: dir, language: "en", bundles, changed: "all", pagesWritten });
    assert.deepEqual(result.indexed, ["2022", "2021"]);
    assert.equal(written.size, articles.length);
    assert.deepEqual(bundlePeriods(dir), { bundles: ["2022", "2021"], pages: [1, 2] });
  });

  it("keeps the manifest and the bundles it names in step when indexing stops half-way", async () => {
    const dir = tempDir("bundles-stopped");
    writeFiles(dir, Object.fromEntries(articles.map((article) => [`${article.url.slice(1)}index.html`, page(article.url)])));
    await writeSearchBundles({ outputDir: dir, language: "en", bundles: planSearchBundles(articles), changed: "all" });
    const added = [...articles, story("2022-06-01", "d")];
    writeFiles(dir, { "2022/06/01/d/index.html": page("/2022/06/01/d/") });
    // Stopped (as by a kill) once 2022 is indexed again, before 2021 and the manifest.
    const stopAt2021 = async (urls: readonly string[]) => {
      if (urls.some((url) => url.startsWith("/2021/"))) throw new Error("stopped");
    };
    await assert.rejects(writeSearchBundles({ outputDir: dir, language: "en", bundles: planSearchBundles(added), changed: "all", pagesWritten: stopAt2021 }), /stopped/);
    const manifest = bundleManifest(dir);
    const entryCounts = manifest.bundles.map((folder) => {
      const entry = JSON.parse(readFileSync(join(dir, "pagefind", folder, "pagefind-entry.json"), "utf8")) as { languages: Record<string, { page_count: number }> };
      return entry.languages["en"]?.page_count;
    });
    assert.deepEqual(entryCounts, manifest.pages, "every bundle the manifest names holds the stories it counts");
    assert.deepEqual(manifest.pages, [1, 2]);
    // The next run finishes the change and leaves nothing else behind.
    await writeSearchBundles({ outputDir: dir, language: "en", bundles: planSearchBundles(added), changed: new Set(["2022"]) });
    assert.deepEqual(bundlePeriods(dir), { bundles: ["2022", "2021"], pages: [2, 2] });
    assert.deepEqual(readdirSync(join(dir, "pagefind")).sort(), [...bundleManifest(dir).bundles, "bundles.json"].sort());
  });

  it("indexes only the bundles asked for, and any planned bundle missing on disk", async () => {
    const bundles = planSearchBundles(articles);
    assert.deepEqual((await writeSearchBundles({ outputDir: output, language: "en", bundles, changed: "all" })).indexed, ["2022", "2021"]);
    const untouched = statSync(join(output, "pagefind", folderOf(output, "2022"), "pagefind-entry.json")).mtimeMs;
    rmSync(join(output, "pagefind", folderOf(output, "2021")), { recursive: true });
    const again = await writeSearchBundles({ outputDir: output, language: "en", bundles, changed: new Set() });
    assert.deepEqual(again.indexed, ["2021"]);
    assert.equal(statSync(join(output, "pagefind", folderOf(output, "2022"), "pagefind-entry.json")).mtimeMs, untouched, "2022 was left as it was");
    assert.deepEqual(bundlePeriods(output), { bundles: ["2022", "2021"], pages: [1, 2] });
  });

  it("removes bundles no longer planned, after the manifest stops naming them", async () => {
    const remaining = articles.filter((article) => article.date.year === 2021);
    const folder2022 = folderOf(output, "2022");
    const written = await writeSearchBundles({ outputDir: output, language: "en", bundles: planSearchBundles(remaining), changed: new Set() });
    assert.deepEqual(written.removed, [folder2022]);
    assert.deepEqual(readdirSync(join(output, "pagefind")).sort(), [folderOf(output, "2021"), "bundles.json"]);
    assert.deepEqual(indexedPages(output), { en: 2 });
  });

  it("splits a bundle's word index into small chunks, so a first search downloads little of each bundle", async () => {
    // 30 stories of 400 words each, none shared: 12,000 word positions, one chunk at Pagefind's default size.
    const word = (n: number) => Array.from({ length: 4 }, (_, i) => String.fromCharCode(97 + (Math.floor(n / 26 ** i) % 26))).join("");
    const many = Array.from({ length: 30 }, (_, i) => story(`2019-01-${String(i + 1).padStart(2, "0")}`, `s${i}`));
    const dir = tempDir("chunks");
    writeFiles(dir, Object.fromEntries(many.map((article, i) => [
      `${article.url.slice(1)}index.html`,
      `<!doctype html><html lang="en"><body><article data-pagefind-body><p>${Array.from({ length: 400 }, (_, j) => word(i * 400 + j)).join(" ")}</p></article></body></html>`,
    ])));
    await writeSearchBundles({ outputDir: dir, language: "en", bundles: planSearchBundles(many), changed: "all" });
    const chunks = readdirSync(join(dir, "pagefind", folderOf(dir, "2019"), "index")).length;
    assert.ok(chunks >= 4, `the word index is split into ${chunks} chunks`);
  });

  it("indexes a bundle of more pages than one glob can name", async () => {
    // 3,000 pages with long addresses: one glob naming them all is over 300,000 characters, which Pagefind cannot parse.
    const dir = tempDir("big-bundle");
    const urls = Array.from({ length: 3000 }, (_, i) => `/2019/${String(1 + (i % 12)).padStart(2, "0")}/${String(1 + (i % 28)).padStart(2, "0")}/a-rather-long-headline-for-the-story-numbered-${i}-of-the-generated-archive/`);
    writeFiles(dir, Object.fromEntries(urls.map((url, i) => [`${url.slice(1)}index.html`, page(`Story ${i}`)])));
    const written = await writeSearchBundles({ outputDir: dir, language: "en", bundles: [{ id: "2019", articleUrls: urls }], changed: "all" });
    assert.deepEqual(written.indexed, ["2019"]);
    assert.deepEqual(bundleManifest(dir).pages, [urls.length]);
  });

  it("stops with an error naming the page and the bundle when a page is not written", async () => {
    const missing = [...articles, story("2023-01-01", "never-written")];
    await assert.rejects(
      writeSearchBundles({ outputDir: output, language: "en", bundles: planSearchBundles(missing), changed: new Set(["2023"]) }),
      (error: Error) => error instanceof AnnalsError && /\/2023\/01\/01\/never-written\/ \(bundle 2023\)/.test(error.message),
    );
  });
});

describe("writing a change into the edits bundle", () => {
  const page = (text: string) =>
    `<!doctype html><html lang="en"><body><article data-pagefind-body><h1 data-pagefind-meta="title">${text}</h1><p>${text} body.</p></article></body></html>`;
  const story = (day: string, slug: string): PlannedArticle => {
    const parsed = parseArticleDate(day);
    assert.ok(parsed.ok);
    return { url: `/${day.replace(/-/g, "/")}/${slug}/`, date: parsed.date };
  };
  const write = (output: string, articles: readonly PlannedArticle[], text = (url: string) => url) =>
    writeFiles(output, Object.fromEntries(articles.map((article) => [`${article.url.slice(1)}index.html`, page(text(article.url))])));
  after(() => closeSearchIndexer());

  it("indexes only the changed stories, hides their stale copies, and folds them back past the limit", async () => {
    const output = tempDir("edits");
    const articles = [story("2021-03-01", "a"), story("2021-04-01", "b"), story("2022-05-01", "c")];
    write(output, articles);
    await writeSearchBundles({ outputDir: output, language: "en", bundles: planSearchBundles(articles), changed: "all" });
    const untouched = statSync(join(output, "pagefind", folderOf(output, "2021"), "pagefind-entry.json")).mtimeMs;

    // An edit, an addition and a deletion: the 2021 and 2022 bundles stay as they are.
    const next = [articles[0]!, story("2021-06-01", "new"), articles[2]!];
    write(output, next, (url) => `${url} edited`);
    const edited = await writeSearchBundles({
      outputDir: output,
      language: "en",
      bundles: planSearchBundles(next),
      changed: new Set(),
      changedUrls: new Set(["/2021/03/01/a/", "/2021/06/01/new/", "/2021/04/01/b/"]),
    });
    assert.deepEqual(edited.indexed, ["edits"]);
    assert.equal(statSync(join(output, "pagefind", folderOf(output, "2021"), "pagefind-entry.json")).mtimeMs, untouched);
    const manifest = bundlePeriods(output);
    assert.deepEqual(manifest.bundles, ["edits", "2022", "2021"]);
    assert.deepEqual(manifest.edits, ["/2021/03/01/a/", "/2021/06/01/new/"]);
    assert.deepEqual(Object.keys(manifest.hidden ?? {}), ["2021"]);
    assert.equal(manifest.hidden?.["2021"]?.length, 2, "the edited and the deleted story's copies are hidden");
    assert.deepEqual(indexedPages(output), { en: 5 }, "2 in the edits bundle, 3 indexed before");

    // Another change keeps the earlier edits in the edits bundle, and the earlier edits folder
    // until the next change: a search page that read the last manifest still finds it.
    const firstEdits = bundleManifest(output).bundles[0]!;
    const again = await writeSearchBundles({ outputDir: output, language: "en", bundles: planSearchBundles(next), changed: new Set(), changedUrls: new Set(["/2022/05/01/c/"]) });
    assert.deepEqual(again.indexed, ["edits"]);
    assert.deepEqual(bundleManifest(output).edits, ["/2022/05/01/c/", "/2021/03/01/a/", "/2021/06/01/new/"]);
    assert.notEqual(bundleManifest(output).bundles[0], firstEdits);
    assert.ok(existsSync(join(output, "pagefind", firstEdits, "pagefind-entry.json")), "the earlier edits folder stays one update longer");
    await writeSearchBundles({ outputDir: output, language: "en", bundles: planSearchBundles(next), changed: new Set(), changedUrls: new Set(["/2021/03/01/a/"]) });
    assert.ok(!existsSync(join(output, "pagefind", firstEdits)), "and goes at the update after");

    // Told only which bundles changed, the writer folds the edits back into their bundles.
    const output2 = tempDir("edits-fold");
    write(output2, articles);
    await writeSearchBundles({ outputDir: output2, language: "en", bundles: planSearchBundles(articles), changed: "all" });
    write(output2, [articles[0]!], () => "edited");
    await writeSearchBundles({ outputDir: output2, language: "en", bundles: planSearchBundles(articles), changed: new Set(), changedUrls: new Set([articles[0]!.url]) });
    const byBundle = await writeSearchBundles({ outputDir: output2, language: "en", bundles: planSearchBundles(articles), changed: new Set() });
    assert.deepEqual(byBundle.indexed, ["2021"]);
    assert.deepEqual(bundlePeriods(output2), { bundles: ["2022", "2021"], pages: [1, 2] });

    // More edits than the limit: their bundles are indexed again and the edits bundle goes.
    const many = Array.from({ length: EDITS_LIMIT }, (_, i) => story("2022-07-01", `m${i}`));
    write(output, many);
    const all = [...next, ...many];
    const folded = await writeSearchBundles({ outputDir: output, language: "en", bundles: planSearchBundles(all), changed: new Set(), changedUrls: new Set(many.map((article) => article.url)) });
    assert.deepEqual(folded.indexed.sort(), ["2021", "2022"]);
    const gone = await writeSearchBundles({ outputDir: output, language: "en", bundles: planSearchBundles(all), changed: new Set(), changedUrls: new Set() });
    assert.ok([...folded.removed, ...gone.removed].some((folder) => folder.startsWith("edits.")), [...folded.removed, ...gone.removed].join(" "));
    assert.deepEqual(bundleManifest(output).hidden, undefined);
    assert.deepEqual(indexedPages(output), { en: all.length });
  });

  it("knows a story whose address is not ASCII (Pagefind writes it %-encoded), so nothing unchanged goes to the edits bundle", async () => {
    const output = tempDir("edits-arabic");
    const articles = [story("2021-03-01", "بغداد-اليوم"), story("2021-04-01", "b")];
    write(output, articles);
    await writeSearchBundles({ outputDir: output, language: "en", bundles: planSearchBundles(articles), changed: "all" });
    const unchanged = await writeSearchBundles({ outputDir: output, language: "en", bundles: planSearchBundles(articles), changed: new Set(), changedUrls: new Set() });
    assert.deepEqual(unchanged.indexed, [], "no story changed, none is indexed again");
    assert.equal(bundleManifest(output).edits, undefined);
    write(output, [articles[0]!], () => "edited");
    const edited = await writeSearchBundles({ outputDir: output, language: "en", bundles: planSearchBundles(articles), changed: new Set(), changedUrls: new Set([articles[0]!.url]) });
    assert.deepEqual(edited.indexed, ["edits"]);
    assert.deepEqual(bundleManifest(output).edits, [articles[0]!.url]);
    assert.equal(bundlePeriods(output).hidden?.["2021"]?.length, 1, "its stale copy is hidden");
  });
});
