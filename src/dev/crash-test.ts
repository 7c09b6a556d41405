// `npm run crash-test -- [--kills 200] [--articles 3000] [--kills-per-round 3] [--seed 1] [--keep]`
//
// Proves that a build killed at any moment leaves a complete site and that the next build
// rolls it forward to what a clean build writes (crash-run.ts). Stops at the first moment
// that does not hold, and keeps the folder as the kill left it for inspection.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { runCrashTest } from "./crash-run.ts";

const USAGE = "Usage: npm run crash-test -- [--kills 200] [--articles 3000] [--kills-per-round 3] [--seed 1] [--keep]";

function wholeNumber(name: string, value: string, least: number): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < least) {
    console.error(`--${name} expects a whole number of at least ${least}, got ${value}.\n${USAGE}`);
    process.exit(2);
  }
  return number;
}

const { values } = parseArgs({
  options: {
    kills: { type: "string", default: "200" },
    articles: { type: "string", default: "3000" },
    "kills-per-round": { type: "string", default: "3" },
    seed: { type: "string", default: "1" },
    keep: { type: "boolean", default: false },
  },
});
const kills = wholeNumber("kills", values.kills, 1);
const articles = wholeNumber("articles", values.articles, 10);
const killsPerRound = wholeNumber("kills-per-round", values["kills-per-round"], 1);
const seed = wholeNumber("seed", values.seed, 0);

const workDir = mkdtempSync(join(tmpdir(), "annals-crash-test-"));
const started = performance.now();
console.log(`Crash test: ${kills} kills of warm builds of ${articles.toLocaleString("en-US")} generated stories, a build let finish every ${killsPerRound}; working in ${workDir}`);
const report = await runCrashTest({ workDir, articles, kills, killsPerRound, seed, measureBuildAfterKill: true, log: (line) => console.log(line) });
const minutes = ((performance.now() - started) / 60_000).toFixed(1);
const killed = report.kills.filter((kill) => kill.killed).length;
const stages = new Map<string, number>();
for (const { stage } of report.kills) if (stage) stages.set(stage, (stages.get(stage) ?? 0) + 1);
const byStage = [...stages].map(([stage, n]) => `${n} while ${stage}`).join(", ");
const summary = `${report.kills.length} moments: ${killed} builds killed (${byStage}), ${report.kills.length - killed} ended before their moment; ${report.rounds.length} builds let finish after a kill, each compared with a clean build; ${minutes} min.`;
if (report.problems.length > 0) {
  console.error(`\nFAILED after ${summary}\n${report.problems.slice(0, 30).join("\n")}`);
  console.error(`\nThe archive, the output as it was left and the cache are kept in ${workDir}`);
  process.exitCode = 1;
} else {
  console.log(`\nHeld at every moment: ${summary}`);
  if (values.keep) console.log(`Kept ${workDir}`);
  else rmSync(workDir, { recursive: true, force: true });
}
