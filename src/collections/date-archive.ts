// The archive by year and month: counts for the overview and year pages, articles for month pages.
import type { Article } from "../types.ts";
import { newestFirst } from "../content/load-in-place.ts";
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

/** The stories of each year, newest first. */
export function storiesByYear(articles: readonly Article[], grouping: Grouping): Map<number, Article[]> {
  return grouping.grouped("years", articles, (article) => [article.date.year], newestFirst);
}

/** Newest year first. `grouping` keeps a month, and a year, as it was while its stories are the same. */
export function archiveByDate(articles: readonly Article[], grouping: Grouping = NO_MEMORY): YearArchive[] {
  const byYear = storiesByYear(articles, grouping);
  return [...byYear]
    .sort(([a], [b]) => b - a)
    .map(([year, inYear]) => {
      const byMonth = grouping.grouped(`months:${year}`, inYear, (article) => [article.date.month], newestFirst);
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
