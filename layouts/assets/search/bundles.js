// Searches a bundled index as one: the bundles pagefind/bundles.json lists (src/search/bundles.ts),
// merged with Pagefind's mergeIndex, each result given back to its bundle so the page can rank
// across bundles, hide stale copies and leave out the bundles that stand a prefix in for a word.
// @ts-check
import { wordsOf } from "./fold.js";

/**
 * @typedef {{ url: string, excerpt: string, content: string, meta: Record<string, string | undefined> }} ResultData
 * @typedef {{ id: string, score: number, data(): Promise<ResultData> }} Result
 * @typedef {{ results: Result[], filters: Record<string, Record<string, number>> }} SearchResponse
 */

// This code runs in the search page's worker, published at <site>/assets/search-worker.<hash>.js
// (src/output/assets.ts): the site's root, with any path prefix, is one folder up, and the index
// sits beside it.
const siteRoot = new URL("../", import.meta.url);

/**
 * @typedef {{ search(query: string | null, options: object): Promise<SearchResponse>, filters(): Promise<unknown>,
 *   options(options: object): Promise<void>, mergeIndex(path: string, options: object): Promise<void>, destroy(): Promise<void> }} Pagefind
 */

/**
 * @typedef {{ id: string, pages: number, hidden: Set<string> }} Bundle
 * @typedef {{ filters: Record<string, string | string[] | { any: string[] }>, sort?: object }} SearchOptions
 */

/**
 * The index is split into bundles (src/search/bundles.ts); pagefind/bundles.json lists
 * them, newest period first, with their story counts. Read again before every search
 * (it is small, and a server answers "not modified" while it is): the preview re-indexes
 * as an editor saves, and a site is published anew while readers have it open.
 * @returns {Promise<string>}
 */
async function readManifest() {
  const response = await fetch(new URL("pagefind/bundles.json", siteRoot), { cache: "no-cache" });
  if (!response.ok) throw new Error(`pagefind/bundles.json: ${response.status}`);
  return response.text();
}

/** @param {string} text @returns {Bundle[]} */
function bundlesOf(text) {
  const manifest = /** @type {{ bundles: string[], pages: number[], hidden?: Record<string, string[]> }} */ (JSON.parse(text));
  // A bundle's stale copies of stories edited or deleted since it was indexed: the
  // current page of an edited story is in the edits bundle, listed first.
  return manifest.bundles.map((id, i) => ({ id, pages: manifest.pages[i] ?? 0, hidden: new Set(manifest.hidden?.[id] ?? []) }));
}

/** The synthetic filter each bundle's pages are tagged with, to search one bundle at a time. */
const BUNDLE_FILTER = "bundle";

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
const MAX_SLOTS = 62;
const slotWeight = (/** @type {number} */ slot) => 2 ** (SLOT_BITS * slot + SLOT_BASE);
/** @param {number} score */
const slotOf = (score) => (score > 0 ? Math.round((Math.log2(score) - SLOT_BASE) / SLOT_BITS) : -1);

/**
 * The merged index, its bundles in the order merged, and whether each is weighed by its slot.
 * @typedef {{ pagefind: Pagefind, bundles: Bundle[], weighed: boolean }} MergedBundles
 */

/**
 * Loads the first bundle's pagefind.js and merges the others into it: one WebAssembly
 * download. In the page's own worker, where Pagefind runs without a worker of its own.
 * @returns {Promise<MergedBundles | undefined>}
 */
async function openBundles(/** @type {Bundle[]} */ bundles) {
  const [first, ...others] = bundles;
  if (first === undefined) return undefined;
  const base = new URL("pagefind/", siteRoot);
  /** @type {Pagefind} */
  const pagefind = await import(new URL(`${first.id}/pagefind.js`, base).href);
  const weighed = bundles.length <= MAX_SLOTS;
  /** @param {Bundle} bundle @param {number} slot */
  const options = (bundle, slot) => ({
    baseUrl: siteRoot.pathname,
    excerptLength: 24,
    mergeFilter: { [BUNDLE_FILTER]: bundle.id },
    ...(weighed ? { indexWeight: slotWeight(slot) } : {}),
  });
  await pagefind.options(options(first, 0));
  await Promise.all(others.map((bundle, i) => pagefind.mergeIndex(new URL(`${bundle.id}/`, base).pathname, options(bundle, i + 1))));
  return { pagefind, bundles, weighed };
}

