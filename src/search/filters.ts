// The facets an article is indexed under: a contract between the article layout
// (which marks them up for Pagefind), the search page script and the tests.
import { pad2, year4 } from "../dates.ts";
import type { Article, EntityType } from "../types.ts";

/** Source, year, each entity type, and tag. */
export type SearchFilter = "source" | "year" | EntityType | "tag";

/**
 * Every story is filed under its month too (`2021-07`), which no facet shows: a date
 * range on the search page is the months it spans (layouts/assets/search/state.js).
 */
export const MONTH_FILTER = "month";

export const monthOf = (article: Pick<Article, "date">): string => `${year4(article.date.year)}-${pad2(article.date.month)}`;

/** The archive's first and last months; both empty for an archive without stories. */
export interface MonthSpan {
  first: string;
  last: string;
}

/** `articles` newest first. */
export const monthSpan = (articles: readonly Pick<Article, "date">[]): MonthSpan => {
  const [newest, oldest] = [articles[0], articles.at(-1)];
  return newest && oldest ? { first: monthOf(oldest), last: monthOf(newest) } : { first: "", last: "" };
};

/**
 * The key results are sorted on for "newest first". Pagefind compares sort values as
 * strings, so every article gets a UTC time of the same shape whatever offset it was
 * written with, without the colons that separate Pagefind's `key:value` pairs.
 */
export function searchSortKey(article: Pick<Article, "date">): string {
  return new Date(article.date.epoch).toISOString().replace(/[-:]|\.\d+/g, "");
}
