// Every URL the site publishes is built here, so links and pages can never disagree.
import { pad2 } from "./dates.ts";
import { ENTITY_SECTIONS, type EntityType, type SiteSettings } from "./types.ts";

export const urls = {
  home: "/",
  archive: "/archive/",
  entities: "/entities/",
  sources: "/sources/",
  tags: "/tags/",
  about: "/about/",
  search: "/search/",
  article: (year: number, month: number, day: number, slug: string) => `/${year}/${pad2(month)}/${pad2(day)}/${slug}/`,
  year: (year: number) => `/${year}/`,
  month: (year: number, month: number) => `/${year}/${pad2(month)}/`,
  entityIndex: (type: EntityType) => `/${ENTITY_SECTIONS[type]}/`,
  entityIndexByCount: (type: EntityType) => `/${ENTITY_SECTIONS[type]}/by-count/`,
  entity: (type: EntityType, slug: string) => `/${ENTITY_SECTIONS[type]}/${slug}/`,
  source: (slug: string) => `/sources/${slug}/`,
  tag: (slug: string) => `/tags/${slug}/`,
} as const;

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
