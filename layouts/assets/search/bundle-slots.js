// Telling which bundle a result comes from, which Pagefind's merged index does not say:
// by the filter each bundle's pages are tagged with, or by the power of two its scores
// are weighed by.
// @ts-check

/**
 * @typedef {import("./manifest.js").Bundle} Bundle
 * @typedef {import("./pagefind-api").Result} Result
 * @typedef {import("./pagefind-api").SearchResponse} SearchResponse
 */

/** The synthetic filter each bundle's pages are tagged with, to search one bundle at a time. */
export const BUNDLE_FILTER = "bundle";

/**
 * Which bundle a result comes from, told by its score. Pagefind multiplies the scores of
 * an index's results by the index's `indexWeight` and says nothing else of where a result
 * came from. Each bundle is weighed by a power of two of its own, 2^(32 × slot − 976):
 * multiplying by a power of two changes a number's exponent and no digit of it, so a
 * relevance score (a positive number between 2^-16 and 2^16) lands in its bundle's band
 * of exponents, whence its bundle and its own score come back exactly. One search of the
 * merged index then answers for every bundle, where searching each bundle through its
 * filter costs as many searches again (each runs in every bundle). A score outside the
 * bands, or a count that disagrees with Pagefind's own count per bundle, makes the page
 * search each bundle alone instead. 62 bands fit in a double's exponents.
 */
const SLOT_BITS = 32;
const SLOT_BASE = -976;
export const MAX_SLOTS = 62;
export const slotWeight = (/** @type {number} */ slot) => 2 ** (SLOT_BITS * slot + SLOT_BASE);
/** @param {number} score */
const slotOf = (score) => (score > 0 ? Math.round((Math.log2(score) - SLOT_BASE) / SLOT_BITS) : -1);

/**
 * One search's results grouped by bundle, told by their scores, each score put back as
 * Pagefind gave it; undefined when a score does not tell its bundle.
 * @param {Bundle[]} bundles @param {SearchResponse} response
 * @returns {Result[][] | undefined}
 */
export function resultsByBundle(bundles, response) {
  /** @type {Result[][]} */
  const groups = bundles.map(() => []);
  for (const result of response.results) {
    const slot = slotOf(result.score);
    const group = groups[slot];
    if (group === undefined) return undefined;
    // Changed in place: the result keeps its data(), which reads the story's fragment.
    result.score /= slotWeight(slot);
    group.push(result);
  }
  const counts = response.filters[BUNDLE_FILTER] ?? {};
  return bundles.every((bundle, slot) => (counts[bundle.id] ?? 0) === groups[slot]?.length) ? groups : undefined;
}
