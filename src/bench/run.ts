// `npm run bench -- [--articles N] [--runs K]`: generates a synthetic archive and
// measures the floor, Annals' clean and warm builds and their peak memory, a plain
// Eleventy + Pagefind CLI site of the same shape (the peer), the preview's
// edit-to-page and edit-to-search times, and what a first search downloads.
// Everything lands in .bench/ at the repository root; nothing here asserts a time.
import { cpSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { generateArchive } from "./generate-archive.ts";
import { machineInfo } from "./machine.ts";
import { runMeasured, type MeasuredRun } from "./process-tree.ts";
import { addStory, removeAddedStories } from "./added-story.ts";
import { measurePreviewEdit, measurePreviewStart, type PreviewEditResult, type PreviewStartResult } from "./preview-edit.ts";
import { scoreSearchPageOnMobile, type SearchPageScore } from "./search-lighthouse.ts";
import { measureSearchTransfer, type SearchTransfer } from "./search-transfer.ts";
import { medianRatio, summarize, table, type Metric } from "./stats.ts";
import { nodeFlagsOf } from "../dev/npm-scripts.ts";

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
    // At 100,000 stories the peer's Eleventy runs out of memory after many minutes.
    "no-peer": { type: "boolean", default: false },
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
const kb = (bytes: number) => (bytes / 1024).toFixed(0);
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

/** `flags`: the Node options of the npm script the benchmark stands for (src/dev/npm-scripts.ts). */
const node = (script: string, args: readonly string[], flags: readonly string[] = []) => runMeasured(process.execPath, [...flags, "--import", "tsx", script, ...args], { cwd: REPO_ROOT });
const peakOf = (run: MeasuredRun, name: string) => run.peakMb[name] ?? NaN;
const PAGEFIND = /^pagefind/;
const pagefindPeak = (run: MeasuredRun) => {
  const peaks = Object.entries(run.peakMb).filter(([name]) => PAGEFIND.test(name)).map(([, mb]) => mb);
  return peaks.length > 0 ? Math.max(...peaks) : NaN;
};

// Annals from nothing: no output folder and an empty cache before every clean build.
const buildCache = join(BENCH_DIR, `cache-${articles}`);
const annalsBuild = () => node("src/cli/build.ts", [`--input=${archiveDir}`, `--output=${buildOut}`, `--cache-dir=${buildCache}`], nodeFlagsOf("build", REPO_ROOT));

/** The count of files a build says it wrote ("287 files written"). */
const filesWritten = (run: MeasuredRun): number => Number(/(\d[\d,]*) files? written/.exec(run.output)?.[1]?.replaceAll(",", "") ?? NaN);

// The peer: the same archive as a plain Eleventy site, indexed by Pagefind's CLI.
const peerOut = join(BENCH_DIR, `peer-${articles}`);
// Past 30,000 stories the peer's Eleventy holds every page in memory and dies after many
// minutes, so it is measured only below that (or never, with --no-peer).
const measurePeer = !values["no-peer"] && articles <= 30_000;
if (!measurePeer) log("peer: not measured at this size (--no-peer, or more than 30,000 stories)");

// Measured in rounds, each the floor, a clean build, a warm build after one new story and the
// peer, one after the other: a shared machine's speed drifts over a run (a full disk cache,
// other tenants), and each ratio is taken within a round, where the drift is least.
const floorRuns: MeasuredRun[] = [];
const buildRuns: MeasuredRun[] = [];
const warmRuns: MeasuredRun[] = [];
const peerEleventy: MeasuredRun[] = [];
const peerPagefind: MeasuredRun[] = [];
for (let run = 1; run <= runs; run++) {
  floorRuns.push(await node("src/bench/floor.ts", ["--input", archiveDir, "--output", floorOut]));
  log(`floor ${run}/${runs}: ${seconds(floorRuns.at(-1)!.wallMs).toFixed(2)} s`);

  rmSync(buildOut, { recursive: true, force: true });
  rmSync(buildCache, { recursive: true, force: true });
  buildRuns.push(await annalsBuild());
  log(`clean build ${run}/${runs}: ${seconds(buildRuns.at(-1)!.wallMs).toFixed(2)} s, peak ${peakOf(buildRuns.at(-1)!, "node").toFixed(0)} MB Node, ${pagefindPeak(buildRuns.at(-1)!).toFixed(0)} MB Pagefind`);

  // The everyday build: one new story since the last build.
  addStory(archiveDir, run);
  warmRuns.push(await annalsBuild());
  log(`warm build after adding one story ${run}/${runs}: ${seconds(warmRuns.at(-1)!.wallMs).toFixed(2)} s (${/\d[\d,]* files written/.exec(warmRuns.at(-1)!.output)?.[0] ?? "?"})`);

  if (!measurePeer) continue;
  rmSync(peerOut, { recursive: true, force: true });
  peerEleventy.push(
    await runMeasured(process.execPath, [join(REPO_ROOT, "node_modules/@11ty/eleventy/cmd.cjs"), `--config=${join(REPO_ROOT, "src/bench/peer/eleventy.config.js")}`, `--input=${archiveDir}`, `--output=${peerOut}`, "--quiet"], { cwd: REPO_ROOT }),
  );
  peerPagefind.push(await runMeasured(join(REPO_ROOT, "node_modules/.bin/pagefind"), ["--site", peerOut, "--force-language", "en", "--quiet"], { cwd: REPO_ROOT }));
  log(`peer ${run}/${runs}: Eleventy ${seconds(peerEleventy.at(-1)!.wallMs).toFixed(2)} s + Pagefind CLI ${seconds(peerPagefind.at(-1)!.wallMs).toFixed(2)} s`);
}
removeAddedStories(archiveDir);

const previewRuns: PreviewEditResult[] = [];
const seededStarts: PreviewStartResult[] = [];
if (!values["no-preview"]) {
  rmSync(previewArchive, { recursive: true, force: true });
  cpSync(archiveDir, previewArchive, { recursive: true });
  for (let run = 1; run <= runs; run++) {
    // A cold start: the preview's folder is made from nothing.
    rmSync(previewOut, { recursive: true, force: true });
    const result = await measurePreviewEdit({ repoRoot: REPO_ROOT, archiveDir: previewArchive, outputDir: previewOut, timeoutMs: TIMEOUT_MS, withSearch: !values["no-search"] });
    previewRuns.push(result);
    log(
      `preview ${run}/${runs}: started in ${seconds(result.startupMs).toFixed(1)} s; ` +
        (result.headlineWhileIndexingMs === undefined ? "" : `new headline while indexing served in ${seconds(result.headlineWhileIndexingMs).toFixed(2)} s; `) +
        `edit served in ${seconds(result.pageMs).toFixed(2)} s, new headline in ${seconds(result.headlinePageMs).toFixed(2)} s, new date in ${seconds(result.datePageMs).toFixed(2)} s, ` +
        (result.searchMs === undefined ? `search: ${result.searchError}` : `searchable in ${seconds(result.searchMs).toFixed(2)} s`),
    );
  }
  // The everyday start: a build of the same content exists (npm run build, then npm start).
  const seedBuild = join(BENCH_DIR, `preview-build-${articles}`);
  const seedCache = join(BENCH_DIR, `preview-cache-${articles}`);
  rmSync(seedBuild, { recursive: true, force: true });
  rmSync(seedCache, { recursive: true, force: true });
  await node("src/cli/build.ts", [`--input=${previewArchive}`, `--output=${seedBuild}`, `--cache-dir=${seedCache}`], nodeFlagsOf("build", REPO_ROOT));
  for (let run = 1; run <= runs; run++) {
    rmSync(previewOut, { recursive: true, force: true });
    const result = await measurePreviewStart({ repoRoot: REPO_ROOT, archiveDir: previewArchive, outputDir: previewOut, fromBuild: seedBuild, cacheDir: seedCache, timeoutMs: TIMEOUT_MS });
    seededStarts.push(result);
    log(`preview after a build ${run}/${runs}: served in ${seconds(result.servedMs).toFixed(2)} s, search ready in ${seconds(result.searchReadyMs).toFixed(2)} s`);
  }
  rmSync(previewArchive, { recursive: true, force: true });
}

let mobile: SearchPageScore | undefined;
let transfer: SearchTransfer | undefined;
let transferError: string | undefined;
if (!values["no-search"]) {
  try {
    mobile = await scoreSearchPageOnMobile(buildOut, COMMON_WORD);
    log(`search page on Lighthouse's mobile preset: performance ${mobile.performance}, total blocking time ${Math.round(mobile.totalBlockingTimeMs)} ms`);
    transfer = await measureSearchTransfer(buildOut, COMMON_WORD, 60_000);
    log(`search: index ${(transfer.indexBytes / 1024 / 1024).toFixed(1)} MB; "${COMMON_WORD}" fetched ${kb(transfer.staged.firstResults.bytes)} KB until the first results (${transfer.staged.firstStatus}), ${kb(transfer.atOnce.firstResults.bytes)} KB with every bundle at once`);
  } catch (error) {
    // The search page is still changing; a broken selector is reported, not fatal.
    transferError = String(error);
    log(`search transfer could not be measured: ${transferError}`);
  }
}

const floor = summarize("floor (read + gray-matter + markdown-it + write)", "s", floorRuns.map((r) => seconds(r.wallMs)));
const peerTotals = peerEleventy.map((run, i) => seconds(run.wallMs + peerPagefind[i]!.wallMs));
const peer = summarize("peer: plain Eleventy + Pagefind CLI, clean", "s", peerTotals);
const build = summarize("Annals clean build (every page, feeds, sitemaps, search)", "s", buildRuns.map((r) => seconds(r.wallMs)));
const warm = summarize("Annals warm build after adding one story", "s", warmRuns.map((r) => seconds(r.wallMs)));
for (const metric of [build, warm, peer]) metric.ratioToFloor = medianRatio(metric.samples, floor.samples);
if (peerTotals.length > 0) for (const metric of [build, warm]) metric.ratioToPeer = medianRatio(metric.samples, peer.samples);
const metrics: Metric[] = [
  floor,
  build,
  warm,
  summarize("  files it rewrote for the new story", "files", warmRuns.map(filesWritten)),
  peer,
  summarize("  of which Eleventy", "s", peerEleventy.map((r) => seconds(r.wallMs))),
  summarize("  of which Pagefind CLI", "s", peerPagefind.map((r) => seconds(r.wallMs))),
  summarize("Annals clean build: peak memory, Node", "MB", buildRuns.map((r) => peakOf(r, "node"))),
  summarize("Annals clean build: peak memory, Pagefind", "MB", buildRuns.map(pagefindPeak)),
  summarize("Annals warm build: peak memory, Node", "MB", warmRuns.map((r) => peakOf(r, "node"))),
  summarize("peer: peak memory, Eleventy (Node)", "MB", peerEleventy.map((r) => peakOf(r, "node"))),
  summarize("peer: peak memory, Pagefind CLI", "MB", peerPagefind.map(pagefindPeak)),
];
const rssNote = "each process's own high-water mark (VmHWM), sampled from /proc every 100 ms";
metrics.find((m) => m.metric.includes("peak memory, Node"))!.note = rssNote;
if (previewRuns.length > 0) {
  metrics.push(summarize("preview: start until home page served", "s", previewRuns.map((r) => seconds(r.startupMs))));
  metrics.push(summarize("preview: start until search is ready", "s", previewRuns.map((r) => seconds(r.searchableMs))));
  metrics.push(summarize("  of which indexing the whole archive", "s", previewRuns.map((r) => seconds(r.searchableMs - r.startupMs))));
  metrics.push(summarize("preview: start after a build of the same content, until served", "s", seededStarts.map((r) => seconds(r.servedMs))));
  metrics.push(summarize("  until search is ready", "s", seededStarts.map((r) => seconds(r.searchReadyMs))));
  const whileIndexing = previewRuns.flatMap((r) => (r.headlineWhileIndexingMs === undefined ? [] : [seconds(r.headlineWhileIndexingMs)]));
  metrics.push(summarize("preview: new headline while search is indexing, until served", "s", whileIndexing, whileIndexing.length === 0 ? "indexing was over before the edit was served" : undefined));
  metrics.push(summarize("preview: edit until page shows it", "s", previewRuns.map((r) => seconds(r.pageMs))));
  metrics.push(summarize("preview: new headline until page shows it", "s", previewRuns.map((r) => seconds(r.headlinePageMs))));
  metrics.push(summarize("preview: new date until the story's new address serves it", "s", previewRuns.map((r) => seconds(r.datePageMs))));
  const searchTimes = previewRuns.flatMap((r) => (r.searchMs === undefined ? [] : [seconds(r.searchMs)]));
  const searchErrors = previewRuns.flatMap((r) => (r.searchError ? [r.searchError] : []));
  metrics.push(summarize("preview: edit until search finds it", "s", searchTimes, searchErrors[0]));
}
if (mobile) {
  metrics.push(summarize(`search page /search/?q=${COMMON_WORD}, Lighthouse mobile: performance`, "points", [mobile.performance]));
  metrics.push(summarize("  its total blocking time", "ms", [mobile.totalBlockingTimeMs]));
}
if (transfer) {
  const { staged, atOnce, secondVisit, slow4g } = transfer;
  const bytesRow = (name: string, staged: { bytes: number; requests: number }, atOnce?: { bytes: number }) =>
    summarize(name, "KB", [staged.bytes / 1024], `${staged.requests} requests${atOnce ? `; ${kb(atOnce.bytes)} KB with every bundle loaded at once` : ""}`);
  metrics.push(summarize("Pagefind index on disk", "MB", [transfer.indexBytes / 1024 / 1024], `${transfer.indexFiles} files`));
  metrics.push(bytesRow(`first search "${COMMON_WORD}": bytes from /pagefind/ until the first results`, staged.firstResults, atOnce.firstResults));
  metrics.push(bytesRow("  until the facet counts show (the periods searched first)", staged.withFacets, atOnce.withFacets));
  metrics.push(bytesRow("  until every period is searched", staged.allResults, atOnce.allResults));
  metrics.push(bytesRow("  with every year's facet counts", staged.allFacets, atOnce.allFacets));
  metrics.push(bytesRow("  the same search on a second visit, from the browser's cache", secondVisit));
  metrics.push(summarize(`  on Slow 4G, from Enter to the first results`, "s", [seconds(slow4g.stagedFirstMs)], `${seconds(slow4g.atOnceFirstMs).toFixed(1)} s with every bundle loaded at once`));
  metrics.push(summarize(`  on Slow 4G, from Enter to every period searched`, "s", [seconds(slow4g.stagedAllMs)]));
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
      metrics,
      preview: previewRuns,
      previewAfterBuild: seededStarts,
      searchTransfer: transfer ?? { error: transferError ?? "not measured" },
      mobileSearchPage: mobile ?? null,
      notes,
    },
    null,
    2,
  )}\n`,
);
console.log(`\nWrote ${rel(resultsPath)}.`);
