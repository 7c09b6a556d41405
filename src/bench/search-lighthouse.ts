// The search page with a query, scored by Lighthouse's mobile preset (its default: a
// Moto G-class screen, 4× CPU slowdown, slow 4G, simulated), on a built site served
// with gzip. What a reader on a phone gets on a large archive.
//
//   node --import tsx src/bench/search-lighthouse.ts --site .bench/site-10000 [--query government]
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { launch } from "chrome-launcher";
import lighthouse from "lighthouse";
import { CHROMIUM, CHROMIUM_FLAGS } from "../dev/browser.ts";
import { serveSite } from "../dev/static-server.ts";

export interface SearchPageScore {
  url: string;
  /** Lighthouse's performance score out of 100. */
  performance: number;
  totalBlockingTimeMs: number;
  mainThreadWorkMs: number;
  largestContentfulPaintMs: number;
}

export async function scoreSearchPageOnMobile(siteDir: string, query = "government"): Promise<SearchPageScore> {
  const site = await serveSite(resolve(siteDir));
  const profile = mkdtempSync(join(tmpdir(), "annals-lighthouse-"));
  const chrome = await launch({ chromePath: CHROMIUM, chromeFlags: [...CHROMIUM_FLAGS], userDataDir: profile, logLevel: "silent" });
  try {
    const url = new URL(`search/?q=${encodeURIComponent(query)}`, site.url).href;
    // No config: Lighthouse's default is the mobile preset.
    const result = await lighthouse(url, { port: chrome.port, logLevel: "error", onlyCategories: ["performance"] });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const metric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
    return {
      url,
      performance: Math.round((lhr.categories.performance?.score ?? NaN) * 100),
      totalBlockingTimeMs: metric("total-blocking-time"),
      mainThreadWorkMs: metric("mainthread-work-breakdown"),
      largestContentfulPaintMs: metric("largest-contentful-paint"),
    };
  } finally {
    chrome.kill();
    rmSync(profile, { recursive: true, force: true });
    await site.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { site: { type: "string" }, query: { type: "string", default: "government" } } });
  if (!values.site) throw new Error("--site DIR is required: a built site.");
  console.log(JSON.stringify(await scoreSearchPageOnMobile(values.site, values.query)));
}