/**
 * The bundles a manifest's text lists, being merged (undefined when it lists none), and
 * whether their facet index is loaded.
 * @typedef {{ manifest: string, merged: ReturnType<typeof openBundles>, facetsLoaded: boolean }} IndexOpening
 */
/** @type {IndexOpening | undefined} */
let opened;

/**
 * The bundles the manifest lists now, merged: those already open while it is unchanged,
 * opened afresh once it changed (or when `reopen` is asked, after a search failed).
 * @returns {Promise<IndexOpening>}
 */
export async function currentBundles(reopen = false) {
  const manifest = await readManifest();
  if (opened && opened.manifest === manifest && !reopen) return opened;
  const previous = opened;
  const merged = previous ? closeBundles(previous.merged).then(() => openBundles(bundlesOf(manifest))) : openBundles(bundlesOf(manifest));
  opened = { manifest, merged, facetsLoaded: false };
  return opened;
}

/** Lets go of merged bundles, so the next pagefind.js starts clean. @param {ReturnType<typeof openBundles>} merging */
async function closeBundles(merging) {
  const merged = await merging.catch(() => undefined);
  await merged?.pagefind.destroy();
}

/** BM25's weight of a word found in `containing` of `total` stories, as Pagefind computes it. */
const rarity = (/** @type {number} */ total, /** @type {number} */ containing) => Math.log((total - containing + 0.5) / (containing + 0.5) + 1);

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
 * One search's results grouped by bundle, told by their scores (see SLOT_BITS), each
 * score put back as Pagefind gave it; undefined when a score does not tell its bundle.
 * @param {Bundle[]} bundles @param {SearchResponse} response
 * @returns {Result[][] | undefined}
 */
