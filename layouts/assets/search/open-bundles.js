// The bundles the manifest lists, opened as one index in stages (loading-stages.js): the
// first bundle's pagefind.js with the rest of the first stage merged into it (Pagefind's
// mergeIndex), then the older stages merged as searches ask for them; kept while the
// manifest is unchanged.
// @ts-check
import { BUNDLE_FILTER, MAX_SLOTS, slotWeight } from "./bundle-slots.js";
import { loadingStages } from "./loading-stages.js";
import { bundlesOf, readManifest, siteRoot } from "./manifest.js";

/**
 * @typedef {import("./manifest.js").Bundle} Bundle
 * @typedef {import("./pagefind-api").Pagefind} Pagefind
 */

/**
 * The bundles merged so far, in the order merged, whether each is weighed by its slot, and
 * whether they are all the manifest lists.
 * @typedef {{ pagefind: Pagefind, bundles: Bundle[], weighed: boolean, complete: boolean }} MergedBundles
 */

/**
 * The options each bundle is opened with. Its folder is named by its content, so Pagefind
 * may fetch its entry file under that name (`metaCacheTag`) rather than under the time, which
 * no cache would hold: a second visit revalidates it instead of downloading it again.
 * @param {Bundle} bundle @param {number} slot @param {boolean} weighed
 */
const openingOptions = (bundle, slot, weighed) => ({
  baseUrl: siteRoot.pathname,
  excerptLength: 24,
  metaCacheTag: bundle.id,
  mergeFilter: { [BUNDLE_FILTER]: bundle.id },
  ...(weighed ? { indexWeight: slotWeight(slot) } : {}),
});

const bundleUrl = (/** @type {Bundle} */ bundle) => new URL(`pagefind/${bundle.id}/`, siteRoot);

/**
 * The index being opened. Every change to it (a stage merged, the facet index loaded) is
 * chained on `ready`, one after another: Pagefind waits on every index merged into it
 * before it answers a search, so a search issued between two changes answers for exactly
 * the bundles merged then.
 */
export class IndexOpening {
  /**
   * @param {string} manifest the manifest's text @param {number} firstStageStories
   * @param {Promise<void>} closed resolves once the index opened before is let go of
   */
  constructor(manifest, firstStageStories, closed) {
    this.manifest = manifest;
    /** @type {Bundle[]} */
    this.bundles = bundlesOf(manifest);
    this.stageEnds = loadingStages(this.bundles.map((bundle) => bundle.pages), firstStageStories);
    this.weighed = this.bundles.length <= MAX_SLOTS;
    /** How many bundles, from the first, have their facet index loaded. */
    this.facetsCovered = 0;
    /** How many bundles, from the first, are merged (or being merged). */
    this.merging = 0;
    /** @type {Promise<MergedBundles | undefined>} */
    this.ready = closed.then(() => this.openFirstStage());
  }

  /** Loads the first bundle's pagefind.js (one WebAssembly download) and merges the rest of the first stage. */
  async openFirstStage() {
    const first = this.bundles[0];
    if (first === undefined) return undefined;
    /** @type {Pagefind} */
    const pagefind = await import(new URL("pagefind.js", bundleUrl(first)).href);
    await pagefind.options(openingOptions(first, 0, this.weighed));
    this.merging = 1;
    return this.mergeUpTo(pagefind, this.stageEnds[0] ?? 1);
  }

  /** @param {Pagefind} pagefind @param {number} end @returns {Promise<MergedBundles>} */
  async mergeUpTo(pagefind, end) {
    const start = this.merging;
    this.merging = end;
    const adding = this.bundles.slice(start, end);
    await Promise.all(adding.map((bundle, i) => pagefind.mergeIndex(bundleUrl(bundle).pathname, openingOptions(bundle, start + i, this.weighed))));
    return { pagefind, bundles: this.bundles.slice(0, end), weighed: this.weighed, complete: end >= this.bundles.length };
  }

  /** The next stage merged in, once what is merging now is merged; the whole index when it is all merged already. */
  nextStage() {
    this.ready = this.ready.then((merged) => {
      if (!merged || merged.complete) return merged;
      const end = this.stageEnds.find((stageEnd) => stageEnd > this.merging) ?? this.bundles.length;
      return this.mergeUpTo(merged.pagefind, end);
    });
    return this.ready;
  }

  /**
   * The facet index (Pagefind's filter chunks) of every bundle merged so far, loaded once
   * they are merged: the facet counts of a search come from the bundles it is loaded for.
   */
  loadFacets() {
    this.ready = this.ready.then(async (merged) => {
      if (!merged || this.facetsCovered >= merged.bundles.length) return merged;
      await merged.pagefind.filters();
      this.facetsCovered = merged.bundles.length;
      return merged;
    });
    return this.ready;
  }

  /** Lets go of the index, so the next pagefind.js starts clean. */
  async close() {
    const merged = await this.ready.catch(() => undefined);
    await merged?.pagefind.destroy();
  }
}

/** @type {IndexOpening | undefined} */
let opened;

/**
 * The bundles the manifest lists now: those already opened while it is unchanged, opened
 * afresh once it changed (or when `reopen` is asked, after a search failed).
 * @param {boolean} reopen @param {number} firstStageStories
 * @returns {Promise<IndexOpening>}
 */
export async function currentBundles(reopen, firstStageStories) {
  const manifest = await readManifest();
  if (opened && opened.manifest === manifest && !reopen) return opened;
  opened = new IndexOpening(manifest, firstStageStories, opened?.close() ?? Promise.resolve());
  return opened;
}
