// The search page's worker: it opens the bundles, searches them as one, ranks, counts and
// reads the results shown, so the page's own thread never holds Pagefind's result lists
// (76,817 results for "government" at 100,000 stories: reading one was a task of about
// 400 ms there at a phone's speed). Pagefind runs here without a worker of its own. The
// page asks for a search or for more of its results; every answer names the search it is
// for, and the worker stops working on a search once a newer one has been asked for.
// @ts-check
import { currentBundles } from "./open-bundles.js";
import { facetCounts, searchBundles } from "./search-bundles.js";
import { folder, matchedNames, wordsOf } from "./fold.js";
import { countsWithout, excludedStories } from "./exclusions.js";
import { parseQuery } from "./query.js";

/**
 * What the page asks.
 * @typedef {{ type: "init", folding: import("./fold.js").FoldingTable }
 *   | { type: "search", run: number, q: string, filters: import("./bundle-answers.js").SearchOptions["filters"], byDate: boolean }
 *   | { type: "more", run: number }} Request
 * A result as the page shows it: Pagefind's data without the story's whole text, and the
 * entities it matched by another name when the excerpt holds no word searched.
 * @typedef {{ url: string, excerpt: string, meta: Record<string, string | undefined>, names: string[] }} Shown
 * What the worker answers.
 * @typedef {{ type: "results", run: number, count: number, shown: Shown[], more: boolean, atOnce: boolean }
 *   | { type: "more", run: number, shown: Shown[], more: boolean }
 *   | { type: "facets", run: number, counts: Record<string, Record<string, number>>, approximate: boolean }
 *   | { type: "failed", run: number, message: string }} Answer
 */

const PAGE_SIZE = 10;

/** @type {import("./fold.js").Fold} */
let fold = (text) => text;
/** The newest search asked for: an older one's work stops, its answers are not sent. */
let latestRun = 0;
/** The newest search's results not shown yet, and its folded words. */
let pending = { results: /** @type {import("./pagefind-api").Result[]} */ ([]), words: /** @type {string[]} */ ([]) };

const post = (/** @type {Answer} */ answer) => self.postMessage(answer);

self.addEventListener("message", (event) => void answer(/** @type {Request} */ (event.data)));

/** @param {Request} request */
async function answer(request) {
  if (request.type === "init") {
    fold = folder(request.folding);
  } else if (request.type === "search") {
    latestRun = request.run;
    await searchOrRetry(request);
  } else if (request.run === latestRun) {
    try {
      post({ type: "more", run: request.run, ...(await nextPage()) });
    } catch (error) {
      post({ type: "failed", run: request.run, message: String(error) });
    }
  }
}

/**
 * Runs a search, and once more on the bundles opened afresh if it fails: a file the
 * open index names is gone when the index was replaced between the manifest's reading
 * and the search (the preview re-indexing on a save, a site published anew). A search
 * overtaken by a later one neither tries again nor reports its failure.
 * @param {Extract<Request, { type: "search" }>} request
 */
async function searchOrRetry(request) {
  for (const reopen of [false, true]) {
    try {
      await search(request, reopen);
      return;
    } catch (error) {
      if (request.run !== latestRun) return;
      if (reopen) post({ type: "failed", run: request.run, message: String(error) });
      else console.warn("Search failed; opening the index afresh.", error);
    }
  }
}

/** @param {Extract<Request, { type: "search" }>} request @param {boolean} reopen */
async function search({ run, q, filters, byDate }, reopen) {
  const stale = () => run !== latestRun;
  const opening = await currentBundles(reopen);
  const merged = await opening.merged;
  if (stale()) return;
  if (!merged) {
    post({ type: "results", run, count: 0, shown: [], more: false, atOnce: false });
    return;
  }
  const { positive, excluded } = parseQuery(fold(q));
  const query = positive || null;
  const options = { filters };
  const searched = await searchBundles(merged, query, options, byDate || !query, fold);
  if (stale()) return;
  // Stories holding an excluded word or phrase are taken away, from the results and the counts.
  const left = excluded.length > 0 ? await excludedStories(merged.pagefind, excluded) : new Set();
  const results = searched.results.filter((result) => !left.has(result.id));
  if (stale()) return;
  const count = results.length;
  pending = { results, words: wordsOf(query ?? "").filter((word) => word.length > 1) };
  const page = await nextPage();
  if (stale()) return;
  post({ type: "results", run, count, atOnce: searched.atOnce, ...page });
  const counted = await facetCounts(opening, merged, query, options, searched.answering);
  const { counts, approximate } = await countsWithout(counted, searched.results.filter((result) => left.has(result.id)));
  if (stale()) return;
  post({ type: "facets", run, counts, approximate });
}

/** The next results of the newest search, read for showing, and taken from its pending ones. */
async function nextPage() {
  const { results, words } = pending;
  const batch = results.splice(0, PAGE_SIZE);
  /** @type {Shown[]} */
  const shown = await Promise.all(
    batch.map(async (result) => {
      const { url, excerpt, meta } = await result.data();
      return { url, excerpt, meta, names: excerpt.includes("<mark>") ? [] : matchedNames(meta.names, words, fold) };
    }),
  );
  return { shown, more: results.length > 0 };
}
