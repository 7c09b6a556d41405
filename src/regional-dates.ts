// The same calendar day in the calendars the archive's readers also use: the Hijri
// (Islamic, Umm al-Qura) and the Solar Hijri (Persian) calendars, through luxon's
// output calendars, which are Intl's. No calendar arithmetic of our own.
import { DateTime } from "luxon";
import type { ArticleDate } from "./dates.ts";

export const REGIONAL_CALENDARS = {
  hijri: "islamic-umalqura",
  "solar-hijri": "persian",
} as const;

export type RegionalCalendar = keyof typeof REGIONAL_CALENDARS;

export interface RegionalDate {
  calendar: RegionalCalendar;
  /** "Dhuʻl-Hijjah 18, 1442 AH", "Mordad 6, 1400 AP" */
  text: string;
}

export function regionalDates(date: ArticleDate, calendars: readonly RegionalCalendar[], locale = "en"): RegionalDate[] {
  // The article's own calendar day, whatever offset its time was written with.
  const day = DateTime.fromObject({ year: date.year, month: date.month, day: date.day }, { zone: "utc" }).setLocale(locale);
  return calendars.map((calendar) => ({
    calendar,
    text: day.reconfigure({ outputCalendar: REGIONAL_CALENDARS[calendar] }).toLocaleString(DateTime.DATE_FULL),
  }));
}
