// Asks a served site's Pagefind index whether a word is findable, from a real browser
// (pagefind.js needs one: it loads WebAssembly and fetches index chunks relative to itself).
import type { Browser, Page } from "playwright-core";

export interface SearchProbe {
  /** Whether a freshly loaded copy of the index finds a story containing `word`. */
  finds(word: string): Promise<boolean>;
  close(): Promise<void>;
}

// A search started while the preview rewrites pagefind/ can wait forever on a file
// that vanished; such a poll is abandoned with its page, and the next starts afresh.
// Generous: a first search of a 10,000-story archive takes seconds on a busy machine.
const PROBE_TIMEOUT_MS = 30_000;

/**
 * Searches the way a reader does, on the site's own search page (which merges the
 * bundles, hides stale copies and ranks across bundles), and looks for the word in the
 * results' excerpts: a result count alone is no proof, since Pagefind answers an unknown
 * word with stories holding a prefix of it ("zqx..." finds "Z. Azzam").
 */
async function findsOn(page: Page, searchUrl: string, word: string): Promise<boolean> {
  await page.goto(`${searchUrl}?q=${encodeURIComponent(word)}`);
  // Checked on every frame: a locator's wait polls every 500 ms once the first tries
  // fail, which would add up to half a second to the time measured.
  const answer = await page.waitForFunction(
    () => {
      const text = document.querySelector(".search-status")?.textContent ?? "";
      return /found|not available/.test(text) ? text : undefined;
    },
    undefined,
    { polling: "raf", timeout: PROBE_TIMEOUT_MS },
  );
  // The page says so when a search fails even on the index opened afresh: not found yet.
  if (/not available/.test(await answer.jsonValue() ?? "")) return false;
  const excerpts = await page.locator(".search-result .excerpt").allTextContents();
  return excerpts.some((excerpt) => excerpt.toLowerCase().includes(word.toLowerCase()));
}

export async function openSearchProbe(browser: Browser, siteUrl: string): Promise<SearchProbe> {
  const searchUrl = new URL("search/", siteUrl).href;
  const open = async (): Promise<Page> => {
    const page = await browser.newPage();
    await page.goto(searchUrl);
    return page;
  };
  let page = await open();
  return {
    async finds(word) {
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<"timeout">((resolve) => (timer = setTimeout(() => resolve("timeout"), PROBE_TIMEOUT_MS)));
      const attempt = findsOn(page, searchUrl, word);
      try {
        const outcome = await Promise.race([attempt, timedOut]);
        if (outcome !== "timeout") return outcome;
        attempt.catch(() => undefined);
        const stuck = page;
        page = await open();
        await stuck.close();
        throw new Error(`a search took over ${PROBE_TIMEOUT_MS / 1000} s`);
      } finally {
        clearTimeout(timer);
      }
    },
    close: () => page.close(),
  };
}
