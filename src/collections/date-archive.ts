// The archive by year and month: counts for the overview and year pages, articles for month pages.
import type { Article } from "../types.ts";
import { groupArticles } from "./group-articles.ts";
import { yearTimeline, type MonthCount } from "./timeline.ts";

export interface MonthArchive {
  year: number;
  month: number;
  /** Newest first. */
  articles: Article[];
}

export interface YearArchive {
  year: number;
  count: number;
  /** Months that have articles, January first. */
  months: MonthArchive[];
  /** All twelve months with their counts, for the chart. */
  timeline: MonthCount[];
}

/** Newest year first. */
export function archiveByDate(articles: readonly Article[]): YearArchive[] {
  const byYear = groupArticles(articles, (article) => [article.date.year]);
  return [...byYear]
    .sort(([a], [b]) => b - a)
    .map(([year, inYear]) => {
      const byMonth = groupArticles(inYear, (article) => [article.date.month]);
      return {
        year,
        count: inYear.length,
        months: [...byMonth].sort(([a], [b]) => a - b).map(([month, list]) => ({ year, month, articles: list })),
        timeline: yearTimeline(year, inYear),
      };
    });
}
