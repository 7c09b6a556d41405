// The typed boundary between content and pages: everything a layout receives.
import type { ArticleDate } from "./dates.ts";
import type { ContentIssue } from "./errors.ts";
import type { ResponsiveImage } from "./images/responsive-images.ts";
import type { NavItem } from "./navigation.ts";
import type { RegionalCalendar } from "./regional-dates.ts";

export type EntityType = "person" | "organization" | "place";

/** The front-matter list each entity type is written in, and its URL section. */
export const ENTITY_SECTIONS = {
  person: "people",
  organization: "organizations",
  place: "places",
} as const satisfies Record<EntityType, string>;

export type EntitySection = (typeof ENTITY_SECTIONS)[EntityType];

export interface SiteSettings {
  title: string;
  description: string;
  /** Absolute URL of the published site, without a trailing slash. */
  url: string;
  language: string;
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
  /** In the preview server only: content errors and warnings, shown on every page until fixed. */
  previewProblems?: readonly ContentIssue[];
}

export interface EntityRef {
  name: string;
  type: EntityType;
  slug: string;
  url: string;
  /** Pages about the entity elsewhere (Wikipedia, Wikidata), from the registry. */
  links: string[];
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

export interface ArticleImage {
  src: string;
  alt: string;
  caption?: string;
  credit?: string;
  /** AVIF, WebP and JPEG versions with their size, for local photos. */
  responsive?: ResponsiveImage;
}

export interface Article {
  /** Project-relative path of the markdown file. */
  inputPath: string;
  slug: string;
  url: string;
  title: string;
  date: ArticleDate;
  updated?: ArticleDate;
  source: SourceRef;
  sourceUrl?: string;
  author?: string;
  summary: string;
  image?: ArticleImage;
  people: EntityRef[];
  organizations: EntityRef[];
  places: EntityRef[];
  tags: TagRef[];
  lang?: string;
  dir: "ltr" | "rtl";
  draft: boolean;
  /** Old site-absolute addresses (`/news/iraq/old-slug/`, `/?p=102`) that redirect here. */
  redirectFrom: string[];
  /** The rendered body. */
  html: string;
}

export const ENTITY_LABELS = {
  person: { one: "Person", many: "People" },
  organization: { one: "Organization", many: "Organizations" },
  place: { one: "Place", many: "Places" },
} as const satisfies Record<EntityType, { one: string; many: string }>;
