// Runs axe-core (the npm package, injected into the page) in real Chromium and
// formats its violations so that a failing test says what to fix and where.
import axe from "axe-core";
import type { AxeResults, Result, RunOptions } from "axe-core";
import type { Page } from "playwright-core";

export async function runAxe(page: Page, options: RunOptions = {}): Promise<AxeResults> {
  // Once per page: a second pass on the same page (another colour scheme) reuses it.
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ content: axe.source });
  return page.evaluate(
    (runOptions) => (window as unknown as { axe: { run(context: Document, options: RunOptions): Promise<AxeResults> } }).axe.run(document, runOptions),
    options,
  );
}

const MAX_NODES = 8;

/** One block per violation: id, impact, help and URL, then each element's selector and what is wrong with it. */
export function describeViolations(violations: Result[]): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes.slice(0, MAX_NODES).map((node) => {
        const summary = (node.failureSummary ?? "")
          .split("\n")
          .map((line) => line.trim())
          .filter((line) => line && !/^Fix (any|all) of the following:$/.test(line))
          .join("; ");
        return `    ${node.target.join(" >> ")}\n      ${summary}`;
      });
      const more = violation.nodes.length > MAX_NODES ? [`    … and ${violation.nodes.length - MAX_NODES} more`] : [];
      return [`  ${violation.id} (${violation.impact ?? "no impact given"}): ${violation.help} — ${violation.helpUrl}`, ...nodes, ...more].join("\n");
    })
    .join("\n");
}
