// The search page loads the index in stages, newest periods first
// (layouts/assets/search/loading-stages.js): on a generated archive of ten yearly bundles,
// with the older stages' files held back by the test until it lets them through, a reader
// sees results from the newest years at once, exactly newest first when asked, results that
// stay where they are as older years join, the same order in the end as a page that loads
// every bundle at once, and facet counts loaded only for what the reader looks at.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { loadingStages } from "../../layouts/assets/search/loading-stages.js";
import { generateArchive } from "../../src/bench/generate-archive.ts";
import { launchBrowser } from "../../src/dev/browser.ts";
import { serveSite, type StaticSite } from "../../src/dev/static-server.ts";
import { build, tempDir } from "../helpers/site.ts";

/** The stories the first stage holds at least, for this test: one or two of the newest years. */
const FIRST_STAGE = 40;
const WORD = "government";

interface Manifest {
  bundles: string[];
  pages: number[];
}

/** A page whose first stage holds `firstStage` stories (Infinity: every bundle at once, as before stages). */
async function withFirstStage(context: BrowserContext, firstStage: number): Promise<void> {
  await context.route("**/search/**", async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(/data-first-stage-stories="\d+"/, `data-first-stage-stories="${firstStage}"`);
    await route.fulfill({ response, body });
  });
}

