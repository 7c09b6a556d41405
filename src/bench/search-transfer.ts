// What search costs a reader: the size of the Pagefind index on disk, and what a one-word
// search on /search/ downloads from it: until the first results show (from the newest
// periods), until every period is searched, with the facet counts of the periods shown and
// of every year; what a second visit downloads again; and the time from typing the word to
// the first results on a throttled "Slow 4G" connection. Each is measured as the page loads
// the index in stages (layouts/assets/search/loading-stages.js) and, for comparison, as it
// did before, every bundle at once.
import { readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import type { BrowserContext, Page, Response } from "playwright-core";
import { launchBrowser } from "../dev/browser.ts";
import { startStaticHost } from "../serve/static-host.ts";

export interface PagefindBytes {
  bytes: number;
  requests: number;
}

/** One visit's transfer from /pagefind/ at each point a reader sees. */
export interface SearchVisit {
  firstResults: PagefindBytes;
  /** The status line when the first results show. */
  firstStatus: string;
  /** The facet counts shown beside the results (over the periods searched first). */
  withFacets: PagefindBytes;
  /** Every period searched. */
  allResults: PagefindBytes;
  /** After the reader asks for every year's facet counts. */
  allFacets: PagefindBytes;
}

export interface SearchTransfer {
  indexBytes: number;
  indexFiles: number;
  staged: SearchVisit;
  /** The same visit with every bundle loaded before the first search, as the page did before stages. */
  atOnce: SearchVisit;
  /** The same search again in the same browser, with its cache: what is downloaded anew. */
  secondVisit: PagefindBytes;
  /** From pressing Enter on the word (typed at a reader's pace) to the first results, and to every period searched, on "Slow 4G". */
  slow4g: { stagedFirstMs: number; stagedAllMs: number; atOnceFirstMs: number };
}

export function folderSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const name of readdirSync(dir, { recursive: true, encoding: "utf8" })) {
    const stat = statSync(join(dir, name));
    if (stat.isFile()) {
      bytes += stat.size;
      files++;
    }
  }
  return { bytes, files };
}

/**
 * Chrome DevTools' "Slow 4G" preset (its network panel's throttling list): 1.6 Mbit/s down
 * and 750 kbit/s up at 90%, 150 ms of latency times 3.75, as Lighthouse's mobile run uses.
 */
const SLOW_4G = { offline: false, latency: 150 * 3.75, downloadThroughput: (1.6 * 1024 * 1024 * 0.9) / 8, uploadThroughput: (750 * 1024 * 0.9) / 8 };

/** A reader typing the word. */
const TYPING_DELAY_MS = 150;

/**
 * The responses from /pagefind/ a page receives, each with the moment its headers arrived:
 * `upTo()` adds up, body sizes as sent (compressed), those that had begun arriving by then.
 */
function recordPagefind(page: Page) {
  const received: { at: number; bytes: Promise<number> }[] = [];
  page.on("response", (response: Response) => {
    if (!new URL(response.url()).pathname.includes("/pagefind/")) return;
    received.push({
      at: performance.now(),
      bytes: response
        .finished()
        .then(() => response.request().sizes())
        .then((size) => size.responseBodySize)
        .catch(() => 0),
    });
  });
  return {
    async upTo(moment: number): Promise<PagefindBytes> {
      const counted = received.filter(({ at }) => at <= moment);
      const sizes = await Promise.all(counted.map(({ bytes }) => bytes));
      return { bytes: sizes.reduce((sum, size) => sum + size, 0), requests: counted.length };
    },
  };
}

// What the search page (layouts/assets/search/) shows at each point: a status line ending in
// "found…" once results are drawn, the facets once counted, the answer region no longer
// aria-busy once every period is searched, and a note beside the facets while their counts
// cover the newest periods only.
const firstResultsShown = (page: Page, timeout: number) =>
  page.waitForFunction(() => /found/.test(document.querySelector(".search-status")?.textContent ?? ""), undefined, { polling: "raf", timeout });
const allPeriodsSearched = (page: Page, timeout: number) =>
  page.waitForFunction(() => /found/.test(document.querySelector(".search-status")?.textContent ?? "") && !document.querySelector(".search-answer")?.hasAttribute("aria-busy"), undefined, { polling: "raf", timeout });

