// Every URL the site publishes is built here, so links and pages can never disagree.
import { pad2, year4 } from "./dates.ts";
import { ENTITY_SECTIONS, ENTITY_TYPES, type EntityType, type SiteSettings } from "./types.ts";

export const urls = {
  home: "/",
  archive: "/archive/",
  entities: "/entities/",
  sources: "/sources/",
  tags: "/tags/",
  /** The archive's corrections, newest first, with their feed. */
  corrections: "/corrections/",
  about: "/about/",
  search: "/search/",
  notFound: "/404.html",
  sitemap: "/sitemap.xml",
  /** One part of the sitemap: a year's pages (`2024`), or a part of them (`2024-2`). */
  sitemapPart: (period: string) => `/sitemap-${period}.xml`,
  newsSitemap: "/news-sitemap.xml",
  robots: "/robots.txt",
  headers: "/_headers",
  redirects: "/_redirects",
  /** The open data: a page explaining the files, and the files beside it (src/open-data/). */
  openData: "/data/",
  dataPackage: "/data/datapackage.json",
  /** A year's stories as JSON Lines, and which entities they name as CSV. */
  storiesData: (year: number) => `/data/stories-${year}.jsonl`,
  mentionsData: (year: number) => `/data/mentions-${year}.csv`,
  entitiesData: "/data/entities.csv",
  /** Served by the preview alone (src/preview/server.ts): every problem and note of its last rebuild. */
  previewProblems: "/_annals/problems/",
  article: (year: number, month: number, day: number, slug: string) => `/${year4(year)}/${pad2(month)}/${pad2(day)}/${slug}/`,
  year: (year: number) => `/${year4(year)}/`,
  month: (year: number, month: number) => `/${year4(year)}/${pad2(month)}/`,
  entityIndex: (type: EntityType) => `/${ENTITY_SECTIONS[type]}/`,
  entityIndexByCount: (type: EntityType) => `/${ENTITY_SECTIONS[type]}/by-count/`,
  entity: (type: EntityType, slug: string) => `/${ENTITY_SECTIONS[type]}/${slug}/`,
  source: (slug: string) => `/sources/${slug}/`,
  tag: (slug: string) => `/tags/${slug}/`,
  /** An older page of the listing at `base`, numbered from its oldest story (src/paginate.ts). */
  listingPage: (base: string, pageNumber: number) => `${base}pages/${pageNumber}/`,
  /**
   * Where older pages used to be, numbered from the newest story: `/page/2/`, `/tags/oil/page/3/`.
   * Their meaning shifted with every story, so they now lead to the listing's first address.
   */
  formerListingPage: (base: string) => `${base}page/`,
  /** Every listing's first address as a pattern of Netlify's `_redirects` (`:slug` one path segment). */
  listingPatterns: (): string[] => ["/", "/sources/:slug/", "/tags/:slug/", ...ENTITY_TYPES.map((type) => `/${ENTITY_SECTIONS[type]}/:slug/`), "/:year/:month/"],
} as const;

/**
 * The folders every edition of a site shares, published once below the site's path prefix:
 * the hashed assets, the photos (as content/images/ has them, and resized), the open data.
 */
export const SHARED_FOLDERS = ["assets/", "images/", "img/", "data/"] as const;

/** An edition's page at `url` (within the edition), as a link from a page of another edition at `from`: relative, so that no prefixing moves it. */
export function editionLink(from: string, fromEdition: string, toEdition: string, url: string): string {
  const depth = `${fromEdition}${from.replace(/^\//, "")}`.split("/").length - 2;
  return `${"../".repeat(Math.max(depth, 0))}${toEdition.replace(/^\//, "")}${url.replace(/^\//, "")}` || "./";
}

/** The full address of `url` in the edition at `editionPath`, from any edition's settings. */
export function editionUrl(site: Pick<SiteSettings, "url" | "pathPrefix" | "edition">, editionPath: string, url: string): string {
  const sitePrefix = site.pathPrefix.slice(0, site.pathPrefix.length - (site.edition.length - 1));
  return `${site.url}${sitePrefix}${editionPath.slice(1)}${url.slice(1)}`;
}

/** `archive` -> `/archive/`, nothing -> `/`. */
export function normalizePathPrefix(prefix: string | undefined): string {
  const trimmed = (prefix ?? "").replace(/^\/+|\/+$/g, "");
  return trimmed === "" ? "/" : `/${trimmed}/`;
}

/** A site URL with the path prefix, for the few places HtmlBasePlugin does not rewrite. */
export function prefixedPath(site: Pick<SiteSettings, "pathPrefix">, path: string): string {
  return `${site.pathPrefix}${path.replace(/^\//, "")}`;
}

/** The address a site URL is published at, for feeds, sitemaps and metadata. */
export function absoluteUrl(site: Pick<SiteSettings, "url" | "pathPrefix">, path: string): string {
  if (/^https?:\/\//.test(path)) return path;
  return `${site.url}${prefixedPath(site, path)}`;
}

// Attributes whose value is a site URL. Layouts write site-absolute URLs (`/people/`);
// a site served below a path prefix gets them as `/archive/people/`.
const LINK_ATTRIBUTE_PATH = /(\s(?:href|src|action|poster)=")\/(?!\/)([^"]*)/g;
const SRCSET_ATTRIBUTE = /(\ssrcset=")([^"]*)"/g;

/**
 * A rendered page's links with the path prefix, as the page is written: one scan of
 * the string for the attributes above, instead of parsing every page afterwards.
 * Absolute (`https://`) and protocol-relative (`//`) URLs are left alone. An edition's page
 * (`sitePrefix` given, `pathPrefix` being the edition's) links the shared folders at the
 * site's prefix and everything else at the edition's.
 */
export function withPathPrefix(page: string, pathPrefix: string, sitePrefix = pathPrefix): string {
  if (pathPrefix === "/") return page;
  const prefixOf = (path: string) => (sitePrefix !== pathPrefix && SHARED_FOLDERS.some((folder) => path.startsWith(folder)) ? sitePrefix : pathPrefix);
  const prefixed = (url: string) => (url.startsWith("/") && !url.startsWith("//") ? `${prefixOf(url.slice(1))}${url.slice(1)}` : url);
  return page
    .replace(LINK_ATTRIBUTE_PATH, (_match, start: string, path: string) => `${start}${prefixOf(path)}${path}`)
    .replace(SRCSET_ATTRIBUTE, (_match, start: string, list: string) => `${start}${list.split(",").map((candidate) => candidate.replace(/^(\s*)(\S+)/, (_m, space: string, url: string) => `${space}${prefixed(url)}`)).join(",")}"`);
}
