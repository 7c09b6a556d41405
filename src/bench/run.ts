// `npm run bench -- [--articles N] [--runs K]`: generates a synthetic archive and
// measures the floor, Annals' production build, its peak memory, the preview's
// edit-to-page and edit-to-search times, and what a first search downloads.
// Everything lands in .bench/ at the repository root; nothing here asserts a time.
import { cpSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { generateArchive } from "./generate-archive.ts";
import { machineInfo } from "./machine.ts";
import { chooseRssMethod, runNode, type ProcessRun } from "./measure-process.ts";
import { measurePreviewEdit, type PreviewEditResult } from "./preview-edit.ts";
import { measureSearchTransfer, type SearchTransfer } from "./search-transfer.ts";
import { summarize, table, type Metric } from "./stats.ts";

const REPO_ROOT = resolve(import.meta.dirname, "../..");
const BENCH_DIR = join(REPO_ROOT, ".bench");
// A word in almost every generated story (see word-lists.ts), so the query loads real postings.
const COMMON_WORD = "government";
const TIMEOUT_MS = 15 * 60 * 1000;

function wholeNumber(name: string, text: string, min: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min) throw new Error(`--${name} expects a whole number of at least ${min}, got "${text}".`);
  return value;
}

const { values } = parseArgs({
  options: {
    articles: { type: "string", default: "1000" },
    runs: { type: "string", default: "3" },
    seed: { type: "string", default: "1" },
    out: { type: "string" },
    "no-preview": { type: "boolean", default: false },
    "no-search": { type: "boolean", default: false },
    "rss-sampler": { type: "boolean", default: false },
  },
});
const articles = wholeNumber("articles", values.articles, 1);
const runs = wholeNumber("runs", values.runs, 1);
const seed = wholeNumber("seed", values.seed, 0);
const resultsPath = resolve(values.out ?? join(BENCH_DIR, `results-${articles}.json`));

const archiveDir = join(BENCH_DIR, `archive-${articles}`);
const floorOut = join(BENCH_DIR, `floor-${articles}`);
const buildOut = join(BENCH_DIR, `site-${articles}`);
const previewOut = join(BENCH_DIR, `preview-${articles}`);
// Eleventy's watcher skips whatever .gitignore lists, and .bench/ is listed, so the
// preview edits a copy outside the repository (set TMPDIR to choose where).
const previewArchive = join(tmpdir(), `annals-bench-archive-${articles}`);
const rel = (path: string) => relative(REPO_ROOT, path);
const seconds = (ms: number) => ms / 1000;
const log = (line: string) => console.error(line);

mkdirSync(BENCH_DIR, { recursive: true });
// Exiting (not just dying) on Ctrl-C lets the preview server's exit hook stop it.
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => process.exit(130));
const machine = machineInfo();
log(`Annals benchmark: ${articles} articles, ${runs} run(s), seed ${seed}, on ${machine.cpuCount}× ${machine.cpuModel}, Node ${machine.node}`);

const generatedAt = performance.now();
generateArchive({ dir: archiveDir, articles, seed });
const generateMs = performance.now() - generatedAt;
log(`Generated ${rel(archiveDir)}/ in ${seconds(generateMs).toFixed(1)} s.`);

const floorRuns: ProcessRun[] = [];
for (let run = 1; run <= runs; run++) {
  floorRuns.push(await runNode("src/bench/floor.ts", ["--input", archiveDir, "--output", floorOut], { cwd: REPO_ROOT }));
  log(`floor ${run}/${runs}: ${seconds(floorRuns.at(-1)!.wallMs).toFixed(2)} s`);
}

const rssMethod = chooseRssMethod(values["rss-sampler"]);
const buildRuns: ProcessRun[] = [];
for (let run = 1; run <= runs; run++) {
  const result = await runNode("src/cli/build.ts", [`--input=${archiveDir}`, `--output=${buildOut}`], {
    cwd: REPO_ROOT,
    rss: { method: rssMethod, scratchDir: BENCH_DIR, samplerPath: join(REPO_ROOT, "src/bench/rss-sampler.ts") },
  });
  buildRuns.push(result);
  log(`build ${run}/${runs}: ${seconds(result.wallMs).toFixed(2)} s, peak RSS ${((result.peakRssKb ?? NaN) / 1024).toFixed(0)} MB`);
}

/** Eleventy's own line, "Wrote 7535 files in 12.33 seconds", splits the build's time. */
function eleventyReport(output: string): { files: number; seconds: number } | undefined {
  const match = /Wrote (\d+) files? in ([\d.]+) seconds/.exec(output);
  return match ? { files: Number(match[1]), seconds: Number(match[2]) } : undefined;
}

