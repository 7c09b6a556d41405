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

export function render({ site, months }: SearchData): string {
  const main = html`<h1>Search the archive</h1>
<div class="search-page" data-search data-folding="${JSON.stringify(SEARCH_FOLDING)}" data-first-month="${months.first}" data-last-month="${months.last}">
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
<button type="button" class="search-more" hidden>More results</button>
<noscript><p>Search runs in your browser and needs JavaScript. Browse by <a href="${urls.archive}">date</a>, <a href="${urls.sources}">source</a> or <a href="${urls.entities}">people, organizations and places</a> instead.</p></noscript>
</div>
</div>
<script type="module" src="${site.assets.searchScript}"></script>`;
  return renderPage({ site, title: "Search", description: `Search ${site.title}.`, url: urls.search, main, meta: { noindex: true } });
}
