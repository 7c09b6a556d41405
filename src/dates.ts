// Article dates. A plain `2021-07-28` is a calendar day, not an instant, so it is
// kept in UTC and never shifted by the build machine's time zone.
import { DateTime } from "luxon";

export interface ArticleDate {
  /** What goes in <time datetime>: `2021-07-28`, or the full ISO time with its offset. */
  iso: string;
  /** "July 28, 2021" */
  display: string;
  year: number;
  month: number;
  day: number;
  /** Milliseconds since the epoch, for sorting. */
  epoch: number;
  hasTime: boolean;
}

const DAY_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const WITH_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

export const DATE_EXPECTED = "a date like 2021-07-28, or a time with its offset like 2021-07-28T14:30:00+03:00";

export type DateParseResult = { ok: true; date: ArticleDate } | { ok: false; reason: string };

export function parseArticleDate(value: string): DateParseResult {
  const text = value.trim();
  const hasTime = WITH_TIME.test(text);
  if (!DAY_ONLY.test(text) && !hasTime) {
    const hint = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(text) ? " (a time needs its offset, e.g. +03:00 or Z)" : "";
    return { ok: false, reason: `expected ${DATE_EXPECTED}, got "${text}"${hint}.` };
  }
  const parsed = hasTime ? DateTime.fromISO(text, { setZone: true }) : DateTime.fromISO(text, { zone: "utc" });
  if (!parsed.isValid) {
    return { ok: false, reason: `"${text}" is not a real date: ${whyImpossible(text)}.` };
  }
  return {
    ok: true,
    date: {
      iso: hasTime ? text : parsed.toISODate()!,
      display: parsed.setLocale("en-US").toFormat("LLLL d, yyyy"),
      year: parsed.year,
      month: parsed.month,
      day: parsed.day,
      epoch: parsed.toMillis(),
      hasTime,
    },
  };
}

function whyImpossible(text: string): string {
  const [year, month, day] = text.slice(0, 10).split("-").map(Number) as [number, number, number];
  if (month < 1 || month > 12) return `there is no month ${month}`;
  const days = DateTime.utc(year, month, 1).daysInMonth ?? 31;
  if (day < 1 || day > days) return `${monthName(month)} ${year} has ${days} days`;
  return "the time is out of range";
}

export function pad2(n: number): string {
  return String(n).padStart(2, "0");
}

/**
 * A year as addresses and folder names write it: four digits, as the date itself is
 * written (`0001-01-01` lives under `/0001/`, not `/1/`), so paths sort as dates do.
 */
export function year4(year: number): string {
  return String(year).padStart(4, "0");
}

export function monthName(month: number): string {
  return DateTime.utc(2000, month, 1).setLocale("en-US").toFormat("LLLL");
}
