// Real Chromium for the browser tests, the benchmark and the screenshots: Debian's package, driven by playwright-core.
// CI installs it (.ci/run); a machine without it fails here with the fix, rather
// than skipping the tests and passing.
import { existsSync } from "node:fs";
import { chromium, type Browser, type Page, type Response } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Headless and offline: Chromium's own background traffic is refused by this machine's closed network. */
export const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
];

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Browser tests need Chromium at ${CHROMIUM}. Install it with \`apt-get install -y chromium\` (what .ci/run does), or set CHROMIUM_PATH.`,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
}

/** Bytes of every response body a page receives while `action` runs, as sent (compressed), by URL. */
export async function bytesTransferred(page: Page, action: () => Promise<void>): Promise<Map<string, number>> {
  const sizes = new Map<string, number>();
  const pending: Promise<void>[] = [];
  const record = (response: Response) => {
    pending.push(
      response
        .finished()
        .then(() => response.request().sizes())
        .then((size) => void sizes.set(response.url(), size.responseBodySize))
        .catch(() => undefined),
    );
  };
  page.on("response", record);
  try {
    await action();
    await Promise.all(pending);
  } finally {
    page.off("response", record);
  }
  return sizes;
}
