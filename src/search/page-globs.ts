// Globs naming exactly the article pages of a search bundle, for Pagefind's
// addDirectory: it reads the pages from disk itself, on every core.

/** `\`-escapes what a glob would read as a pattern (Pagefind's globs are wax's). */
const literal = (text: string) => text.replace(/[^\p{L}\p{N}\p{M}/._-]/gu, (character) => `\\${character}`);

/**
 * The longest glob handed to Pagefind, in characters. Pagefind compiles a glob into a
 * regular expression of bounded size: on the 100,000-story archive a glob of 247,000
 * characters (4,000 pages) failed to parse, one of 185,000 did not.
 */
const GLOB_LENGTH_LIMIT = 100_000;

/** Globs matching the pages of exactly these articles, in order, each short enough for Pagefind. */
export function pagesGlobs(articleUrls: readonly string[], lengthLimit = GLOB_LENGTH_LIMIT): string[] {
  const globs: string[] = [];
  let start = 0;
  let length = 0;
  for (const [i, url] of articleUrls.entries()) {
    length += url.length + 1;
    if (length > lengthLimit && i > start) {
      globs.push(pagesGlob(articleUrls.slice(start, i)));
      start = i;
      length = url.length + 1;
    }
  }
  if (start < articleUrls.length) globs.push(pagesGlob(articleUrls.slice(start)));
  return globs;
}

/**
 * A glob matching the pages of exactly these articles: `2021/{07/28/a,08/01/b}/index.html`.
 * The folder every page shares is written out before the alternatives, so Pagefind walks
 * only that folder of the site.
 */
export function pagesGlob(articleUrls: readonly string[]): string {
  const paths = articleUrls.map((url) => url.replace(/^\/+|\/+$/g, "").split("/"));
  let shared = 0;
  while (paths.every((path) => shared < path.length - 1 && path[shared] === paths[0]![shared])) shared++;
  const prefix = paths[0]!.slice(0, shared).map((segment) => `${literal(segment)}/`).join("");
  return `${prefix}{${paths.map((path) => path.slice(shared).map(literal).join("/")).join(",")}}/index.html`;
}
