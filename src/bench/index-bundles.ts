// One indexing run of a built site's search bundles, as a process of its own so that
// the benchmark can take its wall time and the peak memory of the largest process
// (Pagefind's indexer). Prints one JSON line: the bundles indexed and the time taken.
//
//   node --import tsx src/bench/index-bundles.ts --site DIR [--layout period:500] [--changed ID,ID] [--edited URL,URL]
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { closeSearchIndexer, planSearchBundles, writeSearchBundles } from "../search/bundles.ts";
import { articlesOnDisk, parseLayout } from "./search-site.ts";

/**
 * The peak resident memory of this process's children (Pagefind's indexer), read from
 * Linux's /proc while they still run: GNU time misses a child that is killed, not waited for.
 */
function indexerPeakKb(): number {
  let peak = 0;
  try {
    for (const pid of readFileSync(`/proc/${process.pid}/task/${process.pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean)) {
      const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
      if (hwm) peak = Math.max(peak, Number(hwm[1]));
    }
  } catch {
    return NaN;
  }
  return peak;
}

const { values } = parseArgs({ options: { site: { type: "string" }, layout: { type: "string", default: "default" }, changed: { type: "string" }, edited: { type: "string" } } });
if (!values.site) throw new Error("--site DIR is required: a built site whose article pages are indexed.");
const articles = articlesOnDisk(values.site);
const bundles = planSearchBundles(articles, parseLayout(values.layout, articles.length));
const started = performance.now();
const written = await writeSearchBundles({
  outputDir: values.site,
  language: "en",
  bundles,
  changed: values.changed === undefined && values.edited === undefined ? "all" : new Set(values.changed?.split(",") ?? []),
  ...(values.edited === undefined ? {} : { changedUrls: new Set(values.edited.split(",")) }),
});
const ms = performance.now() - started;
const indexerPeakMb = indexerPeakKb() / 1024;
await closeSearchIndexer();
console.log(JSON.stringify({ ms, indexerPeakMb, indexed: written.indexed, bundles: bundles.length, largest: Math.max(...bundles.map((b) => b.articleUrls.length)) }));
