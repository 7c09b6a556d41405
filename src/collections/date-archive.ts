// The archive by year and month: counts for the overview and year pages, articles for month pages.
import type { Article } from "../types.ts";
import { groupArticles } from "./group-articles.ts";
import { NO_MEMORY, type Grouping } from "./grouping-memory.ts";
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

/** Newest year first. `grouping` keeps a month, and a year, as it was while its stories are the same. */
export function archiveByDate(articles: readonly Article[], grouping: Grouping = NO_MEMORY): YearArchive[] {
  const byYear = groupArticles(articles, (article) => [article.date.year]);
  return [...byYear]
    .sort(([a], [b]) => b - a)
    .map(([year, inYear]) => {
      const byMonth = groupArticles(inYear, (article) => [article.date.month]);
      const months = [...byMonth]
        .sort(([a], [b]) => a - b)
        .map(([month, list]) => {
          const kept = grouping.list(`month:${year}-${month}`, list);
          return grouping.made(`month-archive:${year}-${month}`, [kept], () => ({ year, month, articles: kept }));
        });
      const all = grouping.list(`year:${year}`, inYear);
      return grouping.made(`year-archive:${year}`, [all, ...months], () => ({ year, count: all.length, months, timeline: yearTimeline(year, all) }));
    });
}
