// Leaves out of a search the stories that contain an excluded word or phrase ("-word"):
// Pagefind has no such operator, so each excluded term is searched on its own, as an
// exact phrase, and its stories are taken away from the results and from the facet counts.
// @ts-check

/**
 * @typedef {import("./pagefind-api").Pagefind} Pagefind
 * @typedef {import("./pagefind-api").Result} Result
 */

/**
 * Stories taken away from a search whose facet values are read to correct the counts;
 * past this many, the counts are left as Pagefind gives them and said to be approximate.
 */
const EXACT_COUNTS_LIMIT = 300;

/** The ids of every story holding one of the excluded terms. @param {Pagefind} pagefind @param {readonly string[]} terms */
export async function excludedStories(pagefind, terms) {
  const found = await Promise.all(terms.map((term) => pagefind.search(term, { filters: {} })));
  return new Set(found.flatMap((search) => search.results.map((result) => result.id)));
}

/**
 * The facet counts without the stories taken away, when they are few enough to read.
 * @param {Record<string, Record<string, number>>} counts @param {readonly Result[]} removed
 * @returns {Promise<{ counts: Record<string, Record<string, number>>, approximate: boolean }>}
 */
export async function countsWithout(counts, removed) {
  if (removed.length === 0) return { counts, approximate: false };
  if (removed.length > EXACT_COUNTS_LIMIT) return { counts, approximate: true };
  const corrected = Object.fromEntries(Object.entries(counts).map(([facet, values]) => [facet, { ...values }]));
  for (const result of removed) {
    const { filters } = await result.data();
    for (const [facet, values] of Object.entries(filters ?? {})) {
      for (const value of values) {
        const facetCounts = corrected[facet];
        if (facetCounts && facetCounts[value] !== undefined) facetCounts[value] = Math.max(0, facetCounts[value] - 1);
      }
    }
  }
  return { counts: corrected, approximate: false };
}
