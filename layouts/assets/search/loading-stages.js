// The order the search page loads the bundles in: the newest periods first, enough of
// them to answer a first search (the page says how many stories: layouts/search.11ty.ts),
// then the older ones in stages that each hold as many stories as all loaded before them.
// What a first search downloads then follows the first stage, not the archive's size:
// Pagefind loads every merged bundle's page table (about 7 bytes a story) before it
// searches any of them.
// @ts-check

/**
 * Where each stage ends, as a count of bundles from the first (newest) one: the first
 * stage holds at least `firstStories` stories, each later one at least as many as all
 * before it, and the last ends with the last bundle.
 * @param {readonly number[]} pages the stories of each bundle, newest period first
 * @param {number} firstStories
 * @returns {number[]} increasing, the last equal to `pages.length` (none when there are no bundles)
 */
export function loadingStages(pages, firstStories) {
  /** @type {number[]} */
  const ends = [];
  let stories = 0;
  let goal = Math.max(1, firstStories);
  pages.forEach((count, i) => {
    stories += count;
    if (stories >= goal || i === pages.length - 1) {
      ends.push(i + 1);
      goal = 2 * stories;
    }
  });
  return ends;
}

/**
 * The year a bundle's period starts in, from its folder's name (`2021-q3.3f9a0c1b2d`), or
 * undefined for a bundle that is not a period (the preview's edits).
 * @param {string} folder
 */
export const yearOfBundle = (folder) => /^(\d{4})(?:-|\.)/.exec(folder)?.[1];

/**
 * The earliest year the first `loaded` bundles reach back to: what a search that has
 * loaded only these covers.
 * @param {readonly string[]} folders newest period first @param {number} loaded
 */
export function loadedSince(folders, loaded) {
  for (let i = Math.min(loaded, folders.length) - 1; i >= 0; i--) {
    const year = yearOfBundle(folders[i] ?? "");
    if (year) return year;
  }
  return "";
}
