// /search/: searches the Pagefind index in the browser. The page is the form and
// empty regions; its script (layouts/assets/search/) runs the query and fills them in,
// with the words the page hands it in `data-messages`, in the page's language.
import { html } from "../src/html.ts";
import { localize, type Localizer } from "../src/messages/localize.ts";
import type { MonthSpan, SearchFilter } from "../src/search/filters.ts";
import { SEARCH_FOLDING } from "../src/search/fold.ts";
import { ENTITY_TYPES, type SiteSettings } from "../src/types.ts";
import { urls } from "../src/urls.ts";
import { renderPage } from "./base.11ty.ts";

interface SearchData {
  site: SiteSettings;
  /** The archive's first and last months, bounding the date range a reader may pick. */
  months: MonthSpan;
}

/** The facets offered beside the results, in the order readers see them. */
const facets = (ui: Localizer): readonly { filter: SearchFilter; legend: string }[] => [
  { filter: "source", legend: ui.text("search.facet.source") },
  { filter: "year", legend: ui.text("search.facet.year") },
  ...ENTITY_TYPES.map((type) => ({ filter: type, legend: ui.text(`entity.${type}.many`) })),
  { filter: "tag", legend: ui.text("nav.tags") },
];

/**
 * The stories the search page loads the index of before it shows the first results: the
 * newest periods holding at least this many (layouts/assets/search/loading-stages.js). At
 * 5,000 a first search for a common word downloads about the same at 10,000 and at 100,000
 * stories ([Search](../docs/search.md#the-loading-order)).
 */
const FIRST_STAGE_STORIES = 5000;

/**
 * What the page's script writes as a search goes on, in the page's language (read by
 * layouts/assets/search/messages.js); the rest is written in the page below. `{year}`
 * stands for the earliest year a search or its counts have reached so far.
 */
const scriptMessages = (ui: Localizer) => ({
  /** After the status line, while the older periods are still being searched. */
  searchingEarlier: ui.template("search.searchingEarlier"),
  /** Beside the facets, when their counts cover the newest periods only. */
  countsSince: ui.template("search.countsSince"),
  searching: ui.template("search.searching"),
  failed: ui.template("search.failed"),
  names: ui.template("search.names"),
  none: ui.template("search.found.none"),
  found: ui.forms("search.found"),
  query: ui.template("search.found.query"),
  from: ui.template("search.found.from"),
  to: ui.template("search.found.to"),
  fromTo: ui.template("search.found.fromTo"),
  separator: ui.template("list.separator"),
});

export function render({ site, months }: SearchData): string {
  const ui = localize(site);
  const main = html`<h1>${ui.text("search.label")}</h1>
<div class="search-page" data-search data-folding="${JSON.stringify(SEARCH_FOLDING)}" data-first-month="${months.first}" data-last-month="${months.last}" data-messages="${JSON.stringify(scriptMessages(ui))}" data-locale="${ui.locale}" data-first-stage-stories="${FIRST_STAGE_STORIES}">
<form class="search-query" role="search" aria-label="${ui.text("search.landmark.page")}" action="${urls.search}">
<div class="search-box">
<label for="search-query">${ui.text("search.words")}</label>
<div class="search-query-row">
<input id="search-query" type="search" name="q" autocomplete="off" dir="auto">
<button type="submit">${ui.text("search.button")}</button>
</div>
<fieldset class="search-sort">
<legend>${ui.text("search.order")}</legend>
<label><input type="radio" name="sort" value="" checked> ${ui.text("search.order.relevant")}</label>
<label><input type="radio" name="sort" value="newest"> ${ui.text("search.order.newest")}</label>
</fieldset>
</div>
<p class="search-help">${ui.markup("search.help", { example: html`<kbd dir="auto">${ui.text("search.help.example")}</kbd>` })}</p>
<details class="search-filters" open>
<summary>${ui.text("search.filters")}</summary>
<fieldset class="search-dates">
<legend>${ui.text("search.dates")}</legend>
<label>${ui.text("search.dates.from")} <input type="month" name="from" min="${months.first}" max="${months.last}"></label>
<label>${ui.text("search.dates.to")} <input type="month" name="to" min="${months.first}" max="${months.last}"></label>
</fieldset>
<p class="search-counts-note" hidden>${ui.text("search.countsNote")}</p>
<p class="search-counts-partial" hidden><span></span> <button type="button">${ui.text("search.countAll")}</button></p>
<div class="search-facets">
${facets(ui).map(
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
<p class="search-outranked" hidden>${ui.text("search.outranked")} <button type="button">${ui.text("search.rankAll")}</button></p>
<button type="button" class="search-more" hidden>${ui.text("search.more")}</button>
<noscript><p>${ui.markup("search.noscript", {
    date: html`<a href="${urls.archive}">${ui.text("search.noscript.date")}</a>`,
    source: html`<a href="${urls.sources}">${ui.text("search.noscript.source")}</a>`,
    entities: html`<a href="${urls.entities}">${ui.text("search.noscript.entities")}</a>`,
  })}</p></noscript>
</div>
</div>
<script type="module" src="${site.assets.searchScript}"></script>`;
  return renderPage({ site, title: ui.text("search.title"), description: ui.text("search.description", { site: site.title }), url: urls.search, main, meta: { noindex: true } });
}