function resultsByBundle(bundles, response) {
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

/**
 * Every bundle searched at once, with the reader's filters and (when there are some)
 * with none, each result given back to its bundle by its score.
 * @param {Pagefind} pagefind @param {Bundle[]} bundles @param {string} query @param {SearchOptions} options
 * @returns {Promise<BundleAnswer[] | undefined>} undefined when a score does not tell its bundle
 */
async function searchAllBundles(pagefind, bundles, query, options) {
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
async function searchEachBundle(pagefind, bundles, query, options, weighed) {
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

/**
 * Whether a story's text (its words, title and other fields) has a word starting with
 * `word`, as Pagefind extends a word to the longer ones it starts ("Kadhim" finds "Kadhimi").
 * @param {ResultData} data @param {string} word @param {import("./fold.js").Fold} fold
 */
function extendsWord(data, word, fold) {
  const text = [data.content, ...Object.values(data.meta).map((value) => value ?? "")].join(" ");
  return wordsOf(fold(text)).some((token) => token.startsWith(word));
}

/**
 * Pagefind answers a word an index lacks with the longest prefix of it that the index
 * holds ("zqxw" finds every "Z." in a bundle without "zqxw"), and weighs that stand-in
 * like the word itself. One index would only do so for a word the archive lacks; with
 * bundles, a word held by one bundle comes back from all the others as unrelated
 * stories, ranked above the real match (a story edited in the preview, alone in its
 * bundle, sank below them). A quoted search, which Pagefind never answers with a stand-in,
 * counts the stories holding each word per bundle; a bundle holding none that answers
 * anyway either extends the word or stands a prefix in for it, and its best story's
 * text tells which.
 * @param {Pagefind} pagefind @param {BundleAnswer[]} answers @param {string[]} words @param {import("./fold.js").Fold} fold
 * @returns {Promise<Set<string>>} the bundles that answer a word another bundle holds with a stand-in
 */
async function bundlesWithStandIns(pagefind, answers, words, fold) {
  /** @type {Set<string>} */
  const standIns = new Set();
  for (const word of words) {
    const exact = await pagefind.search(`"${word}"`, { filters: {} });
    const holding = exact.filters[BUNDLE_FILTER] ?? {};
    // No bundle holds the word: every bundle answers as one index would.
    if (!Object.values(holding).some((count) => count > 0)) continue;
    await Promise.all(
      answers.map(async ({ bundle, holding: stories }) => {
        const best = stories[0];
        if (!best || (holding[bundle.id] ?? 0) > 0 || standIns.has(bundle.id)) return;
        if (!extendsWord(await best.data(), word, fold)) standIns.add(bundle.id);
      }),
    );
  }
  return standIns;
}

/**
 * The reader's results, from every bundle, and the bundles they come from. By
 * relevance: Pagefind weighs a word by how rare it is within each bundle, so a passing
 * mention in a small bundle would outrank the story about it in a big one; each
 * bundle's scores are re-weighed by the word's rarity in the whole archive over its
 * rarity in the bundle. Newest first: Pagefind scores a sorted result by its place
 * within its own bundle, which would interleave the bundles; as they are periods listed
 * newest first, their sorted results follow each other.
 * @param {MergedBundles} merged @param {string | null} query @param {SearchOptions} options @param {boolean} byDate
 * @param {import("./fold.js").Fold} fold
 * @returns {Promise<{ results: Result[], answering: Bundle[], atOnce: boolean }>} `atOnce`: one search answered for every bundle
 */
export async function searchBundles({ pagefind, bundles, weighed }, query, options, byDate, fold) {
  const atOnce = weighed && query && !byDate ? await searchAllBundles(pagefind, bundles, query, options) : undefined;
  const answers = atOnce ?? (await searchEachBundle(pagefind, bundles, query, byDate ? { ...options, sort: { date: "desc" } } : options, weighed));
  const standIns = query ? await bundlesWithStandIns(pagefind, answers, wordsOf(query), fold) : new Set();
  const answering = answers.filter(({ bundle }) => !standIns.has(bundle.id));
  const bundlesAnswering = answering.map(({ bundle }) => bundle);
  if (byDate || !query) return { results: answering.flatMap(({ results }) => results), answering: bundlesAnswering, atOnce: false };
  const total = bundles.reduce((sum, bundle) => sum + bundle.pages - bundle.hidden.size, 0);
  const containing = answering.reduce((sum, { holding }) => sum + holding.length, 0);
  const archiveRarity = rarity(total, containing);
  const results = answering
    .flatMap(({ bundle, results, containingIndexed }) => {
      const weight = archiveRarity / rarity(bundle.pages, containingIndexed);
      return results.map((result) => ({ result, score: result.score * weight }));
    })
    .sort((a, b) => b.score - a.score)
    .map(({ result }) => result);
  return { results, answering: bundlesAnswering, atOnce: atOnce !== undefined };
}

/**
 * The facet counts of a search, over the bundles that answered it (not those that stood
 * a prefix in for a word). Pagefind's facet index is as large as the rest together on a
 * big archive, so it is loaded once, after the first results have been shown.
 * @param {IndexOpening} opening @param {MergedBundles} merged @param {string | null} query
 * @param {SearchOptions} options @param {Bundle[]} answering
 * @returns {Promise<Record<string, Record<string, number>>>}
 */
export async function facetCounts(opening, { pagefind, bundles }, query, options, answering) {
  if (!opening.facetsLoaded) {
    await pagefind.filters();
    opening.facetsLoaded = true;
  }
  const counted = await pagefind.search(
    query,
    answering.length === bundles.length ? options : { ...options, filters: { ...options.filters, [BUNDLE_FILTER]: { any: answering.map((bundle) => bundle.id) } } },
  );
  return counted.filters;
}
