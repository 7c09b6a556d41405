// The crash test's run: a generated archive is built, then changed and built again, the
// build killed (SIGKILL to its process group) at moments spread evenly over a measured
// warm build (of the same kind: after a finished build, or after a killed one, which
// writes every file again), the output checked after each kill (site-check.ts), and every
// few kills a build let finish and compared byte for byte with a clean build.
//
// The moments are spread over the stretch of the build that changes the output: from the
// moment its journal appears to its end, each counted from the moment the killed build's
// own journal appears. Before that it loads Node's modules, Eleventy and the content, and
// plans (at a few hundred stories, 85% of a warm build, and varying by more than the
// stretch that follows), and a kill there finds the site as the last build left it, every
// time. (A build killed while rolling back the one before it is tested apart, in
// tests/unit/staging.test.ts.)
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { parse } from "yaml";
import { generateArchive } from "../bench/generate-archive.ts";
import { createRandom } from "../bench/prng.ts";
import { applyChanges } from "./archive-changes.ts";
import { runBuild, type BuildFolders, type BuildRun } from "./build-process.ts";
import { SiteChecker, type SiteCheck } from "./site-check.ts";
import { treeDifferences } from "./tree-differences.ts";

export interface CrashTestOptions {
  /** Holds the archive, the output, the cache and the clean builds compared with. */
  workDir: string;
  articles: number;
  kills: number;
  /** Kills in a row (each build after the first recovering from the one before) before a build is let finish. */
  killsPerRound: number;
  seed: number;
  /**
   * Measure a build after a killed one apart (two builds more), for the moments of such
   * builds; else they are spread over the stretch of a build after a finished one, which
   * is shorter: they come in the first part of its writing.
   */
  measureBuildAfterKill: boolean;
  log(line: string): void;
}

export interface KillReport {
  /** 1-based. */
  moment: number;
  /** How long after the build began to change the output it was killed. */
  atMs: number;
  /** False when the build ended before its moment came. */
  killed: boolean;
  /** How far the build had come when it was killed. */
  stage?: KillStage;
  changes: string[];
  check: SiteCheck;
}

export interface RoundReport {
  /** The kill after which the build was let finish. */
  afterMoment: number;
  /** Files the finished build's output and a clean build's do not share byte for byte. */
  differences: string[];
}

/** The stretch of a build that moments are spread over: from when it began to change the output to its end. */
export interface MeasuredBuild {
  changingMs: number;
  ms: number;
}

export interface CrashTestReport {
  /** The unkilled warm builds the moments are spread over: after a finished build, and after one killed while changing the output. */
  measured: { afterFinished: MeasuredBuild; afterKilled: MeasuredBuild };
  kills: KillReport[];
  rounds: RoundReport[];
  /** Everything that did not hold, each line naming the moment; empty when the promise held. */
  problems: string[];
}

/** The journal a build changing `output` keeps beside it (src/output/staging.ts), if there is one. */
function journalOf(output: string): string | undefined {
  const name = readdirSync(dirname(output)).find((entry) => entry.startsWith(`${basename(output)}.journal-`));
  return name && join(dirname(output), name);
}

/** How far a killed build had come. */
export type KillStage = "loading and planning" | "writing pages and indexing search" | "replacing search bundles" | "committing";

/**
 * Told from what the build said (--verbose) and the journal it left beside the output
 * (src/output/staging.ts), whose folder list is begun once the new bundles.json is written.
 */
