// The typed boundary between content and pages: everything a layout receives. At the
// bottom of the code's layers: it imports only the date types it is written in.
import type { ArticleDate } from "./dates.ts";
import type { RegionalCalendar } from "./regional-dates.ts";
import type { Digits } from "./languages.ts";
import type { MessageTable, PlainKey } from "./messages/table.ts";

export type EntityType = "person" | "organization" | "place";

/** The front-matter list each entity type is written in, and its URL section. */
export const ENTITY_SECTIONS = {
  person: "people",
  organization: "organizations",
  place: "places",
} as const satisfies Record<EntityType, string>;

export type EntitySection = (typeof ENTITY_SECTIONS)[EntityType];

/** Every entity type, in the order pages list them. */
export const ENTITY_TYPES = Object.keys(ENTITY_SECTIONS) as EntityType[];

/** A link of the site's main navigation (src/navigation.ts): its text is a message. */
export interface NavItem {
  label: PlainKey;
  url: string;
}

/** The assets every page may link, published under hashed names (src/output/assets.ts). */
export type AssetName = "stylesheet" | "searchScript" | "searchWorker" | "citeScript" | "citeFormat" | "icon";
/** Asset -> its site URL, e.g. stylesheet -> /assets/annals.3f9a1c2b.css */
export type AssetUrls = Readonly<Record<AssetName, string>>;

/** A licence as a Data Package names one: https://specs.frictionlessdata.io/data-package/#licenses */
export interface DataLicense {
  /** An Open Definition or SPDX identifier: `CC-BY-4.0`. */
  name: string;
  /** The licence's text on the web. */
  path?: string;
  title?: string;
}

/** One language's edition of the archive (site.yaml `editions:`), as every page of every edition knows it. */
export interface Edition {
  /** A BCP 47 tag: `ar`. */
  lang: string;
  /** Where it is published below the site's path prefix: `/`, `/ar/`. */
  path: string;
  /** `own`: the stories in its language (and, at `/`, those in a language no edition has); `all`: every story. */
  stories: "own" | "all";
  /** Numbers and dates in Latin digits or the language's own. */
  digits: Digits;
  /** The language's name in itself, for the language switcher: "العربية". */
  name: string;
  /** The site's name and description in the edition's language, when site.yaml gives them. */
  title?: string;
  description?: string;
  /** Every piece of interface text in the edition's language. */
  messages: MessageTable;
}

export interface SiteSettings {
  title: string;
  description: string;
  /** Absolute URL of the published site, without a trailing slash. */
  url: string;
  /** The language of the interface and of stories that do not name theirs: a BCP 47 tag. */
  language: string;
  /** Numbers and dates in Latin digits or in the language's own. */
  digits: Digits;
  /** Every piece of interface text, in `language` (src/messages/). */
  messages: MessageTable;
  /** Articles per listing page. */
  pageSize: number;
  /** Raw HTML inside article markdown; off unless the site owner turns it on. */
  allowHtmlInMarkdown: boolean;
  /** Other calendars shown beside the Gregorian date on article pages. */
  calendars: readonly RegionalCalendar[];
  /** The header's links; About only when content/about.md exists. */
  navigation: readonly NavItem[];
  /** Where the site is served below its host, `/` or e.g. `/archive/` (from --pathprefix). */
  pathPrefix: string;
  /** The hashed URLs of the stylesheet, the search script and the icon. */
  assets: AssetUrls;
  /** The licence of the open data at /data/ (site.yaml's `dataLicense`), when the owner chose one. */
  dataLicense?: DataLicense;
  /** Every edition of the site, the one at `/` first; none for a site in one language. */
  editions: readonly Edition[];
  /** The path of the edition these settings are for: `/`, or e.g. `/ar/`, where its pages are published. */
  edition: string;
}

