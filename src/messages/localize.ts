// A page's text in its language: a message from the table with its values filled in, the
// plural form Intl.PluralRules picks for a count, numbers in the site's digits, and dates
// (Gregorian, Hijri, Solar Hijri) written by Intl through luxon in the language.
import { DateTime } from "luxon";
import type { ArticleDate } from "../dates.ts";
import { escapeHtml, trustedHtml, type HtmlValue, html, type SafeHtml } from "../html.ts";
import { directionOf, numberingSystemOf, type Digits, type Direction } from "../languages.ts";
import { regionalDates, type RegionalCalendar, type RegionalDate } from "../regional-dates.ts";
import type { MessageTable, NoParams, PluralKey, PluralParams, TextKey, TextParams } from "./table.ts";

/** What a localizer reads from the site settings. */
export interface LanguageSettings {
  language: string;
  digits: Digits;
  messages: MessageTable;
}

type ParamsArg<P> = NoParams<P> extends true ? [] : [P];
type Values = Readonly<Record<string, string | number>>;

export interface Localizer {
  readonly language: string;
  readonly dir: Direction;
  /** The tag Intl formats with: the language and its numbering system, `ar-u-nu-arab`. */
  readonly locale: string;
  /** A text message with its values: `text("search.description", { site })`. */
  text<K extends TextKey>(key: K, ...params: ParamsArg<TextParams<K>>): string;
  /** A text message as markup: its words escaped, its values printed as the html tag prints them (links stay links). */
  markup<K extends TextKey>(key: K, params: { [P in keyof TextParams<K>]: HtmlValue }): SafeHtml;
  /** The plural form for `count`, with `{count}` in the site's digits: `count("count.articles", 3)` -> "3 articles". */
  count<K extends PluralKey>(key: K, count: number, ...params: ParamsArg<PluralParams<K>>): string;
  /** A message as written, its `{values}` unfilled, for the search page's script to fill. */
  template(key: TextKey): string;
  /** The plural forms of a message, for the search page's script to choose from. */
  forms(key: PluralKey): MessageTable[PluralKey];
  number(value: number): string;
  /** A year as headings and addresses show it, four digits at least, without grouping. */
  year(year: number): string;
  /** "July 28, 2021", "٢٨ يوليو ٢٠٢١" */
  date(date: ArticleDate): string;
  /** "July 2021" */
  month(year: number, month: number): string;
  /** "July" */
  monthName(month: number): string;
  /** "Jul 2021", for a chart's axis. */
  monthShort(year: number, month: number): string;
  /** "J", for a year chart's axis. */
  monthInitial(month: number): string;
  /** The same day in the other calendars the site shows, in the language. */
  regionalDates(date: ArticleDate, calendars: readonly RegionalCalendar[]): RegionalDate[];
}

const PLACEHOLDER = /\{(\w+)\}/g;

function fill(template: string, key: string, value: (name: string) => string | undefined): string {
  return template.replace(PLACEHOLDER, (_whole, name: string) => {
    const filled = value(name);
    if (filled === undefined) throw new Error(`The message "${key}" needs a value for {${name}}.`);
    return filled;
  });
}

function makeLocalizer({ language, digits, messages }: LanguageSettings): Localizer {
  const numberingSystem = numberingSystemOf(language, digits);
  const locale = `${language}-u-nu-${numberingSystem}`;
  const numbers = new Intl.NumberFormat(locale);
  const years = new Intl.NumberFormat(locale, { useGrouping: false, minimumIntegerDigits: 4 });
  const plurals = new Intl.PluralRules(language);
  // The Gregorian calendar by name: a Persian locale would otherwise write Solar Hijri dates.
  const day = (year: number, month: number, dayOfMonth = 1) =>
    DateTime.fromObject({ year, month, day: dayOfMonth }, { zone: "utc" }).reconfigure({ locale, outputCalendar: "gregory" });
  // Formatting a date through luxon costs about 0.1 ms, and a build writes the same few
  // thousand days hundreds of thousands of times: each is formatted once per localizer.
  const formatted = new Map<string, string>();
  const once = (key: string, format: () => string) => {
    let text = formatted.get(key);
    if (text === undefined) formatted.set(key, (text = format()));
    return text;
  };
  const asText = (value: string | number) => (typeof value === "number" ? numbers.format(value) : value);
  const text = (key: TextKey, values: Values = {}) => fill(messages[key], key, (name) => (name in values ? asText(values[name]!) : undefined));
  const pluralForm = (key: PluralKey, count: number) => {
    const forms = messages[key];
    return forms[plurals.select(count)] ?? forms.other;
  };
  return {
    language,
    dir: directionOf(language),
    locale,
    text: (key, ...params) => text(key, params[0]),
    markup(key, params) {
      const values = params as Readonly<Record<string, HtmlValue>>;
      // The words between the values are escaped here; each value as the html tag prints it.
      const template: string = messages[key as TextKey];
      const parts = template.split(PLACEHOLDER);
      return trustedHtml(
        parts
          .map((part, i) => {
            if (i % 2 === 0) return escapeHtml(part);
            if (!(part in values)) throw new Error(`The message "${key}" needs a value for {${part}}.`);
            const value = values[part];
            return html`${typeof value === "number" ? numbers.format(value) : value}`.value;
          })
          .join(""),
      );
    },
    count: (key, count, ...params) => fill(pluralForm(key, count), key, (name) => (name === "count" ? numbers.format(count) : params[0] && name in params[0] ? asText((params[0] as Values)[name]!) : undefined)),
    template: (key) => messages[key],
    forms: (key) => messages[key],
    number: (value) => numbers.format(value),
    year: (year) => years.format(year),
    date: (date) => once(`date ${date.year}-${date.month}-${date.day}`, () => day(date.year, date.month, date.day).toLocaleString(DateTime.DATE_FULL)),
    month: (year, month) => once(`month ${year}-${month}`, () => day(year, month).toLocaleString({ month: "long", year: "numeric" })),
    monthName: (month) => once(`monthName ${month}`, () => day(2000, month).toLocaleString({ month: "long" })),
    monthShort: (year, month) => once(`monthShort ${year}-${month}`, () => day(year, month).toLocaleString({ month: "short", year: "numeric" })),
    monthInitial: (month) => once(`monthInitial ${month}`, () => day(2000, month).toLocaleString({ month: "narrow" })),
    regionalDates: (date, calendars) => regionalDates(date, calendars, locale),
  };
}

const made = new WeakMap<MessageTable, Map<string, Localizer>>();

/** The localizer of a site's language, made once per message table, language and digits. */
export function localize(site: LanguageSettings): Localizer {
  let byLanguage = made.get(site.messages);
  if (!byLanguage) made.set(site.messages, (byLanguage = new Map()));
  const key = `${site.language}|${site.digits}`;
  let localizer = byLanguage.get(key);
  if (!localizer) byLanguage.set(key, (localizer = makeLocalizer(site)));
  return localizer;
}
