// What search costs a reader: the size of the Pagefind index on disk, and the bytes a
// first one-word search on /search/ downloads from it before the results show.
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { bytesTransferred, launchBrowser } from "../../tests/helpers/browser.ts";
import { serveSite } from "../../tests/helpers/static-server.ts";

export interface SearchTransfer {
  indexBytes: number;
  indexFiles: number;
  queryBytes: number;
  queryRequests: number;
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

export async function measureSearchTransfer(siteDir: string, word: string, timeoutMs: number): Promise<SearchTransfer> {
  const { bytes: indexBytes, files: indexFiles } = folderSize(join(siteDir, "pagefind"));
  const site = await serveSite(siteDir);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    let resultsStatus = "";
    const sizes = await bytesTransferred(page, async () => {
      await page.goto(new URL(`search/?q=${encodeURIComponent(word)}`, site.url).href);
      // layouts/assets/search.js ends its status with "found for “word”." once results are drawn.
      await page.waitForFunction(() => /found/.test(document.querySelector(".search-status")?.textContent ?? ""), undefined, { timeout: timeoutMs });
      resultsStatus = (await page.textContent(".search-status")) ?? "";
    });
    const pagefindResponses = [...sizes].filter(([url]) => new URL(url).pathname.startsWith("/pagefind/"));
    return {
      indexBytes,
      indexFiles,
      queryBytes: pagefindResponses.reduce((sum, [, size]) => sum + size, 0),
      queryRequests: pagefindResponses.length,
      resultsStatus,
    };
  } finally {
    await browser.close();
    await site.close();
  }
}
