// Dates a newsroom most likely did not mean: a story dated years ahead sits at the top of
// the home page and every listing until that day comes, and one dated 0021 or 1021 (for
// 2021) sinks to the bottom of the archive. Both are warnings, not errors: a
// historical archive may hold older stories, and a warning never stops a build.
// The check depends on the day it runs, so it is made on every load, never kept in the
// parse cache with the file's other issues.
import { DateTime } from "luxon";
import type { ArticleDate } from "../dates.ts";
import type { ContentIssue } from "../errors.ts";
import type { ArticleFrontMatter } from "./schema.ts";

/** Years before this one are taken for a typo (0021, 1021 for 2021). */
export const EARLIEST_PLAUSIBLE_YEAR = 1800;

/** How far ahead of the build a date may be: a time zone ahead of the build machine's, an embargo until tomorrow. */
const FUTURE_ALLOWANCE_MS = 24 * 60 * 60 * 1000;

/** The fields checked, each with what a date ahead of today there would do, and the way out. */
const AHEAD = {
  date: "the story would stay at the top of the home page and its listings until then. Fix the date, or set `draft: true` until the story may be published.",
  updated: "the story would say it was updated on a day that has not come. Fix the date of the update.",
} as const;

type DateField = keyof typeof AHEAD;

export interface DatedArticle {
  /** As messages show it: content/articles/2021/07/x.md */
  inputPath: string;
  frontMatter: Pick<ArticleFrontMatter, DateField | "draft">;
  /** The line each date field is written on. */
  dateLines: Partial<Record<DateField, number>>;
}

function problem(field: DateField, date: ArticleDate, draft: boolean, now: Date): string | undefined {
  if (date.year < EARLIEST_PLAUSIBLE_YEAR) {
    return `expected a date from ${EARLIEST_PLAUSIBLE_YEAR} on, got ${date.iso}: a year this early is most likely a typo (0021 or 1021 for 2021). Fix the year; if the date is right, this warning can be ignored.`;
  }
  // A draft may carry the day it is meant to come out; only what is published is held to today.
  if (!draft && date.epoch > now.getTime() + FUTURE_ALLOWANCE_MS) {
    const today = DateTime.fromJSDate(now, { zone: "utc" }).toISODate();
    return `expected a date no more than a day after today (${today}), got ${date.iso}: ${AHEAD[field]}`;
  }
  return undefined;
}

/**
 * A warning for each date field outside the plausible range, on the field's line.
 * @param now when the build, check or preview rebuild runs.
 */
export function implausibleDates(article: DatedArticle, now: Date): ContentIssue[] {
  return (Object.keys(AHEAD) as DateField[]).flatMap((field): ContentIssue[] => {
    const date = article.frontMatter[field];
    const message = date && problem(field, date, article.frontMatter.draft ?? false, now);
    if (!message) return [];
    const line = article.dateLines[field];
    return [{ severity: "warning", file: article.inputPath, ...(line === undefined ? {} : { line }), field, message }];
  });
}
