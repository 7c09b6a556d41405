// /search/: searches the Pagefind index in the browser. The page is the form and
// empty regions; its script (layouts/assets/search/) runs the query and fills them in.
import { html } from "../src/html.ts";
import type { MonthSpan, SearchFilter } from "../src/search/filters.ts";
import { SEARCH_FOLDING } from "../src/search/fold.ts";
import { ENTITY_LABELS, ENTITY_TYPES, type SiteSettings } from "../src/types.ts";
import { urls } from "../src/urls.ts";
import { renderPage } from "./base.11ty.ts";

interface SearchData {
  site: SiteSettings;
  /** The archive's first and last months, bounding the date range a reader may pick. */
  months: MonthSpan;
}

/** The facets offered beside the results, in the order readers see them. */
const FACETS: readonly { filter: SearchFilter; legend: string }[] = [
  { filter: "source", legend: "Source" },
  { filter: "year", legend: "Year" },
  ...ENTITY_TYPES.map((type) => ({ filter: type, legend: ENTITY_LABELS[type].many })),
  { filter: "tag", legend: "Tags" },
];

/**
 * The stories the search page loads the index of before it shows the first results: the
 * newest periods holding at least this many (layouts/assets/search/loading-stages.js). At
 * 5,000 a first search for a common word downloads about the same at 10,000 and at 100,000
 * stories ([Search](../docs/search.md#the-loading-order)).
 */
const FIRST_STAGE_STORIES = 5000;

/**
 * The search page's interface text that its script shows as a search goes on (the rest is
 * written in the page below). `{year}` stands for the earliest year a search or its counts
 * have reached so far.
 */
export const SEARCH_MESSAGES = {
  /** After the status line, while the older periods are still being searched. */
  searchingEarlier: "So far from {year} on; searching earlier years…",
  /** Once they all are, when stories from them rank among the results shown. */
  outranked: "Stories from earlier years rank among these.",
  rankAll: "Rank all years together",
  /** Beside the facets, when their counts cover the newest periods only. */
  countsSince: "Counts from {year} on.",
  countAll: "Count all years",
} as const;

/** The interface text the script fills in: the keys of SEARCH_MESSAGES. */
export type SearchMessage = keyof typeof SEARCH_MESSAGES;

export function render({ site, months }: SearchData): string {
  const main = html`<h1>Search the archive</h1>
<div class="search-page" data-search data-folding="${JSON.stringify(SEARCH_FOLDING)}" data-first-month="${months.first}" data-last-month="${months.last}" data-messages="${JSON.stringify(SEARCH_MESSAGES)}" data-first-stage-stories="${FIRST_STAGE_STORIES}">
<form class="search-query" role="search" aria-label="Archive" action="${urls.search}">
<div class="search-box">
<label for="search-query">Words to find</label>
<div class="search-query-row">
<input id="search-query" type="search" name="q" autocomplete="off">
<button type="submit">Search</button>
</div>
<fieldset class="search-sort">
<legend>Order</legend>
<label><input type="radio" name="sort" value="" checked> Most relevant</label>
<label><input type="radio" name="sort" value="newest"> Newest first</label>
</fieldset>
</div>
<p class="search-help">Put a phrase in quotes to find it as written; put a minus before a word or a phrase (<kbd>-Erbil</kbd>) to leave out the stories that contain it.</p>
<details class="search-filters" open>
<summary>Filter results</summary>
<fieldset class="search-dates">
<legend>Dates</legend>
<label>From <input type="month" name="from" min="${months.first}" max="${months.last}"></label>
<label>To <input type="month" name="to" min="${months.first}" max="${months.last}"></label>
</fieldset>
<p class="search-counts-note" hidden>Counts include stories the excluded words leave out.</p>
<p class="search-counts-partial" hidden><span></span> <button type="button">${SEARCH_MESSAGES.countAll}</button></p>
<div class="search-facets">
${FACETS.map(
  ({ filter, legend }) => html`<fieldset class="search-facet" data-facet="${filter}" hidden>
<legend>${legend}</legend>
<ul></ul>
</fieldset>`,
)}
</div>
</details>
</form>
<div class="search-answer">
<p class="search-status" role="status" aria-live="polite" aria-atomic="true"></p>
<ol class="search-results"></ol>
<p class="search-outranked" hidden>${SEARCH_MESSAGES.outranked} <button type="button">${SEARCH_MESSAGES.rankAll}</button></p>
<button type="button" class="search-more" hidden>More results</button>
<noscript><p>Search runs in your browser and needs JavaScript. Browse by <a href="${urls.archive}">date</a>, <a href="${urls.sources}">source</a> or <a href="${urls.entities}">people, organizations and places</a> instead.</p></noscript>
</div>
</div>
<script type="module" src="${site.assets.searchScript}"></script>`;
  return renderPage({ site, title: "Search", description: `Search ${site.title}.`, url: urls.search, main, meta: { noindex: true } });
}
