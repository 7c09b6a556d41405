// A search as the URL holds it (/search/?q=sadr&source=AFP&sort=newest), so a search can be
// shared and the back button steps through earlier ones; and the same search as Pagefind's filters.
// @ts-check

/** @typedef {{ q: string, sort: string, filters: Record<string, string[]> }} SearchState */

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
  return { q: String(fields.get("q") ?? "").trim(), sort: fields.get("sort") === "newest" ? "newest" : "", filters };
}

/** @param {SearchState} state */
export function urlOf(state) {
  const params = new URLSearchParams();
  if (state.q) params.set("q", state.q);
  for (const [facet, values] of Object.entries(state.filters)) for (const value of values) params.append(facet, value);
  if (state.sort) params.set("sort", state.sort);
  const query = params.toString();
  return query ? `?${query}` : location.pathname;
}

/** @param {SearchState} state */
export function pagefindFilters(state) {
  /** @type {Record<string, string[] | { any: string[] }>} */
  const filters = {};
  for (const [facet, values] of Object.entries(state.filters)) {
    filters[facet] = EITHER_FACETS.has(facet) ? { any: values } : values;
  }
  return filters;
}