/** Holds back every request for the files of `folders` until `release()` is called. */
async function holdBack(context: BrowserContext, folders: readonly string[]) {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  const held = new RegExp(`/pagefind/(${folders.map((folder) => folder.replace(/\./g, "\\.")).join("|")})/`);
  await context.route(held, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** The bundle folder of every facet-index file the page fetches. */
function facetFetches(page: Page): Set<string> {
  const folders = new Set<string>();
  page.on("request", (request) => {
    const match = /\/pagefind\/([^/]+)\/filter\//.exec(new URL(request.url()).pathname);
    if (match?.[1]) folders.add(match[1]);
  });
  return folders;
}

const shownUrls = (page: Page) => page.locator(".search-result h2 a").evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
const shownDates = (page: Page) => page.locator(".search-result time").evaluateAll((times) => times.map((time) => time.getAttribute("datetime") ?? ""));
const firstResults = (page: Page) => page.locator(".search-status").filter({ hasText: /found/ }).waitFor();
const everyPeriodSearched = (page: Page) => page.locator(".search-answer:not([aria-busy])").waitFor();

/** Clicks "More results" until the list holds at least `count` results or there are no more. */
async function showAtLeast(page: Page, count: number): Promise<string[]> {
  while ((await page.locator(".search-result").count()) < count && (await page.locator(".search-more").isVisible())) {
    const before = await page.locator(".search-result").count();
    await page.locator(".search-more").click();
    await page.waitForFunction((n) => document.querySelectorAll(".search-result").length > n, before);
  }
  return (await shownUrls(page)).slice(0, count);
}

describe("search in stages, newest periods first", () => {
  let site: StaticSite;
  let browser: Browser;
  let manifest: Manifest;
  /** The bundles after the first stage, and the earliest date the first stage holds. */
  let older: string[];
  let firstStageStart: string;

  before(async () => {
    const content = tempDir("stages-content");
    generateArchive({ dir: content, articles: 200, seed: 5 });
    const built = await build(content);
    assert.ok(built.result.ok, JSON.stringify(built.result.issues.filter((issue) => issue.severity === "error")));
    manifest = JSON.parse(readFileSync(join(built.output, "pagefind/bundles.json"), "utf8")) as Manifest;
    const [firstEnd] = loadingStages(manifest.pages, FIRST_STAGE);
    assert.ok(firstEnd !== undefined && firstEnd < manifest.bundles.length - 2, `several stages: ${JSON.stringify(manifest)}`);
    older = manifest.bundles.slice(firstEnd);
    const oldestFirst = manifest.bundles[firstEnd - 1] ?? "";
    firstStageStart = `${/^\d{4}/.exec(oldestFirst)?.[0]}-01-01`;
    site = await serveSite(built.output);
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });

  /** A fresh visit (an empty cache) whose older bundles wait until released. */
  async function stagedVisit(url: string, viewport = { width: 1280, height: 900 }) {
    const context = await browser.newContext({ viewport });
    await withFirstStage(context, FIRST_STAGE);
    const release = await holdBack(context, older);
    const page = await context.newPage();
    const facets = facetFetches(page);
    await page.goto(`${site.url}${url}`);
    await firstResults(page);
    return { context, page, facets, release };
  }

  /** What a page that loads every bundle before its first search shows: the order before stages. */
  async function allAtOnce(url: string, count: number): Promise<string[]> {
    const context = await browser.newContext();
    await withFirstStage(context, Infinity);
    const page = await context.newPage();
    await page.goto(`${site.url}${url}`);
    await everyPeriodSearched(page);
    const urls = await showAtLeast(page, count);
    await context.close();
    return urls;
  }

  it("shows the first results from the newest periods while it searches earlier years", async (t) => {
    t.diagnostic(`${manifest.bundles.length} bundles, stages end at ${loadingStages(manifest.pages, FIRST_STAGE).join(", ")}`);
    const { context, page, release } = await stagedVisit(`search/?q=${WORD}`);
    assert.match((await page.textContent(".search-status")) ?? "", /searching earlier years/);
    assert.equal(await page.locator(".search-answer").getAttribute("aria-busy"), "true");
    const dates = await shownDates(page);
    assert.ok(dates.length > 0 && dates.every((date) => date >= firstStageStart), `${dates.join(" ")} all from ${firstStageStart} on`);
    release();
    await everyPeriodSearched(page);
    assert.doesNotMatch((await page.textContent(".search-status")) ?? "", /searching earlier years/);
    await context.close();
  });

  it("lists newest first exactly from the first results shown", async () => {
    const expected = await allAtOnce(`search/?q=${WORD}&sort=newest`, 10);
    const { context, page, release } = await stagedVisit(`search/?q=${WORD}&sort=newest`);
    assert.deepEqual(await shownUrls(page), expected, "the first page, with the older periods not loaded yet");
    release();
    await everyPeriodSearched(page);
    assert.deepEqual(await showAtLeast(page, 30), await allAtOnce(`search/?q=${WORD}&sort=newest`, 30));
    await context.close();
  });

  it("keeps the results shown in place as older periods join, and ends in the order of a page that loads every bundle at once", async (t) => {
    const { context, page, release } = await stagedVisit(`search/?q=${WORD}`);
    const first = await shownUrls(page);
    const firstItems = await page.locator(".search-result").elementHandles();
    release();
    await everyPeriodSearched(page);
    assert.deepEqual(await shownUrls(page), first, "nothing shown moved");
    const stillThere = await Promise.all(firstItems.map((item) => item.evaluate((node) => node.isConnected)));
    assert.ok(stillThere.every(Boolean), "the very same items stay on the page");
    const expected = await allAtOnce(`search/?q=${WORD}`, 30);
    const offered = await page.locator(".search-outranked").isVisible();
    t.diagnostic(offered ? "older stories ranked among those shown: the page offered the whole ranking" : "the first results were the top of the whole ranking");
    if (offered) {
      assert.notDeepEqual(first, expected.slice(0, first.length), "offered only when older stories rank among those shown");
      await page.getByRole("button", { name: "Rank all years together" }).click();
      await page.waitForFunction((top) => document.querySelector(".search-result h2 a")?.getAttribute("href") === top, expected[0]);
    }
    assert.deepEqual(await showAtLeast(page, 30), expected);
    await context.close();
  });

  it("loads the facet counts of the periods shown after the first results, and every year's once asked", async () => {
    const { context, page, facets, release } = await stagedVisit(`search/?q=${WORD}`);
    await page.locator('[data-facet="source"]:not([hidden])').waitFor();
    assert.ok(facets.size > 0 && [...facets].every((folder) => !older.includes(folder)), `facet index of ${[...facets].join(", ")}`);
    const note = page.locator(".search-counts-partial");
    assert.match((await note.textContent()) ?? "", new RegExp(`Counts from ${firstStageStart.slice(0, 4)} on`));
    release();
    await everyPeriodSearched(page);
    assert.ok([...facets].every((folder) => !older.includes(folder)), "searching older periods loads no facet index");
    await page.getByRole("button", { name: "Count all years" }).click();
    await note.waitFor({ state: "hidden" });
    assert.deepEqual([...facets].sort(), [...manifest.bundles].sort(), "every bundle's facet index once asked");
    await context.close();
  });

  it("loads no facet index while the facets are folded away on a phone, and all of it when the reader opens them", async () => {
    const { context, page, facets, release } = await stagedVisit(`search/?q=${WORD}`, { width: 400, height: 800 });
    release();
    await everyPeriodSearched(page);
    assert.equal(facets.size, 0, "no facet index before the facets are opened");
    await page.locator(".search-filters summary").click();
    await page.locator('[data-facet="source"]:not([hidden])').waitFor();
    assert.equal(await page.locator(".search-counts-partial").isVisible(), false, "the counts cover every year");
    assert.deepEqual([...facets].sort(), [...manifest.bundles].sort());
    await context.close();
  });
});
