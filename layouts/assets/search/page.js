// The /search/ page: runs the query in the browser against the Pagefind index and shows
// what it found. The URL holds the whole search (state.js).
// @ts-check
import { currentBundles, facetCounts, searchBundles } from "./bundles.js";
import { foldQuery, wordsOf } from "./fold.js";
import { resultItem, showFacets, statusText } from "./render.js";
import { pagefindFilters, stateFrom, urlOf } from "./state.js";

/**
 * @typedef {import("./state.js").SearchState} SearchState
 * @typedef {import("./bundles.js").Result} Result
 */

const PAGE_SIZE = 10;

const root = /** @type {HTMLElement} */ (document.querySelector("[data-search]"));
const form = /** @type {HTMLFormElement} */ (root.querySelector("form"));
const queryBox = /** @type {HTMLInputElement} */ (form.elements.namedItem("q"));
const status = /** @type {HTMLElement} */ (root.querySelector(".search-status"));
const list = /** @type {HTMLOListElement} */ (root.querySelector(".search-results"));
const moreButton = /** @type {HTMLButtonElement} */ (root.querySelector(".search-more"));
// The facets are the page's own (layouts/search.11ty.ts), one fieldset each.
const FACETS = [...root.querySelectorAll("[data-facet]")].map((fieldset) => /** @type {HTMLElement} */ (fieldset).dataset.facet ?? "");

const stateFromUrl = () => stateFrom(new URLSearchParams(location.search), FACETS);
const stateFromForm = () => stateFrom(new FormData(form), FACETS);

/** @param {SearchState} state */
function showStateInForm(state) {
  queryBox.value = state.q;
  for (const radio of form.querySelectorAll('input[name="sort"]')) {
    const input = /** @type {HTMLInputElement} */ (radio);
    input.checked = input.value === state.sort;
  }
}

/** The folded, lowercase words of the query being shown, for explaining matches by name. @type {string[]} */
let queryWords = [];

let searchRun = 0;
/** @type {Result[]} */
let pending = [];

async function showMore() {
  const batch = pending.slice(0, PAGE_SIZE);
  pending = pending.slice(PAGE_SIZE);
  const run = searchRun;
  const items = await Promise.all(batch.map(async (result) => resultItem(await result.data(), queryWords)));
  if (run !== searchRun) return;
  list.append(...items);
  moreButton.hidden = pending.length === 0;
}

/** @param {SearchState} state @param {boolean} reopen */
async function runSearch(state, reopen) {
  const run = ++searchRun;
  showStateInForm(state);
  if (!state.q && Object.keys(state.filters).length === 0) {
    list.replaceChildren();
    showFacets(root, state, {});
    moreButton.hidden = true;
    status.textContent = "";
    return;
  }
  status.textContent = "Searching…";
  // A search with no words lists stories by date: there is no relevance to rank by.
  const byDate = state.sort === "newest" || !state.q;
  const opening = await currentBundles(reopen);
  const merged = await opening.merged;
  if (run !== searchRun) return;
  if (!merged) {
    list.replaceChildren();
    moreButton.hidden = true;
    status.textContent = statusText(0, state);
    return;
  }
  /** @type {import("./bundles.js").SearchOptions} */
  const options = { filters: pagefindFilters(state) };
  const query = state.q ? foldQuery(state.q) : null;
  queryWords = wordsOf(query ?? "").filter((word) => word.length > 1);
  const { results, answering } = await searchBundles(merged, query, options, byDate);
  if (run !== searchRun) return;
  list.replaceChildren();
  pending = results;
  await showMore();
  if (run !== searchRun) return;
  status.textContent = statusText(results.length, state);
  const counts = await facetCounts(opening, merged, query, options, answering);
  if (run !== searchRun) return;
  showFacets(root, state, counts);
}

/** @param {SearchState} state */
function search(state) {
  history.pushState(null, "", urlOf(state));
  void runOrRetry(state);
}

/**
 * Runs a search, and once more on the bundles opened afresh if it fails: a file the
 * open index names is gone when the index was replaced between the manifest's reading
 * and the search (the preview re-indexing on a save, a site published anew). A search
 * overtaken by a later one neither tries again nor reports its failure.
 * @param {SearchState} state
 */
async function runOrRetry(state) {
  for (const reopen of [false, true]) {
    const attempt = runSearch(state, reopen);
    // runSearch numbers its run before its first await.
    const run = searchRun;
    try {
      await attempt;
      return;
    } catch (error) {
      if (run !== searchRun) return;
      if (reopen) showFailure(error);
      else console.warn("Search failed; opening the index afresh.", error);
    }
  }
}

/** @param {unknown} error */
function showFailure(error) {
  status.textContent = "Search is not available right now. Please reload the page.";
  console.error(error);
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  search(stateFromForm());
});
// Facets and the order apply as soon as they change; the words wait for Enter or the button.
form.addEventListener("change", (event) => {
  if (event.target !== queryBox) search({ ...stateFromForm(), q: stateFromUrl().q });
});
moreButton.addEventListener("click", () => {
  const firstNew = list.children.length;
  showMore()
    .then(() => /** @type {HTMLElement | null} */ (list.children[firstNew]?.querySelector("a") ?? null)?.focus())
    .catch(showFailure);
});
window.addEventListener("popstate", () => void runOrRetry(stateFromUrl()));
// On a phone the facets would push the results a screen down: they start folded there.
const filters = /** @type {HTMLDetailsElement} */ (root.querySelector(".search-filters"));
if (window.matchMedia("(max-width: 60em)").matches) filters.open = false;
void runOrRetry(stateFromUrl());
