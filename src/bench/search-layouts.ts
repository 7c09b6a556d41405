// Compares search index layouts (src/search/bundle-plan.ts) on one built site: the time
// and peak memory of indexing everything, of re-indexing after one edit, what a first
// search downloads, and whether splitting the index changes what ranks first.
//
//   node --import tsx src/bench/search-layouts.ts --site .bench/site-10000 [--layouts single,year,period:500]
import { cpSync, readFileSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { launchBrowser } from "../dev/browser.ts";
import { serveSite } from "../dev/static-server.ts";
import { planSearchBundles } from "../search/bundle-plan.ts";
import { runMeasured } from "./process-tree.ts";
import { measureSearchTransfer } from "./search-transfer.ts";
import { articlesOnDisk, layoutName, pagePath, parseLayout } from "./search-site.ts";

export interface LayoutResult {
  layout: string;
  bundles: number;
  largestBundle: number;
  /** Indexing every bundle (Pagefind's process: its peak resident memory). */
  coldSeconds: number;
  coldPeakMb?: number;
  /** Re-indexing the bundle of the newest story, as after an edit to it (indexing time only). */
  warmSeconds: number;
  warmPeakMb?: number;
  /** The same edit written into the edits bundle instead (indexing time only). */
  editsSeconds: number;
  queryKb: number;
  queryRequests: number;
  withFacetsKb: number;
  /** Per query word: where this layout ranks the single index's first result (1 is first; 0 beyond the first ten). */
  bestMatchRanks: number[];
  /** Of the single index's first ten results, how many this layout also puts in its first ten (mean over the queries). */
  top10Overlap?: number;
}

export interface LayoutComparison {
  articles: number;
  word: string;
  queries: string[];
  results: LayoutResult[];
}

const REPO_ROOT = resolve(import.meta.dirname, "../..");

/**
 * A copy of the built site's pages beside a search index of its own. A copy, not links:
 * Pagefind reads the pages by walking the folder, and does not follow links.
 */
function layoutSite(siteDir: string, dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  cpSync(siteDir, dir, { recursive: true, filter: (source) => source !== join(siteDir, "pagefind") });
}

/** A word of a story's title to search for, with the story: the title's longest word. */
function titleQueries(siteDir: string, urls: readonly string[], count: number): { word: string; url: string }[] {
  const step = Math.max(1, Math.floor(urls.length / count));
  const picked: { word: string; url: string }[] = [];
  for (let i = 0; i < urls.length && picked.length < count; i += step) {
    const url = urls[i]!;
    const title = /<h1[^>]*>([^<]*)<\/h1>/.exec(readFileSync(pagePath(siteDir, url), "utf8"))?.[1] ?? "";
    const word = title.split(/[^\p{L}]+/u).sort((a, b) => b.length - a.length)[0];
    if (word) picked.push({ word: word.toLowerCase(), url });
  }
  return picked;
}

/** The first ten result URLs of each query, as the search page shows them. */
async function topResults(siteDir: string, words: readonly string[]): Promise<string[][]> {
  const site = await serveSite(siteDir);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const tops: string[][] = [];
    for (const word of words) {
      await page.goto(new URL(`search/?q=${encodeURIComponent(word)}`, site.url).href);
      await page.locator(".search-status").filter({ hasText: /found/ }).waitFor({ timeout: 120_000 });
      tops.push(await page.locator(".search-result h2 a").evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname)));
    }
    return tops;
  } finally {
    await browser.close();
    await site.close();
  }
}

