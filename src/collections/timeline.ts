// Articles per month, for the timelines on entity and year pages.
import type { Article } from "../types.ts";

export interface MonthCount {
  year: number;
  /** 1-12 */
  month: number;
  count: number;
}

/**
 * Every month from the first article's to the last one's, empty months included so a
 * chart shows the gaps. Articles may come in any order.
 */
export function monthlyTimeline(articles: readonly Article[]): MonthCount[] {
  if (articles.length === 0) return [];
  const counts = new Map<number, number>();
  let first = Infinity;
  let last = -Infinity;
  for (const { date } of articles) {
    const index = date.year * 12 + date.month - 1;
    counts.set(index, (counts.get(index) ?? 0) + 1);
    first = Math.min(first, index);
    last = Math.max(last, index);
  }
  const months: MonthCount[] = [];
  for (let index = first; index <= last; index++) {
    months.push({ year: Math.floor(index / 12), month: (index % 12) + 1, count: counts.get(index) ?? 0 });
  }
  return months;
}

/** The twelve months of one year, empty ones included. */
export function yearTimeline(year: number, articles: readonly Article[]): MonthCount[] {
  const counts = new Array<number>(12).fill(0);
  for (const { date } of articles) if (date.year === year) counts[date.month - 1]! += 1;
  return counts.map((count, i) => ({ year, month: i + 1, count }));
}

/** A chart compares months: with articles in one month only, it would be one wide bar. */
export function hasMonthsToCompare(months: readonly MonthCount[]): boolean {
  return months.filter((month) => month.count > 0).length >= 2;
}
