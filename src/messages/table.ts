// The shape of a message table, named by the English one (src/messages/en.ts): its keys,
// which are plain text and which have plural forms, and the values each message takes.
import type { en } from "./en.ts";

type English = typeof en;

/** A form for each plural category the language uses; `other` always. */
export type PluralForms = Readonly<Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }>;

export type MessageKey = keyof English;
/** Messages that are one piece of text. */
export type TextKey = { [K in MessageKey]: English[K] extends string ? K : never }[MessageKey];
/** Messages with a form per plural category, chosen by `{count}`. */
export type PluralKey = { [K in MessageKey]: English[K] extends string ? never : K }[MessageKey];

/** A language's table: every key of the English one, each text or plural as in English. */
export type MessageTable = { readonly [K in MessageKey]: English[K] extends string ? string : PluralForms };

/** Text messages that take no values, such as the navigation's links. */
export type PlainKey = { [K in TextKey]: [Placeholders<English[K]>] extends [never] ? K : never }[TextKey];

/** The names between braces in a message: `"Search {site}."` -> `"site"`. */
type Placeholders<S> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;

/** The values a text message takes, by the placeholders of its English wording. */
export type TextParams<K extends TextKey> = Record<Placeholders<English[K]>, string | number>;
/** The values a plural message takes besides its count. */
export type PluralParams<K extends PluralKey> = Record<Exclude<Placeholders<English[K] extends { other: infer S } ? S : never>, "count">, string | number>;
/** Whether a message takes no values, so its parameters may be left out. */
export type NoParams<P> = keyof P extends never ? true : false;