export interface EntityRef {
  name: string;
  type: EntityType;
  slug: string;
  url: string;
  /** Pages about the entity elsewhere (Wikipedia, Wikidata), from the registry. */
  links: string[];
  /** The registry's other names for it (not the canonical one), its names in other languages among them: indexed for search with each article naming it. */
  aliases: string[];
  /** Its name in the languages of the site's editions (`names:` in entities.yaml), which their pages show. */
  names?: Readonly<Record<string, string>>;
}

export interface SourceRef {
  name: string;
  slug: string;
  url: string;
  /** The outlet's own site, from sources.yaml. */
  homepage?: string;
}

export interface TagRef {
  name: string;
  slug: string;
  url: string;
}

/** An entity as the registry resolved it (src/content/registry.ts): what its page shows. */
export interface Entity extends EntityRef {
  description?: string;
  /** Listed in entities.yaml, rather than only named by articles. */
  registered: boolean;
}

/** An outlet as the registry resolved it: what its page shows. */
export interface Source extends SourceRef {
  description?: string;
  /** Listed in sources.yaml, rather than only named by articles. */
  registered: boolean;
}

export interface ImageSource {
  /** MIME type, e.g. image/avif */
  type: string;
  srcset: string;
}

/** A local photo's AVIF, WebP and JPEG versions (src/images/responsive-images.ts). */
export interface ResponsiveImage {
  /** The JPEG at full width, for browsers without <picture> and for feeds and cards. */
  src: string;
  /** The narrowest JPEG, for search results' thumbnails. */
  thumbnail: string;
  width: number;
  height: number;
  sources: ImageSource[];
  /** The files under the cache folder that the site must publish. */
  files: string[];
}

export interface ArticleImage {
  src: string;
  alt: string;
  caption?: string;
  credit?: string;
  /** AVIF, WebP and JPEG versions with their size, for local photos. */
  responsive?: ResponsiveImage;
}

/** The entities an article names, one list per type, named by its section: `people`, `organizations`, `places`. */
export type ArticleEntities = Record<EntitySection, EntityRef[]>;

/** A dated notice that the story was corrected (`corrections:` in its front-matter). */
export interface Correction {
  date: ArticleDate;
  text: string;
}

export interface Article extends ArticleEntities {
  /** Project-relative path of the markdown file. */
  inputPath: string;
  slug: string;
  url: string;
  title: string;
  date: ArticleDate;
  updated?: ArticleDate;
  /** Oldest first. */
  corrections: Correction[];
  /** The newest of its date, `updated` and its corrections: when the story last changed. */
  modified: ArticleDate;
  source: SourceRef;
  sourceUrl?: string;
  author?: string;
  summary: string;
  image?: ArticleImage;
  tags: TagRef[];
  lang?: string;
  dir: "ltr" | "rtl";
  draft: boolean;
  /** Old site-absolute addresses (`/news/iraq/old-slug/`, `/?p=102`) that redirect here. */
  redirectFrom: string[];
  /** The rendered body. */
  html: string;
  /** The SHA-1 of `html`, made when the body was rendered (and kept with it in the parse cache). */
  bodyDigest: string;
  /** Words in the body (src/markdown.ts), counted with it; like the body, shown only by some files. */
  wordCount: number;
}

/** A record with one entry per entity section (`people`, `organizations`, `places`). */
export function perEntitySection<T>(make: (type: EntityType, section: EntitySection) => T): Record<EntitySection, T> {
  // The cast is the only place the three keys are asserted: ENTITY_TYPES lists every type.
  return Object.fromEntries(ENTITY_TYPES.map((type) => [ENTITY_SECTIONS[type], make(type, ENTITY_SECTIONS[type])])) as Record<EntitySection, T>;
}

const mentionsOf = new WeakMap<object, readonly EntityRef[]>();

/** Every entity an article names, people first; listed once per article, which is never changed once loaded. */
export function mentionedEntities(article: Pick<Article, EntitySection>): readonly EntityRef[] {
  let mentioned = mentionsOf.get(article);
  if (!mentioned) mentionsOf.set(article, (mentioned = ENTITY_TYPES.flatMap((type) => article[ENTITY_SECTIONS[type]])));
  return mentioned;
}
