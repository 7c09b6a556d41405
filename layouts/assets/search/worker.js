// The search page's worker: it opens the bundles, searches them as one, ranks, counts and
// reads the results shown, so the page's own thread never holds Pagefind's result lists
// (76,817 results for "government" at 100,000 stories: reading one was a task of about
// 400 ms there at a phone's speed). Pagefind runs here without a worker of its own. The
// page asks for a search or for more of its results; every answer names the search it is
// for, and the worker stops working on a search once a newer one has been asked for.
//
// A search on an index merged in part (open-bundles.js) answers from the newest periods
// first, then again each time an older stage is merged, until it has every bundle. The
// results shown stay where they are: later answers only add what comes after them, or,
// when older stories rank among them, offer to show the whole ranking.
// @ts-check
import { currentBundles } from "./open-bundles.js";
import { facetCounts, searchBundles } from "./search-bundles.js";
import { folder, matchedNames, wordsOf } from "./fold.js";
import { countsWithout, excludedStories } from "./exclusions.js";
import { loadedSince } from "./loading-stages.js";
import { parseQuery } from "./query.js";

/**
 * What the page asks. `facets`: "shown" counts the facets over the periods loaded when
 * the first results show, "all" over every period (the reader opened or used the facets),
 * "none" counts nothing (they are folded away).
 * @typedef {"none" | "shown" | "all"} FacetsWanted
 * @typedef {{ type: "init", folding: import("./fold.js").FoldingTable, firstStageStories: number }
 *   | { type: "search", run: number, q: string, filters: import("./bundle-answers.js").SearchOptions["filters"], byDate: boolean, facets: FacetsWanted }
 *   | { type: "open" }
 *   | { type: "more", run: number }
 *   | { type: "rank", run: number }
 *   | { type: "facets", run: number }} Request
 * A result as the page shows it: Pagefind's data without the story's whole text, and the
 * entities it matched by another name when the excerpt holds no word searched.
 * @typedef {{ url: string, excerpt: string, meta: Record<string, string | undefined>, names: string[] }} Shown
 * How far a search has got: `since`, the earliest year of the bundles searched; `complete`,
 * whether they are all of them.
 * @typedef {{ complete: boolean, since: string }} Progress
 * What the worker answers. "results" draws the list anew; "update" leaves it as it is and
 * tells how many stories the search has found now, and (`outranked`) whether stories
 * from the older periods rank among those shown.
 * @typedef {{ type: "results", run: number, count: number, shown: Shown[], more: boolean, atOnce: boolean, progress: Progress }
 *   | { type: "update", run: number, count: number, more: boolean, progress: Progress, outranked: boolean }
 *   | { type: "more", run: number, shown: Shown[], more: boolean }
 *   | { type: "facets", run: number, counts: Record<string, Record<string, number>>, approximate: boolean, partialSince: string }
 *   | { type: "failed", run: number, message: string }} Answer
 */

const PAGE_SIZE = 10;

/** @type {import("./fold.js").Fold} */
let fold = (text) => text;
/** The stories the first stage of the index holds at least (loading-stages.js). */
let firstStageStories = Infinity;
/** The newest search asked for: an older one's work stops, its answers are not sent. */
let latestRun = 0;
/** Facet counts over every period, once the reader has opened or used the facets: for the rest of the visit. */
let allFacets = false;

/**
 * The newest search as far as it has got: its results in order, the ids of those shown
 * (in the order shown), its folded words, how many bundles its facets were counted over. `finish`
 * counts its facets again once the reader asks for every period's, after its stages are over.
 * @typedef {{ run: number, results: import("./pagefind-api").Result[], shown: string[], words: string[], complete: boolean, facetsCounted: number, finish?: () => Promise<void> }} Current
 */
/** @type {Current} */
let current = { run: 0, results: [], shown: [], words: [], complete: true, facetsCounted: 0 };

const post = (/** @type {Answer} */ answer) => self.postMessage(answer);

self.addEventListener("message", (event) => void answer(/** @type {Request} */ (event.data)));