const previewRuns: PreviewEditResult[] = [];
if (!values["no-preview"]) {
  rmSync(previewArchive, { recursive: true, force: true });
  cpSync(archiveDir, previewArchive, { recursive: true });
  for (let run = 1; run <= runs; run++) {
    const result = await measurePreviewEdit({ repoRoot: REPO_ROOT, archiveDir: previewArchive, outputDir: previewOut, timeoutMs: TIMEOUT_MS, withSearch: !values["no-search"] });
    previewRuns.push(result);
    log(
      `preview ${run}/${runs}: started in ${seconds(result.startupMs).toFixed(1)} s; edit served in ${seconds(result.pageMs).toFixed(2)} s, ` +
        (result.searchMs === undefined ? `search: ${result.searchError}` : `searchable in ${seconds(result.searchMs).toFixed(2)} s`),
    );
  }
  rmSync(previewArchive, { recursive: true, force: true });
}

let transfer: SearchTransfer | undefined;
let transferError: string | undefined;
if (!values["no-search"]) {
  try {
    transfer = await measureSearchTransfer(buildOut, COMMON_WORD, 60_000);
    log(`search: index ${(transfer.indexBytes / 1024 / 1024).toFixed(1)} MB; "${COMMON_WORD}" fetched ${(transfer.queryBytes / 1024).toFixed(0)} KB in ${transfer.queryRequests} requests (${transfer.resultsStatus})`);
  } catch (error) {
    // The search page is still changing; a broken selector is reported, not fatal.
    transferError = String(error);
    log(`search transfer could not be measured: ${transferError}`);
  }
}

const floor = summarize("floor (read + gray-matter + markdown-it + write)", "s", floorRuns.map((r) => seconds(r.wallMs)));
const build = summarize("annals build (all pages, feeds, sitemaps, Pagefind)", "s", buildRuns.map((r) => seconds(r.wallMs)));
build.ratioToFloor = build.median / floor.median;
const metrics: Metric[] = [floor, build];
const reports = buildRuns.map((r) => eleventyReport(r.output)).filter((r) => r !== undefined);
if (reports.length === buildRuns.length) {
  metrics.push(summarize(`  of which Eleventy's "Wrote ${reports[0]!.files} files"`, "s", reports.map((r) => r.seconds)));
}
const rssNote =
  rssMethod === "gnu-time"
    ? "GNU time: the largest single process of the build (Node or the Pagefind binary), not their sum"
    : "sampled in the Node process every 50 ms: the Pagefind binary's memory is NOT included";
metrics.push(summarize("build peak RSS", "MB", buildRuns.flatMap((r) => (r.peakRssKb === undefined ? [] : [r.peakRssKb / 1024])), rssNote));
if (previewRuns.length > 0) {
  metrics.push(summarize("preview: start until home page served", "s", previewRuns.map((r) => seconds(r.startupMs))));
  metrics.push(summarize("preview: edit until page shows it", "s", previewRuns.map((r) => seconds(r.pageMs))));
  const searchTimes = previewRuns.flatMap((r) => (r.searchMs === undefined ? [] : [seconds(r.searchMs)]));
  const searchErrors = previewRuns.flatMap((r) => (r.searchError ? [r.searchError] : []));
  metrics.push(summarize("preview: edit until search finds it", "s", searchTimes, searchErrors[0]));
}
if (transfer) {
  metrics.push(summarize("Pagefind index on disk", "MB", [transfer.indexBytes / 1024 / 1024], `${transfer.indexFiles} files`));
  metrics.push(summarize(`first search "${COMMON_WORD}": bytes from /pagefind/`, "KB", [transfer.queryBytes / 1024], `${transfer.queryRequests} requests; ${transfer.resultsStatus}`));
  metrics.push(summarize(`  the same with the facet counts`, "KB", [transfer.withFacetsBytes / 1024]));
}

console.log(`\n${articles} articles, ${runs} run(s), ${machine.cpuCount}× ${machine.cpuModel}, ${machine.totalMemoryMB} MB, Node ${machine.node}\n`);
console.log(table(metrics));
const notes = metrics.filter((m) => m.note).map((m) => `${m.metric.trim()}: ${m.note}`);
if (transferError) notes.push(`search transfer not measured: ${transferError}`);
if (notes.length > 0) console.log(`\n${notes.map((note) => `- ${note}`).join("\n")}`);

writeFileSync(
  resultsPath,
  `${JSON.stringify(
    {
      date: new Date().toISOString(),
      articles,
      runs,
      seed,
      machine,
      generateSeconds: seconds(generateMs),
      rssMethod,
      metrics,
      preview: previewRuns,
      searchTransfer: transfer ?? { error: transferError ?? "not measured" },
      notes,
    },
    null,
    2,
  )}\n`,
);
console.log(`\nWrote ${rel(resultsPath)}.`);
