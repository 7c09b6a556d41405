// axe-core in real Chromium on one page of each kind of the built sample archive,
// in the light theme (every rule axe runs by default) and in the dark theme (the
// rules that depend on colour), served on 127.0.0.1.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Page } from "playwright-core";
import { describeViolations, runAxe } from "../helpers/axe.ts";
import { sampleArchive, samplePages, type SamplePage } from "../../src/dev/sample-pages.ts";
import { ROOT } from "../helpers/site.ts";
import { sampleInBrowser } from "../helpers/served-sample.ts";

const PAGES = samplePages(sampleArchive(ROOT));
/** What the dark theme can break: contrast, and links told apart from text by colour alone. */
const COLOUR_RULES = ["color-contrast", "link-in-text-block"];

describe("accessibility (axe-core) of the built sample archive", () => {
  const served = sampleInBrowser();

  async function open(sample: SamplePage): Promise<Page> {
    const page = await served.browser.newPage();
    // Reduced motion: colours are read after any transition would have finished.
    await page.emulateMedia({ colorScheme: "light", reducedMotion: "reduce" });
    await page.goto(`${served.site.url}${sample.path}`);
    await sample.ready(page);
    return page;
  }

  for (const sample of PAGES) {
    // One load per page: the dark theme is the same page with the colour scheme switched,
    // which the stylesheet follows at once (it is a media query, not a script's choice).
    it(`/${sample.path} has no axe violations (light theme), and no colour violations in the dark theme`, async (t) => {
      const page = await open(sample);
      try {
        const light = await runAxe(page);
        t.diagnostic(`light: ${light.passes.length} rules passed, ${light.incomplete.length} need review, ${light.violations.length} violated`);
        assert.ok(light.violations.length === 0, `axe violations on /${sample.path} (light):\n${describeViolations(light.violations)}`);

        await page.emulateMedia({ colorScheme: "dark", reducedMotion: "reduce" });
        const scheme = await page.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches);
        assert.ok(scheme, "the page sees prefers-color-scheme: dark");
        const dark = await runAxe(page, { runOnly: { type: "rule", values: COLOUR_RULES } });
        t.diagnostic(`dark: ${dark.incomplete.flatMap((rule) => rule.nodes).length} elements axe could not judge (e.g. text over an image)`);
        assert.ok(dark.violations.length === 0, `axe violations on /${sample.path} (dark):\n${describeViolations(dark.violations)}`);
      } finally {
        await page.close();
      }
    });
  }
});
