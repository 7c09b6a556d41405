// Lighthouse (the npm package's Node API) against Debian's Chromium, started by
// chrome-launcher. Works without network: every page and asset is on 127.0.0.1 and
// chrome-launcher's default flags already turn off Chromium's own background traffic.
import { existsSync } from "node:fs";
import { launch, type LaunchedChrome } from "chrome-launcher";
import lighthouse, { desktopConfig, type Config, type Flags, type Result } from "lighthouse";
import { CHROMIUM, CHROMIUM_FLAGS } from "../../src/dev/browser.ts";
import { tempDir } from "./site.ts";

export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
export type Category = (typeof CATEGORIES)[number];


/**
 * How long a page must be quiet before Lighthouse stops recording it: a quarter of the
 * default second each. The sample's pages load from 127.0.0.1 with nothing after their
 * load but the search page's own requests, which keep the network busy until they end;
 * the simulated metrics come from the recorded requests, not from these windows.
 */
const QUIET_WINDOWS = { pauseAfterFcpMs: 250, pauseAfterLoadMs: 250, networkQuietThresholdMs: 250, cpuQuietThresholdMs: 250 };

/**
 * Lighthouse's desktop preset (1350×940 screen, desktop user agent) with simulated
 * throttling (a 40 ms, 10 Mbit/s network and no CPU slowdown, applied by Lantern to
 * the recorded trace). Simulation makes the network part deterministic, unlike
 * 'provided', where a page on 127.0.0.1 loads in no time whatever it weighs; the
 * mobile preset multiplies every main-thread task by 4, which on a busy 2-core
 * machine turned a static page's score from 98 to 83 between two runs.
 */
export const LIGHTHOUSE_CONFIG: Config = {
  ...desktopConfig,
  settings: { ...desktopConfig.settings, throttlingMethod: "simulate", onlyCategories: [...CATEGORIES], disableFullPageScreenshot: true, ...QUIET_WINDOWS },
};

/**
 * Audits that weigh nothing in any category's score and cost seconds a page: the
 * back/forward cache check navigates away and back, the screenshots are pictures for the
 * report. Left out with the full-page screenshot; the scores are the same without them.
 */
const UNSCORED_AUDITS = ["bf-cache", "screenshot-thumbnails", "final-screenshot"];

export async function launchChrome(): Promise<LaunchedChrome> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Lighthouse tests need Chromium at ${CHROMIUM}. Install it with \`apt-get install -y chromium\`, or set CHROMIUM_PATH.`);
  }
  return launch({ chromePath: CHROMIUM, chromeFlags: [...CHROMIUM_FLAGS], userDataDir: tempDir("lighthouse-profile"), logLevel: "silent" });
}

export async function runLighthouse(chrome: LaunchedChrome, url: string, options: { skipAudits?: string[] } = {}): Promise<Result> {
  const flags: Flags = { port: chrome.port, logLevel: "error", skipAudits: [...UNSCORED_AUDITS, ...(options.skipAudits ?? [])] };
  const result = await lighthouse(url, flags, LIGHTHOUSE_CONFIG);
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  if (result.lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
  return result.lhr;
}

/** A category's score out of 100, or undefined when it was not run (or could not be scored). */
export function score(lhr: Result, category: Category): number | undefined {
  const value = lhr.categories[category]?.score;
  return value === null || value === undefined ? undefined : Math.round(value * 100);
}

const SCORED = new Set(["binary", "numeric", "metricSavings"]);

/** The elements or files an audit names, as short strings. */
function culprits(details: unknown, max = 3): string[] {
  if (!details || typeof details !== "object" || !("items" in details) || !Array.isArray(details.items)) return [];
  const found: string[] = [];
  for (const item of details.items as unknown[]) {
    if (!item || typeof item !== "object") continue;
    const record = item as Record<string, unknown>;
    const node = record.node as Record<string, unknown> | undefined;
    const name = node && typeof node === "object" ? (node.selector ?? node.snippet) : (record.url ?? record.source ?? record.label);
    if (typeof name === "string" && name) found.push(name.length > 120 ? `${name.slice(0, 117)}…` : name);
    if (found.length >= max) break;
  }
  return found;
}

/** Every audit of the category that is scored and scores under 0.9 (or fails), most important first. */
export function failingAudits(lhr: Result, category: Category): string[] {
  const refs = [...(lhr.categories[category]?.auditRefs ?? [])].sort((a, b) => b.weight - a.weight);
  const lines: string[] = [];
  for (const ref of refs) {
    const audit = lhr.audits[ref.id];
    if (!audit || audit.score === null || !SCORED.has(audit.scoreDisplayMode) || audit.score >= 0.9) continue;
    const where = culprits(audit.details);
    lines.push(
      `    ${audit.id} "${audit.title}": score ${audit.score}${audit.displayValue ? `, ${audit.displayValue}` : ""}${ref.weight ? ` (weight ${ref.weight})` : ""}` +
        (where.length ? `\n      ${where.join("\n      ")}` : ""),
    );
  }
  return lines;
}
