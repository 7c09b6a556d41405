// What search costs a reader: the size of the Pagefind index on disk, and the bytes a
// first one-word search on /search/ downloads from it before the results show, and
// then until the facet counts beside them have loaded too.
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { bytesTransferred, launchBrowser } from "../dev/browser.ts";
import { serveSite } from "../dev/static-server.ts";

export interface SearchTransfer {
  indexBytes: number;
  indexFiles: number;
  queryBytes: number;
  queryRequests: number;
  /** Including the facet index, which loads after the results are shown. */
  withFacetsBytes: number;
  resultsStatus: string;
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

type Browser = Awaited<ReturnType<typeof launchBrowser>>;

/** Pagefind's facet index: the search page loads it once it has shown the results. */
const FACET_INDEX = /\.pf_filter$/;

/**
 * One first visit, in a fresh browser context (an empty cache), until `ready`: the bytes
 * fetched from /pagefind/, less the facet index when `withFacets` is false. The page
 * starts loading the facet index as it shows the results, so a probe that notices them a
 * frame late would count some of it: at 100,000 stories, once in four visits, 142 files.
 */
async function firstVisit(browser: Browser, url: string, withFacets: boolean, ready: (page: import("playwright-core").Page) => Promise<void>) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const sizes = await bytesTransferred(page, async () => {
      await page.goto(url);
      await ready(page);
    });
    const pagefind = [...sizes].filter(([address]) => {
      const path = new URL(address).pathname;
      return path.startsWith("/pagefind/") && (withFacets || !FACET_INDEX.test(path));
    });
    return { bytes: pagefind.reduce((sum, [, size]) => sum + size, 0), requests: pagefind.length, status: (await page.textContent(".search-status")) ?? "" };
  } finally {
    await context.close();
  }
}

export async function measureSearchTransfer(siteDir: string, word: string, timeoutMs: number): Promise<SearchTransfer> {
  const { bytes: indexBytes, files: indexFiles } = folderSize(join(siteDir, "pagefind"));
  const site = await serveSite(siteDir);
  const browser = await launchBrowser();
  try {
    const url = new URL(`search/?q=${encodeURIComponent(word)}`, site.url).href;
    // The search page (layouts/assets/search/) ends its status with "found for “word”." once results are drawn,
    // then fills in the facets.
    const results = await firstVisit(browser, url, false, (page) =>
      page.waitForFunction(() => /found/.test(document.querySelector(".search-status")?.textContent ?? ""), undefined, { timeout: timeoutMs }).then(() => undefined),
    );
    const withFacets = await firstVisit(browser, url, true, (page) =>
      page.locator('[data-facet="source"]:not([hidden])').waitFor({ timeout: timeoutMs }),
    );
    return {
      indexBytes,
      indexFiles,
      queryBytes: results.bytes,
      queryRequests: results.requests,
      withFacetsBytes: withFacets.bytes,
      resultsStatus: results.status,
    };
  } finally {
    await browser.close();
    await site.close();
  }
}