/** @param {Request} request */
async function answer(request) {
  if (request.type === "init") {
    fold = folder(request.folding);
    firstStageStories = request.firstStageStories;
    return;
  }
  if (request.type === "open") {
    // The reader is about to search: the first stage loads while they type.
    await currentBundles(false, firstStageStories)
      .then((opening) => opening.ready)
      .catch((error) => console.warn("Opening the index ahead of a search failed; the search will try again.", error));
    return;
  }
  if (request.type === "search") {
    latestRun = request.run;
    if (request.facets === "all") allFacets = true;
    await searchOrRetry(request);
    return;
  }
  if (request.run !== latestRun || request.run !== current.run) return;
  try {
    if (request.type === "more") post({ type: "more", run: request.run, ...(await nextPage()) });
    else if (request.type === "rank") {
      // The reader asked for the whole ranking: the list is drawn anew from its top.
      current.shown = [];
      post({ type: "results", run: request.run, count: current.results.length, atOnce: false, progress: { complete: true, since: "" }, ...(await nextPage()) });
    } else {
      allFacets = true;
      // A search still going through its stages counts every period at its next one.
      await current.finish?.();
    }
  } catch (error) {
    post({ type: "failed", run: request.run, message: String(error) });
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

/**
 * A search, from the bundles merged now, then again after each older stage is merged.
 * @param {Extract<Request, { type: "search" }>} request @param {boolean} reopen
 */
async function search(request, reopen) {
  const { run, q, filters, byDate } = request;
  const stale = () => run !== latestRun;
  const opening = await currentBundles(reopen, firstStageStories);
  let merged = await opening.ready;
  if (stale()) return;
  if (!merged) {
    current = { run, results: [], shown: [], words: [], complete: true, facetsCounted: 0 };
    post({ type: "results", run, count: 0, shown: [], more: false, atOnce: false, progress: { complete: true, since: "" } });
    return;
  }
  const { positive, excluded } = parseQuery(fold(q));
  const query = positive || null;
  const options = { filters };
  current = { run, results: [], shown: [], words: wordsOf(query ?? "").filter((word) => word.length > 1), complete: false, facetsCounted: 0 };
  const folders = opening.bundles.map((bundle) => bundle.id);
  for (;;) {
    const searched = await searchBundles(merged, query, options, byDate || !query, fold);
    if (stale()) return;
    // Stories holding an excluded word or phrase are taken away, from the results and the counts.
    const left = excluded.length > 0 ? await excludedStories(merged.pagefind, excluded) : new Set();
    if (stale()) return;
    const progress = { complete: merged.complete, since: loadedSince(folders, merged.bundles.length) };
    if (searched.settled) {
      await show(searched.results.filter((result) => !left.has(result.id)), progress, searched.atOnce);
      if (stale()) return;
      const snapshot = merged;
      const answering = searched.answering;
      const removed = searched.results.filter((result) => left.has(result.id));
      const countFacets = async () => {
        const wanted = allFacets ? snapshot.bundles.length : request.facets === "shown" ? Math.max(opening.facetsCovered, 1) : opening.facetsCovered;
        if (wanted === 0) return;
        if (opening.facetsCovered < wanted) await opening.loadFacets();
        // Counted once for each extent of the facet index: counts never go back to covering less.
        const covered = opening.facetsCovered;
        if (stale() || covered <= current.facetsCounted) return;
        current.facetsCounted = covered;
        const { counts, approximate } = await countsWithout(await facetCounts(snapshot, query, options, answering), removed);
        if (stale()) return;
        const partialSince = covered < opening.bundles.length ? loadedSince(folders, covered) : "";
        post({ type: "facets", run, counts, approximate, partialSince });
      };
      if (merged.complete) current.finish = countFacets;
      await countFacets();
      if (stale()) return;
    }
    if (merged.complete) return;
    merged = await opening.nextStage();
    if (stale() || !merged) return;
  }
}

/**
 * Shows a search's results as far as it has got: its first page when none is shown yet,
 * otherwise only how many it has found now, the ones shown staying where they are.
 * @param {import("./pagefind-api").Result[]} results @param {Progress} progress @param {boolean} atOnce
 */
async function show(results, progress, atOnce) {
  const { run } = current;
  current.results = results;
  current.complete = progress.complete;
  if (current.shown.length === 0) {
    post({ type: "results", run, count: results.length, atOnce, progress, ...(await nextPage()) });
    return;
  }
  const outranked = current.shown.some((id, i) => results[i]?.id !== id);
  post({ type: "update", run, count: results.length, more: results.length > current.shown.length, progress, outranked });
}

/** The next results of the newest search not shown yet, read for showing. */
async function nextPage() {
  const { results, words } = current;
  const shownIds = new Set(current.shown);
  const batch = results.filter((result) => !shownIds.has(result.id)).slice(0, PAGE_SIZE);
  current.shown.push(...batch.map((result) => result.id));
  /** @type {Shown[]} */
  const shown = await Promise.all(
    batch.map(async (result) => {
      const { url, excerpt, meta } = await result.data();
      return { url, excerpt, meta, names: excerpt.includes("<mark>") ? [] : matchedNames(meta.names, words, fold) };
    }),
  );
  return { shown, more: results.length > current.shown.length };
}
