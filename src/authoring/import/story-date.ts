// The date line of a story copied from a news site, in the forms English-language
// sites print it: "July 28, 2021", "28 July 2021", "Wed, Jul 28, 2021 10:45 AM", ...
import { DateTime } from "luxon";

const FORMATS = [
  "LLLL d, yyyy",
  "LLLL d yyyy",
  "LLL d, yyyy",
  "LLL d yyyy",
  "d LLLL yyyy",
  "d LLL yyyy",
  "d LLLL, yyyy",
  "cccc, LLLL d, yyyy",
  "cccc LLLL d, yyyy",
  "ccc, LLL d, yyyy",
  "ccc LLL d, yyyy",
  "cccc, d LLLL yyyy",
  "cccc d LLLL yyyy",
  "ccc, d LLL yyyy",
  "ccc d LLL yyyy",
  "yyyy-MM-dd",
  "MM/dd/yyyy",
];

const PREFIX = /^(published|updated|posted|last updated|first published)\s*(on|:)?\s*/i;
// A time after the day, with or without a zone: "10:45 AM", "- 14:30 GMT", "at 2:30 pm".
const TRAILING_TIME = /[\s,|-]*(at\s+)?\d{1,2}[:.]\d{2}(\s*[ap]\.?m\.?)?(\s*\(?[A-Z]{2,4}([+-]\d{1,2})?\)?)?\s*$/i;

function normalise(line: string): string {
  return line
    .trim()
    .replace(PREFIX, "")
    .replace(TRAILING_TIME, "")
    // "Sept." and "Jul." are common; luxon knows "Sep" and "Jul".
    .replace(/\bSept\b/i, "Sep")
    .replace(/\b([A-Za-z]{3})\./, "$1")
    .replace(/(\d)(st|nd|rd|th)\b/, "$1")
    .replace(/\s+/g, " ")
    .trim();
}

/** `2021-07-28` when the whole line is a date, else undefined. */
export function storyDate(line: string): string | undefined {
  if (line.length > 60 || line.includes("\n")) return undefined;
  const text = normalise(line);
  for (const format of FORMATS) {
    const parsed = DateTime.fromFormat(text, format, { locale: "en-US", zone: "utc" });
    if (parsed.isValid) return parsed.toISODate() ?? undefined;
  }
  return undefined;
}
