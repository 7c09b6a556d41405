// The /search/ page: sends the reader's search to its worker (worker.js), which searches
// the Pagefind index, and shows what it answers. The URL holds the whole search (state.js).
// @ts-check
import { resultItem, showFacets, statusText, statusWords, withYear } from "./render.js";
import { pageMessages } from "./messages.js";
import { asksForAnything, pagefindFilters, stateFrom, urlOf } from "./state.js";

/**
 * @typedef {import("./state.js").SearchState} SearchState
 * @typedef {import("./worker.js").Answer} Answer
 * @typedef {import("./worker.js").FacetsWanted} FacetsWanted
 */

/** Marked each time one search answered for every bundle: the browser tests check that it does. */
const SEARCHED_AT_ONCE = "annals:searched-all-bundles-at-once";

const root = /** @type {HTMLElement} */ (document.querySelector("[data-search]"));
const form = /** @type {HTMLFormElement} */ (root.querySelector("form"));
const queryBox = /** @type {HTMLInputElement} */ (form.elements.namedItem("q"));
const status = /** @type {HTMLElement} */ (root.querySelector(".search-status"));
const list = /** @type {HTMLOListElement} */ (root.querySelector(".search-results"));
const moreButton = /** @type {HTMLButtonElement} */ (root.querySelector(".search-more"));
const answerRegion = /** @type {HTMLElement} */ (root.querySelector(".search-answer"));
// Shown once every period is searched, when older stories rank among the results shown.
const outranked = /** @type {HTMLElement} */ (root.querySelector(".search-outranked"));
// Shown while the facet counts cover the newest periods only.
const partialCounts = /** @type {HTMLElement} */ (root.querySelector(".search-counts-partial"));
const filters = /** @type {HTMLDetailsElement} */ (root.querySelector(".search-filters"));
/** @type {import("./render.js").Messages} */
const messages = pageMessages(root);
// The facets are the page's own (layouts/search.11ty.ts), one fieldset each.
const FACETS = [...root.querySelectorAll("[data-facet]")].map((fieldset) => /** @type {HTMLElement} */ (fieldset).dataset.facet ?? "");

const stateFromUrl = () => stateFrom(new URLSearchParams(location.search), FACETS);
const stateFromForm = () => stateFrom(new FormData(form), FACETS);

const worker = new Worker(new URL(SEARCH_WORKER_FILE, import.meta.url), { type: "module" });
// The letters readers type interchangeably (src/search/fold.ts), which the page embeds:
// the worker folds the query, and the stories' text, as the index was folded.
// And how many stories' index it loads before the first results (loading-stages.js).
worker.postMessage({
  type: "init",
  folding: JSON.parse(root.dataset.folding ?? '{"letters":{},"marks":"[]"}'),
  firstStageStories: Number(root.dataset.firstStageStories ?? Infinity),
});

/**
 * Whether the reader has opened or used the facets in this visit: from then on they are
 * counted over every period. Until then they are counted over the periods loaded for the
 * first results, or not at all while they are folded away.
 */
let countAllYears = false;
/** @returns {FacetsWanted} */
const facetsWanted = () => (countAllYears ? "all" : filters.open ? "shown" : "none");
/** The reader opened or used the facets: the facet counts of every period are loaded. */
function countEveryYear() {
  if (countAllYears) return;
  countAllYears = true;
  worker.postMessage({ type: "facets", run: searchRun });
}

/** @param {SearchState} state */
function showStateInForm(state) {
  queryBox.value = state.q;
  for (const bound of /** @type {const} */ (["from", "to"])) /** @type {HTMLInputElement} */ (form.elements.namedItem(bound)).value = state[bound];
  for (const radio of form.querySelectorAll('input[name="sort"]')) {
    const input = /** @type {HTMLInputElement} */ (radio);
    input.checked = input.value === state.sort;
  }
}

/** Whether the next list drawn takes the focus: the reader asked for it by a button that goes. */
let focusFirstResult = false;
/** The newest search sent to the worker, numbered: answers for older ones are dropped. */
let searchRun = 0;
/** @type {SearchState} */
let searchShown = { q: "", sort: "", filters: {}, from: "", to: "" };
// The archive's first and last months (layouts/search.11ty.ts): a date range open at one end stops there.
const span = { first: root.dataset.firstMonth ?? "", last: root.dataset.lastMonth ?? "" };