/** Measures each layout in turn; the first should be "single", the reference for ranking. */
export async function compareSearchLayouts(options: { siteDir: string; layouts: readonly string[]; word: string; scratchDir: string; log?: (line: string) => void }): Promise<LayoutComparison> {
  const log = options.log ?? (() => undefined);
  const articles = articlesOnDisk(options.siteDir);
  const urls = articles.map((article) => article.url).sort();
  const queries = titleQueries(options.siteDir, urls, 8);
  const newest = [...articles].sort((a, b) => b.date.epoch - a.date.epoch)[0];
  const results: LayoutResult[] = [];
  let singleTops: string[][] | undefined;
  for (const name of options.layouts) {
    const layout = parseLayout(name, articles.length);
    const dir = join(options.scratchDir, `search-${name.replace(/\W/g, "-")}`);
    layoutSite(options.siteDir, dir);
    const bundles = planSearchBundles(articles, layout);
    const edited = bundles.find((bundle) => newest && bundle.articleUrls.includes(newest.url));
    const script = "src/bench/index-bundles.ts";
    const node = (args: readonly string[]) => runMeasured(process.execPath, ["--import", "tsx", script, ...args], { cwd: REPO_ROOT });
    const cold = await node(["--site", dir, "--layout", name]);
    const warm = await node(["--site", dir, "--layout", name, "--changed", edited?.id ?? ""]);
    const viaEdits = await node(["--site", dir, "--layout", name, "--edited", newest?.url ?? ""]);
    const reported = (run: { output: string }) => JSON.parse(run.output.trim().split("\n").at(-1) ?? "{}") as { ms: number; indexerPeakMb?: number };
    const transfer = await measureSearchTransfer(dir, options.word, 120_000);
    const tops = await topResults(dir, queries.map((query) => query.word));
    if (layout.kind === "single") singleTops = tops;
    const result: LayoutResult = {
      layout: layoutName(layout),
      bundles: bundles.length,
      largestBundle: Math.max(...bundles.map((bundle) => bundle.articleUrls.length)),
      coldSeconds: reported(cold).ms / 1000,
      coldPeakMb: reported(cold).indexerPeakMb,
      warmSeconds: reported(warm).ms / 1000,
      warmPeakMb: reported(warm).indexerPeakMb,
      editsSeconds: reported(viaEdits).ms / 1000,
      // Every bundle at once, as the layouts were compared before the page loaded them in stages.
      queryKb: transfer.atOnce.firstResults.bytes / 1024,
      queryRequests: transfer.atOnce.firstResults.requests,
      withFacetsKb: transfer.atOnce.withFacets.bytes / 1024,
      bestMatchRanks: queries.map((_, i) => (tops[i]?.indexOf(singleTops?.[i]?.[0] ?? "") ?? -1) + 1),
      ...(singleTops
        ? { top10Overlap: tops.reduce((sum, top, i) => sum + top.filter((url) => singleTops![i]?.includes(url)).length, 0) / tops.length }
        : {}),
    };
    results.push(result);
    log(JSON.stringify(result));
  }
  return { articles: articles.length, word: options.word, queries: queries.map((query) => query.word), results };
}

export function layoutTable(comparison: LayoutComparison): string {
  const rows = [
    ["layout", "bundles", "largest", "index all", "peak", "re-index 1 edit", "peak", "via edits bundle", "1st query", "+ facets", "rank of single's #1", "top-10 ∩ single"],
    ...comparison.results.map((r) => [
      r.layout,
      String(r.bundles),
      String(r.largestBundle),
      `${r.coldSeconds.toFixed(1)} s`,
      r.coldPeakMb ? `${r.coldPeakMb.toFixed(0)} MB` : "n/a",
      `${r.warmSeconds.toFixed(2)} s`,
      r.warmPeakMb ? `${r.warmPeakMb.toFixed(0)} MB` : "n/a",
      `${r.editsSeconds.toFixed(2)} s`,
      `${r.queryKb.toFixed(0)} KB (${r.queryRequests} req.)`,
      `${r.withFacetsKb.toFixed(0)} KB`,
      r.bestMatchRanks.map((rank) => (rank > 0 ? String(rank) : ">10")).join(" "),
      r.top10Overlap === undefined ? "" : `${r.top10Overlap.toFixed(1)}/10`,
    ]),
  ];
  return rows.map((row) => `| ${row.join(" | ")} |`).join("\n");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { site: { type: "string" }, layouts: { type: "string", default: "single,year,period:500" }, word: { type: "string", default: "government" } } });
  if (!values.site) throw new Error("--site DIR is required: a site built by `npm run build` or `npm run bench`.");
  const siteDir = resolve(values.site);
  const comparison = await compareSearchLayouts({
    siteDir,
    layouts: values.layouts.split(","),
    word: values.word,
    scratchDir: resolve(REPO_ROOT, ".bench"),
    log: (line) => console.error(line),
  });
  console.log(layoutTable(comparison));
}
