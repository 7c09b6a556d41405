// The bundles the manifest lists, opened as one index: the first bundle's pagefind.js with
// the others merged into it (Pagefind's mergeIndex), kept while the manifest is unchanged.
// @ts-check
import { BUNDLE_FILTER, MAX_SLOTS, slotWeight } from "./bundle-slots.js";
import { bundlesOf, readManifest, siteRoot } from "./manifest.js";

/**
 * @typedef {import("./manifest.js").Bundle} Bundle
 * @typedef {import("./pagefind-api").Pagefind} Pagefind
 */

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
