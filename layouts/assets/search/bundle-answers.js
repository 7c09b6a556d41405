// Each bundle's answer to a search: from one search of the merged index, each result
// given back to its bundle by its score, or from a search of each bundle alone.
// @ts-check
import { BUNDLE_FILTER, resultsByBundle, slotWeight } from "./bundle-slots.js";

/**
 * @typedef {import("./manifest.js").Bundle} Bundle
 * @typedef {import("./pagefind-api").Pagefind} Pagefind
 * @typedef {import("./pagefind-api").Result} Result
 * @typedef {{ filters: Record<string, string | string[] | { any: string[] }>, sort?: object }} SearchOptions
 */

/**
 * @typedef {{ bundle: Bundle, results: Result[], holding: Result[], containingIndexed: number }} BundleAnswer
 *   A bundle's answer: its current stories matching the reader's search, those holding
 *   the words whatever the filters, and how many of its indexed pages (stale copies too)
 *   hold them, which is what Pagefind weighed the words by.
 */

/**
 * A bundle's answer from its stories found: the current ones (not stale copies), and
 * how many it found in all.
 * @param {Bundle} bundle @param {Result[]} found @param {Result[]} holding
 * @returns {BundleAnswer}
 */
function bundleAnswer(bundle, found, holding) {
  const current = (/** @type {Result[]} */ results) => results.filter((result) => !bundle.hidden.has(result.id));
  return { bundle, results: current(found), holding: current(holding), containingIndexed: holding.length };
}

/**
 * Every bundle searched at once, with the reader's filters and (when there are some)
 * with none, each result given back to its bundle by its score.
 * @param {Pagefind} pagefind @param {Bundle[]} bundles @param {string} query @param {SearchOptions} options
 * @returns {Promise<BundleAnswer[] | undefined>} undefined when a score does not tell its bundle
 */
export async function searchAllBundles(pagefind, bundles, query, options) {
  const filtered = Object.keys(options.filters).length > 0;
  const [found, all] = await Promise.all([pagefind.search(query, options), filtered ? pagefind.search(query, { filters: {} }) : undefined]);
  const foundByBundle = resultsByBundle(bundles, found);
  const allByBundle = all ? resultsByBundle(bundles, all) : foundByBundle;
  if (!foundByBundle || !allByBundle) return undefined;
  return bundles.map((bundle, slot) => bundleAnswer(bundle, foundByBundle[slot] ?? [], allByBundle[slot] ?? []));
}

/**
 * Each bundle searched alone, through its synthetic filter, with the reader's filters
 * and with none (which of its stories hold the words at all): as many searches of the
 * merged index as there are bundles, for a date order or when scores do not tell bundles.
 * @param {Pagefind} pagefind @param {Bundle[]} bundles @param {string | null} query
 * @param {SearchOptions} options @param {boolean} weighed
 * @returns {Promise<BundleAnswer[]>}
 */
export async function searchEachBundle(pagefind, bundles, query, options, weighed) {
  const filtered = Object.keys(options.filters).length > 0;
  return Promise.all(
    bundles.map(async (bundle, slot) => {
      const only = { [BUNDLE_FILTER]: bundle.id };
      const [found, all] = await Promise.all([
        pagefind.search(query, { ...options, filters: { ...options.filters, ...only } }),
        filtered && query ? pagefind.search(query, { filters: only }) : undefined,
      ]);
      if (weighed) for (const result of new Set([...found.results, ...(all?.results ?? [])])) result.score /= slotWeight(slot);
      return bundleAnswer(bundle, found.results, (all ?? found).results);
    }),
  );
}