/** @param {SearchState} state */
function runSearch(state) {
  const run = ++searchRun;
  showStateInForm(state);
  searchShown = state;
  outranked.hidden = true;
  if (!asksForAnything(state)) {
    list.replaceChildren();
    answerRegion.removeAttribute("aria-busy");
    showFacets(root, state, {});
    moreButton.hidden = true;
    status.textContent = "";
    return;
  }
  status.textContent = statusWords.searching;
  // A search with no words lists stories by date: there is no relevance to rank by.
  answerRegion.setAttribute("aria-busy", "true");
  worker.postMessage({ type: "search", run, q: state.q, filters: pagefindFilters(state, span), byDate: state.sort === "newest" || !state.q, facets: facetsWanted() });
}

worker.addEventListener("message", (event) => {
  const answer = /** @type {Answer} */ (event.data);
  if (answer.run !== searchRun) return;
  if (answer.type === "results" || answer.type === "update") {
    if (answer.type === "results") {
      list.replaceChildren(...answer.shown.map(resultItem));
      if (answer.atOnce) performance.mark(SEARCHED_AT_ONCE);
      if (focusFirstResult) /** @type {HTMLElement | null} */ (list.querySelector("a"))?.focus();
      focusFirstResult = false;
    }
    moreButton.hidden = !answer.more;
    status.textContent = statusText(answer.count, searchShown, answer.progress, messages);
    outranked.hidden = !(answer.type === "update" && answer.progress.complete && answer.outranked);
    // Busy while the older periods are still being searched.
    if (answer.progress.complete) answerRegion.removeAttribute("aria-busy");
  } else if (answer.type === "more") {
    const firstNew = list.children.length;
    list.append(...answer.shown.map(resultItem));
    moreButton.hidden = !answer.more;
    /** @type {HTMLElement | null} */ (list.children[firstNew]?.querySelector("a") ?? null)?.focus();
  } else if (answer.type === "facets") {
    showFacets(root, searchShown, answer.counts, answer.approximate);
    partialCounts.hidden = !answer.partialSince;
    /** @type {HTMLElement} */ (partialCounts.firstElementChild).textContent = withYear(messages.countsSince, answer.partialSince);
  } else {
    showFailure(answer.message);
  }
});
worker.addEventListener("error", (event) => showFailure(event.message));

/** @param {SearchState} state */
function search(state) {
  history.pushState(null, "", urlOf(state));
  runSearch(state);
}

/** @param {unknown} error */
function showFailure(error) {
  status.textContent = statusWords.failed;
  answerRegion.removeAttribute("aria-busy");
  console.error(error);
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  search(stateFromForm());
});
// Facets and the order apply as soon as they change; the words wait for Enter or the button.
form.addEventListener("change", (event) => {
  if (event.target instanceof Element && event.target.closest("[data-facet]")) countAllYears = true;
  if (event.target !== queryBox) search({ ...stateFromForm(), q: stateFromUrl().q });
});
moreButton.addEventListener("click", () => worker.postMessage({ type: "more", run: searchRun }));
// A reader who goes to the search box is about to search: the index's first stage loads while they type.
queryBox.addEventListener("focus", () => worker.postMessage({ type: "open" }), { once: true });
/** @type {HTMLButtonElement} */ (outranked.querySelector("button")).addEventListener("click", () => {
  outranked.hidden = true;
  // The button goes as the list is drawn anew: a keyboard user lands on its first result.
  focusFirstResult = true;
  worker.postMessage({ type: "rank", run: searchRun });
});
/** @type {HTMLButtonElement} */ (partialCounts.querySelector("button")).addEventListener("click", countEveryYear);
// Opened by the reader (a details element open in the page fires "toggle" as it loads too).
/** @type {HTMLElement} */ (filters.querySelector("summary")).addEventListener("click", () => {
  if (!filters.open) countEveryYear();
});
window.addEventListener("popstate", () => runSearch(stateFromUrl()));
// On a phone the facets would push the results a screen down: they start folded there.
if (window.matchMedia("(max-width: 60em)").matches) filters.open = false;
runSearch(stateFromUrl());
