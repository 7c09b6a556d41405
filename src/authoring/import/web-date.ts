// Dates as feeds and web pages write them: ISO 8601 (Atom, JSON Feed, meta tags,
// JSON-LD), RFC 822 (RSS), or a date line a person reads ("July 28, 2021").
import { DateTime } from "luxon";
import { parseArticleDate, type ArticleDate } from "../../dates.ts";
import { storyDate } from "./story-date.ts";

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

function asArticleDate(time: DateTime): ArticleDate | undefined {
  const parsed = parseArticleDate(time.toISO({ suppressMilliseconds: true, includeOffset: true }) ?? "");
  return parsed.ok ? parsed.date : undefined;
}

function dayOnly(day: string | null | undefined): ArticleDate | undefined {
  const parsed = day ? parseArticleDate(day) : undefined;
  return parsed?.ok ? parsed.date : undefined;
}

/** The publication time with its offset when the text gives one, else the day; undefined when not a date. */
export function webDate(text: string | undefined): ArticleDate | undefined {
  const value = text?.trim();
  if (!value) return undefined;
  if (ISO_WITH_OFFSET.test(value)) {
    const time = DateTime.fromISO(value, { setZone: true });
    // Seconds are kept; fractions of a second are not worth a reader's attention.
    if (time.isValid) return asArticleDate(time.set({ millisecond: 0 }));
  }
  const local = DateTime.fromISO(value, { zone: "utc" });
  // An ISO time without an offset names a day somewhere: keep the day, not a guessed instant.
  if (local.isValid && /^\d{4}-\d{2}-\d{2}/.test(value)) return dayOnly(value.slice(0, 10));
  for (const parse of [DateTime.fromRFC2822, DateTime.fromHTTP]) {
    const time = parse(value, { setZone: true });
    if (time.isValid) return asArticleDate(time);
  }
  return dayOnly(storyDate(value));
}