function whatTheKillLeft(output: string, said: string): { stage: KillStage; detail: string } {
  if (/wrote \d+ files/.test(said)) return { stage: "committing", detail: "" };
  const dir = journalOf(output);
  if (!/\d+ articles, \d+ files/.test(said) || !dir) return { stage: "loading and planning", detail: "" };
  const saved = existsSync(join(dir, "saved")) ? readdirSync(join(dir, "saved"), { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).length : 0;
  const added = existsSync(join(dir, "added.txt")) ? readFileSync(join(dir, "added.txt"), "utf8").split("\n").filter(Boolean).length : 0;
  const stage = existsSync(join(dir, "folders.txt")) ? "replacing search bundles" : "writing pages and indexing search";
  return { stage, detail: ` (${saved} files replaced or removed, ${added} added)` };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const count = (n: number) => n.toLocaleString("en-US");

function failedRun(what: string, run: BuildRun): string[] {
  return run.status === 0 ? [] : [`${what} ended with status ${run.status}:\n${run.output.trim()}`];
}

/**
 * The moment of kill `index` (0-based) of `kills`, as a fraction of the build: the
 * fractions (k + 0.5) / kills cover the build evenly, visited in a scattered order so
 * that each round meets early and late moments.
 */
export function killFraction(index: number, kills: number): number {
  let stride = Math.max(1, Math.round(kills * 0.618));
  while (gcd(stride, kills) !== 1) stride++;
  return (((index * stride) % kills) + 0.5) / kills;
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

function describeCheck(check: SiteCheck): string {
  const temporary = check.temporary > 0 ? `, ${check.temporary} temporary ${check.temporary === 1 ? "file" : "files"} left` : "";
  const ahead = check.linksAhead > 0 ? `, ${count(check.linksAhead)} links of new pages not published yet to pages still to come` : "";
  return `${count(check.files)} files, ${count(check.published.size)} published, ${count(check.links)} links, ${check.searchBundles} search bundles (${count(check.searchResults)} results)${temporary}${ahead}`;
}

export async function runCrashTest(options: CrashTestOptions): Promise<CrashTestReport> {
  const { workDir, log } = options;
  const content = join(workDir, "content");
  const folders: BuildFolders = { input: content, output: join(workDir, "_site"), cacheDir: join(workDir, "cache") };
  const random = createRandom(options.seed * 7919 + 17);
  const unmeasured = { changingMs: 0, ms: 0 };
  const report: CrashTestReport = { measured: { afterFinished: unmeasured, afterKilled: unmeasured }, kills: [], rounds: [], problems: [] };

  generateArchive({ dir: content, articles: options.articles, seed: options.seed });
  const settings = parse(readFileSync(join(content, "_data", "site.yaml"), "utf8")) as { url: string };
  const checker = new SiteChecker({ url: settings.url, pathPrefix: "/" });
  const first = await runBuild(folders);
  report.problems.push(...failedRun("the first build", first));
  applyChanges(content, random, { settings: false, label: "measured" });
  const measured = await runBuild(folders);
  report.problems.push(...failedRun("the measured warm build", measured));
  // A build after one killed while changing the output writes every file again (it cannot
  // trust the record of what is there), so it takes longer: measured apart.
  let measuredAfterKill = measured;
  if (options.measureBuildAfterKill) {
    applyChanges(content, random, { settings: false, label: "measured-after-kill" });
    await runBuild(folders, { killWhen: () => journalOf(folders.output) !== undefined });
    measuredAfterKill = await runBuild(folders);
    report.problems.push(...failedRun("the measured build after a kill", measuredAfterKill));
  }
  if (report.problems.length > 0) return report;
  const stretch = (run: BuildRun): MeasuredBuild => ({ changingMs: run.changingMs ?? 0, ms: run.ms });
  report.measured = { afterFinished: stretch(measured), afterKilled: stretch(measuredAfterKill) };
  let published = checker.check(folders.output).published;
  const described = (run: MeasuredBuild) => `${seconds(run.ms)}, changing the output from ${seconds(run.changingMs)}`;
  log(`${count(options.articles)} stories built in ${seconds(first.ms)}; a warm build after a few changes took ${described(report.measured.afterFinished)}, after a killed build ${described(report.measured.afterKilled)}; ${count(published.size)} files published.`);
  let lastKillChangedOutput = false;

  for (let index = 0; index < options.kills; index++) {
    const moment = index + 1;
    // A settings change at the second moment, and every sixth after it.
    const changes = applyChanges(content, random, { settings: index % 6 === 1, label: `m${moment}` });
    const { changingMs, ms } = lastKillChangedOutput ? report.measured.afterKilled : report.measured.afterFinished;
    // Counted from the moment this build begins to change the output: how long it loads
    // and plans varies by more than the stretch it then writes for, at a few hundred stories.
    const atMs = killFraction(index, options.kills) * (ms - changingMs);
    const run = await runBuild(folders, { killAfterChangingMs: atMs, verbose: true });
    if (!run.killed) report.problems.push(...failedRun(`the build of moment ${moment}, not killed`, run));
    const left = run.killed ? whatTheKillLeft(folders.output, run.output) : undefined;
    lastKillChangedOutput = left !== undefined && left.stage !== "loading and planning";
    const check = checker.check(folders.output, published);
    published = check.published;
    report.kills.push({ moment, atMs, killed: run.killed, ...(left ? { stage: left.stage } : {}), changes, check });
    report.problems.push(...check.problems.map((problem) => `kill ${moment} (${seconds(atMs)} into the change): ${problem}`));
    const outcome = left ? `killed while ${left.stage}${left.detail}` : `ended first, in ${seconds(run.ms)}`;
    log(`kill ${moment}/${options.kills} ${seconds(atMs)} into the change (${changes.length} changes${changes.some((line) => line.includes("site.yaml")) ? ", settings among them" : ""}): ${outcome}; ${check.problems.length === 0 ? "whole" : `${check.problems.length} PROBLEMS`}: ${describeCheck(check)}.`);
    if (report.problems.length > 0) return report;
    if (moment % options.killsPerRound === 0 || moment === options.kills) {
      const round = await finishAndCompare(folders, join(workDir, `clean-${moment}`));
      lastKillChangedOutput = false;
      report.rounds.push({ afterMoment: moment, differences: round.differences });
      report.problems.push(...round.problems.map((problem) => `after kill ${moment}: ${problem}`));
      const settled = checker.check(folders.output, published);
      published = settled.published;
      if (settled.linksAhead > 0 || settled.temporary > 0) settled.problems.push(`a finished build left ${settled.linksAhead} links to nowhere and ${settled.temporary} temporary files`);
      report.problems.push(...settled.problems.map((problem) => `after kill ${moment}, the build let finish: ${problem}`));
      log(`  a build to the end after kill ${moment}: ${round.problems.length === 0 ? "byte-identical to a clean build" : round.problems.slice(0, 5).join("; ")}`);
      if (report.problems.length > 0) return report;
    }
  }
  return report;
}

/** Lets a build finish and builds the same content clean (fresh output and cache), both at once; compares them. */
async function finishAndCompare(folders: BuildFolders, cleanDir: string): Promise<{ differences: string[]; problems: string[] }> {
  const clean: BuildFolders = { input: folders.input, output: join(cleanDir, "_site"), cacheDir: join(cleanDir, "cache") };
  try {
    const [finished, fresh] = await Promise.all([runBuild(folders), runBuild(clean)]);
    const failed = [...failedRun("the build let finish", finished), ...failedRun("the clean build", fresh)];
    if (failed.length > 0) return { differences: [], problems: failed };
    const differences = treeDifferences(folders.output, clean.output);
    return { differences, problems: differences.length === 0 ? [] : [`the output differs from a clean build's in ${differences.length} files: ${differences.slice(0, 10).join(", ")}`] };
  } finally {
    rmSync(cleanDir, { recursive: true, force: true });
  }
}
