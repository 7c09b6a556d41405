// The schemas of the YAML data files in content/_data (site settings, sources, entities,
// a site's own messages): what each may hold, and the message a reader gets for a typo.
import { z } from "zod";
import { REGIONAL_CALENDARS, type RegionalCalendar } from "../regional-dates.ts";

const nonEmpty = (expected: string) => z.string({ error: `expected ${expected}` }).trim().min(1, { error: `expected ${expected}` });
const webAddress = z.url({ protocol: /^https?$/, error: "expected a web address starting with https://" });

/** The open data's licence, as a Data Package names one: https://specs.frictionlessdata.io/data-package/#licenses */
const dataLicenseSchema = z.object(
  {
    // The Data Package schema's own pattern for an Open Definition or SPDX identifier.
    name: z.string({ error: "expected a licence identifier like CC-BY-4.0" }).regex(/^[-a-zA-Z0-9._]+$/, {
      error: "expected a licence identifier like CC-BY-4.0 or ODbL-1.0 (letters, digits, `-`, `.` and `_`)",
    }),
    path: webAddress.optional(),
    title: nonEmpty("the licence's full name, like Creative Commons Attribution 4.0").optional(),
  },
  { error: "expected a licence with a `name:` such as CC-BY-4.0, and optionally its `path:` (a web address) and `title:`" },
);

/** An edition: the archive in one more language, at its own path (docs/site.md, Editions). */
const editionSchema = z.object(
  {
    lang: nonEmpty("the edition's language, a tag like ar"),
    path: z.string({ error: "expected the edition's path, like /ar/" }).regex(/^\/([a-z0-9-]+\/)?$/, { error: "expected `/` or one lowercase folder between slashes, like /ar/" }),
    /** `own`: the stories in its language; `all`: every story. */
    stories: z.enum(["own", "all"], { error: "expected own (the stories in its language) or all" }).default("own"),
    /** Numbers and dates in Latin digits or the language's own; the site's `digits` unless given. */
    digits: z.enum(["latin", "native"], { error: "expected latin or native" }).optional(),
    title: nonEmpty("the site's name in the edition's language").optional(),
    description: nonEmpty("one sentence about the archive, in the edition's language").optional(),
  },
  { error: "expected an edition with `lang:` and `path:`, like `- lang: ar` and `path: /ar/`" },
);

export const siteSchema = z.object({
  title: nonEmpty("the site's name"),
  description: nonEmpty("one sentence about the archive"),
  url: webAddress.transform((url) => url.replace(/\/+$/, "")),
  language: nonEmpty("a language tag like en").default("en"),
  /** Numbers and dates in Latin digits, or in the language's own (Arabic-Indic for ar, Persian for fa). */
  digits: z.enum(["latin", "native"], { error: "expected latin or native" }).default("latin"),
  pageSize: z.number({ error: "expected a whole number of articles per page" }).int().min(1).max(200).default(20),
  allowHtmlInMarkdown: z.boolean({ error: "expected true or false" }).default(false),
  calendars: z
    .array(z.enum(Object.keys(REGIONAL_CALENDARS) as [RegionalCalendar, ...RegionalCalendar[]], { error: "expected hijri or solar-hijri" }), {
      error: "expected a list such as [hijri, solar-hijri]",
    })
    .default([]),
  /** The licence of the files at /data/; without it the data page says none was chosen. */
  dataLicense: dataLicenseSchema.optional(),
  /** The archive in several languages; none for a site in one language. */
  editions: z.array(editionSchema, { error: "expected a list of editions, each starting with `- lang:`" }).default([]),
});

export const sourcesSchema = z.array(
  z.object({
    name: nonEmpty("the outlet's name"),
    url: webAddress.optional(),
    description: nonEmpty("one line about the outlet").optional(),
    aliases: z.array(nonEmpty("another name for the outlet")).default([]),
  }),
  { error: "expected a list of outlets, each starting with `- name:`" },
);

export const entitiesSchema = z.array(
  z.object({
    name: nonEmpty("the entity's canonical name"),
    type: z.enum(["person", "organization", "place"], { error: "expected person, organization or place" }),
    aliases: z.array(nonEmpty("another name")).default([]),
    description: nonEmpty("one line about the entity").optional(),
    links: z.array(webAddress).default([]),
    /** Its name in the languages of the site's editions: `{ar: مقتدى الصدر}`. */
    names: z.record(z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, { error: "expected a language tag like ar" }), nonEmpty("the entity's name in that language"), {
      error: "expected names by language, like `names: {ar: مقتدى الصدر}`",
    }).optional(),
    slug: z.string().regex(/^[\p{Ll}\p{Lo}\p{N}-]+$/u, { error: "expected a lowercase URL slug" }).optional(),
  }),
  { error: "expected a list of entities, each starting with `- name:`" },
);

/** A site's own message table: text, or a form for each plural category. */
export const messagesFileSchema = z.record(z.string(), z.union([z.string(), z.record(z.string(), z.string())]), {
  error: "expected messages by key, each a text (`nav.latest: Latest`) or plural forms (`count.articles: {one: ..., other: ...}`)",
});

export type SiteFile = z.output<typeof siteSchema>;
export type SourceEntry = z.output<typeof sourcesSchema>[number];
export type EntityEntry = z.output<typeof entitiesSchema>[number];
