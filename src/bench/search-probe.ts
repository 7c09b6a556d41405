// Asks a served site's Pagefind index whether a word is findable, from a real browser
// (pagefind.js needs one: it loads WebAssembly and fetches index chunks relative to itself).
import type { Browser, Page } from "playwright-core";

export interface SearchProbe {
  /** Whether a freshly loaded copy of the index finds a story containing `word`. */
  finds(word: string): Promise<boolean>;
  close(): Promise<void>;
}

interface PagefindModule {
  mergeIndex(path: string): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<{ content: string }> }[] }>;
}

// A search started while the preview rewrites pagefind/ can wait forever on a file
// that vanished; such a poll is abandoned with its page, and the next starts afresh.
// Generous: a first search merges every bundle of a 10,000-story archive, which takes
// seconds on a busy 2-core machine, and a probe cut short would never find anything.
const PROBE_TIMEOUT_MS = 30_000;

async function findsOn(page: Page, word: string, n: number): Promise<boolean> {
  return page.evaluate(
    async ({ query, n }: { query: string; n: number }) => {
      // The index is split into bundles (src/search/bundles.ts) that bundles.json lists.
      const { bundles } = (await (await fetch("/pagefind/bundles.json", { cache: "no-store" })).json()) as { bundles: string[] };
      if (bundles.length === 0) return false;
      // A new query string makes a new module instance, so no earlier, cached
      // index survives between polls; Pagefind's own fetches are content-hashed.
      const pagefind = (await import(`/pagefind/${bundles[0]}/pagefind.js?probe=${n}`)) as PagefindModule;
      for (const bundle of bundles.slice(1)) await pagefind.mergeIndex(`/pagefind/${bundle}/`);
      const { results } = await pagefind.search(query);
      // A result count alone is not proof: Pagefind answers an unknown word with
      // stories holding a one-letter prefix of it ("zqx..." finds "Z. Azzam").
      const contents = await Promise.all(results.slice(0, 20).map(async (result) => (await result.data()).content));
      return contents.some((content) => content.toLowerCase().includes(query.toLowerCase()));
    },
    { query: word, n },
  );
}

export async function openSearchProbe(browser: Browser, siteUrl: string): Promise<SearchProbe> {
  const searchUrl = new URL("search/", siteUrl).href;
  const open = async (): Promise<Page> => {
    const page = await browser.newPage();
    await page.goto(searchUrl);
    return page;
  };
  let page = await open();
  let probe = 0;
  return {
    async finds(word) {
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<"timeout">((resolve) => (timer = setTimeout(() => resolve("timeout"), PROBE_TIMEOUT_MS)));
      const attempt = findsOn(page, word, ++probe);
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
