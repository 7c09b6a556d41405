// Searches the bundled index as one: each bundle's answer, the bundles that stand a
// prefix in for a word left out, the results ranked across bundles; and the facet counts.
// @ts-check
import { BUNDLE_FILTER } from "./bundle-slots.js";
import { searchAllBundles, searchEachBundle } from "./bundle-answers.js";
import { wordsOf } from "./fold.js";
import { bundlesWithStandIns } from "./stand-ins.js";

/**
 * @typedef {import("./manifest.js").Bundle} Bundle
 * @typedef {import("./pagefind-api").Result} Result
 * @typedef {import("./bundle-answers.js").SearchOptions} SearchOptions
 * @typedef {import("./open-bundles.js").MergedBundles} MergedBundles
 */

/** BM25's weight of a word found in `containing` of `total` stories, as Pagefind computes it. */
const rarity = (/** @type {number} */ total, /** @type {number} */ containing) => Math.log((total - containing + 0.5) / (containing + 0.5) + 1);

/**
 * The reader's results, from every bundle merged, and the bundles they come from. By
 * relevance: Pagefind weighs a word by how rare it is within each bundle, so a passing
 * mention in a small bundle would outrank the story about it in a big one; each
 * bundle's scores are re-weighed by the word's rarity in the bundles searched over its
 * rarity in the bundle. That rarity is the same factor for every bundle, so the bundles
 * merged first keep their results' order among themselves as older bundles join them.
 * Newest first: Pagefind scores a sorted result by its place within its own bundle,
 * which would interleave the bundles; as they are periods listed newest first, their
 * sorted results follow each other, and the older bundles' results come after them.
 * @param {MergedBundles} merged @param {string | null} query @param {SearchOptions} options @param {boolean} byDate
 * @param {import("./fold.js").Fold} fold
 * @returns {Promise<{ results: Result[], answering: Bundle[], atOnce: boolean, settled: boolean }>}
 *   `atOnce`: one search answered for every bundle; `settled`: the results shown now stay
 *   where they are as older bundles join (false when a word is held by none of the bundles
 *   merged yet, and the index is merged in part)
 */
export async function searchBundles({ pagefind, bundles, weighed, complete }, query, options, byDate, fold) {
  const atOnce = weighed && query && !byDate ? await searchAllBundles(pagefind, bundles, query, options) : undefined;
  const answers = atOnce ?? (await searchEachBundle(pagefind, bundles, query, byDate ? { ...options, sort: { date: "desc" } } : options, weighed));
  const { standIns, everyWordHeld } = query ? await bundlesWithStandIns(pagefind, answers, wordsOf(query), fold) : { standIns: new Set(), everyWordHeld: true };
  const settled = complete || everyWordHeld;
  const answering = answers.filter(({ bundle }) => !standIns.has(bundle.id));
  const bundlesAnswering = answering.map(({ bundle }) => bundle);
  if (byDate || !query) return { results: answering.flatMap(({ results }) => results), answering: bundlesAnswering, atOnce: false, settled };
  const total = bundles.reduce((sum, bundle) => sum + bundle.pages - bundle.hidden.size, 0);
  const containing = answering.reduce((sum, { holding }) => sum + holding.length, 0);
  const searchedRarity = rarity(total, containing);
  const results = answering
    .flatMap(({ bundle, results, containingIndexed }) => {
      const weight = searchedRarity / rarity(bundle.pages, containingIndexed);
      return results.map((result) => ({ result, score: result.score * weight }));
    })
    .sort((a, b) => b.score - a.score)
    .map(({ result }) => result);
  return { results, answering: bundlesAnswering, atOnce: atOnce !== undefined, settled };
}

/**
 * The facet counts of a search, over the bundles that answered it (not those that stood
 * a prefix in for a word) and whose facet index is loaded (IndexOpening.loadFacets):
 * Pagefind counts only the filter chunks it has loaded.
 * @param {MergedBundles} merged @param {string | null} query
 * @param {SearchOptions} options @param {Bundle[]} answering
 * @returns {Promise<Record<string, Record<string, number>>>}
 */
export async function facetCounts({ pagefind, bundles }, query, options, answering) {
  const counted = await pagefind.search(
    query,
    answering.length === bundles.length ? options : { ...options, filters: { ...options.filters, [BUNDLE_FILTER]: { any: answering.map((bundle) => bundle.id) } } },
  );
  return counted.filters;
}
