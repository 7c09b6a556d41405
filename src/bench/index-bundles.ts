// One indexing run of a built site's search bundles, as a process of its own so that
// the benchmark can take its wall time and the peak memory of the largest process
// (Pagefind's indexer). Prints one JSON line: the bundles indexed and the time taken.
//
//   node --import tsx src/bench/index-bundles.ts --site DIR --layout period:500 [--changed ID,ID]
import { parseArgs } from "node:util";
import { closeSearchIndexer, planSearchBundles, writeSearchBundles } from "../search/bundles.ts";
import { articlesOnDisk, parseLayout } from "./search-site.ts";

const { values } = parseArgs({ options: { site: { type: "string" }, layout: { type: "string", default: "period:500" }, changed: { type: "string" } } });
if (!values.site) throw new Error("--site DIR is required: a built site whose article pages are indexed.");
const bundles = planSearchBundles(articlesOnDisk(values.site), parseLayout(values.layout));
const started = performance.now();
const written = await writeSearchBundles({
  outputDir: values.site,
  language: "en",
  bundles,
  changed: values.changed === undefined ? "all" : new Set(values.changed.split(",")),
});
const ms = performance.now() - started;
await closeSearchIndexer();
console.log(JSON.stringify({ ms, indexed: written.indexed.length, bundles: bundles.length, largest: Math.max(...bundles.map((b) => b.articleUrls.length)) }));
