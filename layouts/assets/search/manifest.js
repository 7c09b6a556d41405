// The bundles the search index is split into (src/search/bundles.ts), as
// pagefind/bundles.json lists them, and where the index sits.
// @ts-check

/**
 * A bundle, with its story count and its stale copies: the Pagefind page ids of stories
 * edited or deleted since it was indexed (an edited story's current page is in the edits
 * bundle, listed first).
 * @typedef {{ id: string, pages: number, hidden: Set<string> }} Bundle
 */

// This code runs in the search page's worker, published at <site>/assets/search-worker.<hash>.js
// (src/output/assets.ts): the site's root, with any path prefix, is one folder up, and the index
// sits beside it.
export const siteRoot = new URL("../", import.meta.url);

/**
 * pagefind/bundles.json, which lists the bundles newest period first, with their story
 * counts. Read again before every search (it is small, and a server answers "not
 * modified" while it is): the preview re-indexes as an editor saves, and a site is
 * published anew while readers have it open.
 * @returns {Promise<string>}
 */
export async function readManifest() {
  const response = await fetch(new URL("pagefind/bundles.json", siteRoot), { cache: "no-cache" });
  if (!response.ok) throw new Error(`pagefind/bundles.json: ${response.status}`);
  return response.text();
}

/** The bundles a manifest's text lists. @param {string} text @returns {Bundle[]} */
export function bundlesOf(text) {
  const manifest = /** @type {{ bundles: string[], pages: number[], hidden?: Record<string, string[]> }} */ (JSON.parse(text));
  return manifest.bundles.map((id, i) => ({ id, pages: manifest.pages[i] ?? 0, hidden: new Set(manifest.hidden?.[id] ?? []) }));
}
