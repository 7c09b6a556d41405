// The sample archive built into a temporary folder and served on 127.0.0.1, as the
// browser tests use it.
import assert from "node:assert/strict";
import { join } from "node:path";
import { after, before } from "node:test";
import type { Browser } from "playwright-core";
import { launchBrowser } from "../../src/dev/browser.ts";
import { serveSite, type StaticSite } from "../../src/dev/static-server.ts";
import { build, ROOT, type BuiltSite } from "./site.ts";

export interface ServedSample {
  built: BuiltSite;
  site: StaticSite;
}

export async function serveSample(options: { pathPrefix?: string } = {}): Promise<ServedSample> {
  const built = await build(join(ROOT, "content"), options);
  assert.ok(built.result.ok, `the sample archive builds: ${JSON.stringify(built.result.issues.filter((issue) => issue.severity === "error"))}`);
  return { built, site: await serveSite(built.output, options.pathPrefix) };
}

export interface SampleInBrowser {
  /** Set once the suite's `before` hook has run. */
  site: StaticSite;
  browser: Browser;
}

/** Within a describe(): the served sample and a Chromium, opened before its tests and closed after. */
export function sampleInBrowser(): SampleInBrowser {
  const state = {} as SampleInBrowser;
  before(async () => {
    state.site = (await serveSample()).site;
    state.browser = await launchBrowser();
  });
  after(async () => {
    await state.browser?.close();
    await state.site?.close();
  });
  return state;
}
