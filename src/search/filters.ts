// The facets an article is indexed under: a contract between the article layout
// (which marks them up for Pagefind), the search page script and the tests.
import type { Article, EntityType } from "../types.ts";

/** Source, year, each entity type, and tag. */
export type SearchFilter = "source" | "year" | EntityType | "tag";

/**
 * The key results are sorted on for "newest first". Pagefind compares sort values as
 * strings, so every article gets a UTC time of the same shape whatever offset it was
 * written with, without the colons that separate Pagefind's `key:value` pairs.
 */
export function searchSortKey(article: Pick<Article, "date">): string {
  return new Date(article.date.epoch).toISOString().replace(/[-:]|\.\d+/g, "");
}
