// A search as the URL holds it (/search/?q=sadr&source=AFP&sort=newest), so a search can be
// shared and the back button steps through earlier ones; and the same search as Pagefind's filters.
// @ts-check

/**
 * `from` and `to`: months (`2021-07`) bounding the stories' dates, inclusive, or "".
 * @typedef {{ q: string, sort: string, filters: Record<string, string[]>, from: string, to: string }} SearchState
 */

/** The filter every story carries its month under (src/search/filters.ts). */
const MONTH_FILTER = "month";
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const month = (/** @type {FormDataEntryValue | null} */ value) => (typeof value === "string" && MONTH.test(value) ? value : "");

// An article has one source and one year, so ticking two of them widens the search;
// ticking two people narrows it to stories naming both.
const EITHER_FACETS = new Set(["source", "year"]);

/**
 * A search as the URL or the form holds it: both answer get() and getAll() alike.
 * @param {URLSearchParams | FormData} fields @param {readonly string[]} facets the page's facets
 * @returns {SearchState}
 */
export function stateFrom(fields, facets) {
  /** @type {Record<string, string[]>} */
  const filters = {};
  for (const facet of facets) {
    const values = fields.getAll(facet).map(String).filter(Boolean);
    if (values.length > 0) filters[facet] = values;
  }
  return { q: String(fields.get("q") ?? "").trim(), sort: fields.get("sort") === "newest" ? "newest" : "", filters, from: month(fields.get("from")), to: month(fields.get("to")) };
}

/** Whether a search asks for anything: words, a facet or a date range. @param {SearchState} state */
export const asksForAnything = (state) => Boolean(state.q || state.from || state.to || Object.keys(state.filters).length > 0);

/** @param {SearchState} state */
export function urlOf(state) {
  const params = new URLSearchParams();
  if (state.q) params.set("q", state.q);
  for (const [facet, values] of Object.entries(state.filters)) for (const value of values) params.append(facet, value);
  if (state.from) params.set("from", state.from);
  if (state.to) params.set("to", state.to);
  if (state.sort) params.set("sort", state.sort);
  const query = params.toString();
  return query ? `?${query}` : location.pathname;
}

/**
 * The months from `first` to `last`, inclusive, as the month filter writes them.
 * @param {string} first @param {string} last
 */
export function monthsBetween(first, last) {
  const months = [];
  let [year, monthNumber] = first.split("-").map(Number);
  for (let guard = 0; guard < 12 * 1000; guard++) {
    const current = `${String(year).padStart(4, "0")}-${String(monthNumber).padStart(2, "0")}`;
    if (current > last) break;
    months.push(current);
    [year, monthNumber] = monthNumber === 12 ? [(year ?? 0) + 1, 1] : [year, (monthNumber ?? 0) + 1];
  }
  return months;
}

/**
 * @param {SearchState} state
 * @param {{ first: string, last: string }} span the archive's first and last months, bounding an open range
 */
export function pagefindFilters(state, span) {
  /** @type {Record<string, string[] | { any: string[] }>} */
  const filters = {};
  for (const [facet, values] of Object.entries(state.filters)) {
    filters[facet] = EITHER_FACETS.has(facet) ? { any: values } : values;
  }
  if (state.from || state.to) filters[MONTH_FILTER] = { any: monthsBetween(state.from || span.first, state.to || span.last) };
  return filters;
}