/** The search page told to load the whole index before its first search, as it did before stages. */
async function loadAllAtOnce(context: BrowserContext): Promise<void> {
  await context.route("**/search/**", async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(/data-first-stage-stories="\d+"/, 'data-first-stage-stories="Infinity"');
    await route.fulfill({ response, body });
  });
}

async function visit(context: BrowserContext, url: string, timeout: number): Promise<SearchVisit> {
  const page = await context.newPage();
  const log = recordPagefind(page);
  await page.goto(url);
  await firstResultsShown(page, timeout);
  const firstResults = await log.upTo(performance.now());
  const firstStatus = (await page.textContent(".search-status")) ?? "";
  await page.locator('[data-facet="source"]:not([hidden])').waitFor({ timeout });
  const withFacets = await log.upTo(performance.now());
  await allPeriodsSearched(page, timeout);
  const allResults = await log.upTo(performance.now());
  const countAll = page.locator(".search-counts-partial button");
  if (await countAll.isVisible()) {
    await countAll.click();
    await page.locator(".search-counts-partial").waitFor({ state: "hidden", timeout });
  }
  const allFacets = await log.upTo(performance.now());
  await page.close();
  return { firstResults, firstStatus, withFacets, allResults, allFacets };
}

/**
 * Milliseconds from pressing Enter on `word`, typed into the search page's box at 150 ms a
 * key, to its first results and to every period searched, on Slow 4G. The page starts
 * loading the index as the box is focused.
 */
async function typedOnSlow4g(context: BrowserContext, searchUrl: string, word: string, timeout: number): Promise<{ firstMs: number; allMs: number }> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", SLOW_4G);
  await page.goto(searchUrl, { waitUntil: "load", timeout });
  await page.locator("#search-query").pressSequentially(word, { delay: TYPING_DELAY_MS });
  const pressed = performance.now();
  await page.press("#search-query", "Enter");
  await firstResultsShown(page, timeout);
  const firstMs = performance.now() - pressed;
  await allPeriodsSearched(page, timeout);
  const allMs = performance.now() - pressed;
  await page.close();
  return { firstMs, allMs };
}

export async function measureSearchTransfer(siteDir: string, word: string, timeoutMs: number): Promise<SearchTransfer> {
  const { bytes: indexBytes, files: indexFiles } = folderSize(join(siteDir, "pagefind"));
  // Served as `npm run serve` serves a build: gzip, and every file revalidated by its ETag.
  const site = await startStaticHost({ root: siteDir, pathPrefix: "/", port: 0 });
  const browser = await launchBrowser();
  const searchUrl = new URL("search/", site.url).href;
  const url = `${searchUrl}?q=${encodeURIComponent(word)}`;
  // Each measure in a fresh context: an empty cache.
  const inFreshContext = async <T>(measure: (context: BrowserContext) => Promise<T>, allAtOnce = false): Promise<T> => {
    const context = await browser.newContext();
    try {
      if (allAtOnce) await loadAllAtOnce(context);
      return await measure(context);
    } finally {
      await context.close();
    }
  };
  try {
    const staged = await inFreshContext((context) => visit(context, url, timeoutMs));
    const atOnce = await inFreshContext((context) => visit(context, url, timeoutMs), true);
    const secondVisit = await inFreshContext(async (context) => {
      await visit(context, url, timeoutMs);
      const again = await visit(context, url, timeoutMs);
      return again.allFacets;
    });
    const stagedSlow = await inFreshContext((context) => typedOnSlow4g(context, searchUrl, word, timeoutMs));
    const atOnceSlow = await inFreshContext((context) => typedOnSlow4g(context, searchUrl, word, timeoutMs), true);
    return {
      indexBytes,
      indexFiles,
      staged,
      atOnce,
      secondVisit,
      slow4g: { stagedFirstMs: stagedSlow.firstMs, stagedAllMs: stagedSlow.allMs, atOnceFirstMs: atOnceSlow.firstMs },
    };
  } finally {
    await browser.close();
    await site.close();
  }
}

//   node --import tsx src/bench/search-transfer.ts --site .bench/site-10000 [--word government]
if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { site: { type: "string" }, word: { type: "string", default: "government" } } });
  if (!values.site) throw new Error("--site DIR is required: a built site.");
  console.log(JSON.stringify(await measureSearchTransfer(resolve(values.site), values.word, 120_000), null, 2));
}
