// The route table: every page Annals publishes, with its kind, URL, output file and
// the slice of data it renders from, derived once from the loaded archive. The writer,
// the sitemap, the preview server and the search indexer all read this one list.
import * as articleLayout from "../../layouts/article.11ty.ts";
import * as correctionsLayout from "../../layouts/corrections.11ty.ts";
import * as dates from "../../layouts/dates.11ty.ts";
import * as entitiesLayout from "../../layouts/entities.11ty.ts";
import * as entityIndexLayout from "../../layouts/entity-index.11ty.ts";
import * as entityLayout from "../../layouts/entity.11ty.ts";
import * as homeLayout from "../../layouts/home.11ty.ts";
import * as indexes from "../../layouts/indexes.11ty.ts";
import * as dataLayout from "../../layouts/data.11ty.ts";
import * as notFoundLayout from "../../layouts/not-found.11ty.ts";
import * as searchLayout from "../../layouts/search.11ty.ts";
import * as sourceLayout from "../../layouts/source.11ty.ts";
import * as tagLayout from "../../layouts/tag.11ty.ts";
import type { ArchiveData, ArticlePage, EntityIndexPage, EntityTypeOverview, Listing, MonthOf, SourceSummary, TagSummary } from "../archive-pages.ts";
import type { EntitySummary } from "../collections/entity-summaries.ts";
import { correctedStories, type CorrectionNotice } from "../collections/corrections.ts";
import type { MonthArchive, YearArchive } from "../collections/date-archive.ts";
import { renderAtom } from "../feeds/atom.ts";
import { monthSpan, type MonthSpan } from "../search/filters.ts";
import type { FeedSpec } from "../collections/feed-specs.ts";
import { renderJsonFeed } from "../feeds/json-feed.ts";
import { renderDataPackage } from "../open-data/data-package.ts";
import type { DataCatalogue, DataYear } from "../open-data/data-years.ts";
import { entitiesCsv, mentionsCsv, storiesJsonl } from "../open-data/files.ts";
import type { PageOf } from "../paginate.ts";
import { headersFile } from "../hosting/headers.ts";
import { redirectFileFor, redirectPage, redirectsFile, redirectsOf } from "../hosting/redirects.ts";
import { BUILD_RECORD, buildRecordText } from "../serve/build-record.ts";
import { newestDate, recentArticles, renderNewsSitemap, renderRobots, renderSitemap, renderSitemapIndex, SITEMAP_LIMIT, type SitemapEntry } from "../seo/sitemaps.ts";
import type { Article, Entity, SiteSettings, Source, TagRef } from "../types.ts";
import { urls } from "../urls.ts";
import { KeptLists, RecentResults } from "../kept-lists.ts";
import { sameEntry, sitemapFiles } from "../seo/sitemap-files.ts";

/** How one kind of page is rendered from its slice, and whether the sitemap lists it. */
interface PageKindSpec<Slice> {
  render(site: SiteSettings, slice: Slice): string | Promise<string>;
  /** Listed in sitemap.xml (HTML pages meant for search engines). */
  sitemap: boolean;
  /** The articles whose body the page shows; of the others it shows only metadata. */
  bodies?(slice: Slice): readonly Article[];
  /** The page writes its links with the path prefix itself; the writer leaves them alone. */
  prefixesOwnLinks?: boolean;
  /** Published once for the whole site, not in each edition (src/model/editions.ts). */
  siteWide?: boolean;
}

const kind = <Slice>(spec: PageKindSpec<Slice>): PageKindSpec<Slice> => spec;
const none = undefined;

/** Every kind of page Annals writes. A new page kind is one entry here and its routes below. */
export const PAGE_KINDS = {
  home: kind({ sitemap: true, render: (site, listing: PageOf<Article>) => homeLayout.render({ site, listing }) }),
  article: kind({ sitemap: true, render: (site, entry: ArticlePage) => articleLayout.render({ site, entry }), bodies: (entry) => [entry.article] }),
  entity: kind({ sitemap: true, render: (site, listing: Listing<Entity, EntitySummary>) => entityLayout.render({ site, listing }) }),
  entityIndex: kind({ sitemap: true, render: (site, index: EntityIndexPage) => entityIndexLayout.render({ site, index }) }),
  entities: kind({ sitemap: true, render: (site, overview: EntityTypeOverview[]) => entitiesLayout.render({ site, overview }) }),
  source: kind({ sitemap: true, render: (site, listing: Listing<Source, SourceSummary>) => sourceLayout.render({ site, listing }) }),
  sources: kind({ sitemap: true, render: (site, index: SourceSummary[]) => indexes.sources({ site, index }) }),
  tag: kind({ sitemap: true, render: (site, listing: Listing<TagRef, TagSummary>) => tagLayout.render({ site, listing }) }),
  tags: kind({ sitemap: true, render: (site, index: TagSummary[]) => indexes.tags({ site, index }) }),
  archive: kind({ sitemap: true, render: (site, years: YearArchive[]) => dates.overview({ site, years }) }),
  year: kind({ sitemap: true, render: (site, year: YearArchive) => dates.year({ site, year }) }),
  month: kind({ sitemap: true, render: (site, listing: Listing<MonthOf, MonthArchive>) => dates.month({ site, listing }) }),
  corrections: kind({ sitemap: true, render: (site, notices: CorrectionNotice[]) => correctionsLayout.render({ site, notices }) }),
  search: kind({ sitemap: false, render: (site, months: MonthSpan) => searchLayout.render({ site, months }) }),
  notFound: kind({ sitemap: false, render: (site, _: undefined) => notFoundLayout.render({ site }) }),
  atomFeed: kind({ sitemap: false, render: (site, feed: FeedSpec) => renderAtom(site, feed), bodies: (feed) => (feed.fullContent ? feed.items : []) }),
  jsonFeed: kind({ sitemap: false, render: (site, feed: FeedSpec) => renderJsonFeed(site, feed), bodies: (feed) => (feed.fullContent ? feed.items : []) }),
  sitemap: kind({ sitemap: false, render: (site, entries: SitemapEntry[]) => renderSitemap(site, entries) }),
  sitemapIndex: kind({ sitemap: false, render: (site, sitemaps: SitemapEntry[]) => renderSitemapIndex(site, sitemaps) }),
  newsSitemap: kind({ sitemap: false, render: (site, articles: Article[]) => renderNewsSitemap(site, articles) }),
  robots: kind({ sitemap: false, siteWide: true, render: (site, _: undefined) => renderRobots(site) }),
  /** Caching rules for Netlify and Cloudflare Pages; the slice is the hashed asset files. */
  headers: kind({ sitemap: false, siteWide: true, render: (site, assetFiles: string[]) => headersFile(site, assetFiles) }),
  /** A page at an old address (`redirect_from:`) that sends readers on to the article. */
  redirect: kind({ sitemap: false, siteWide: true, prefixesOwnLinks: true, render: (site, article: Pick<Article, "url" | "title">) => redirectPage(site, article) }),
  /** `_redirects`: the same old addresses as real redirects, for Netlify and Cloudflare Pages. */
  redirects: kind({ sitemap: false, siteWide: true, render: (site, articles: Pick<Article, "url" | "title" | "redirectFrom">[]) => redirectsFile(site, articles) }),
  /** /data/: the open-data files explained, with their counts and licence. */
  openData: kind({ sitemap: true, siteWide: true, render: (site, catalogue: DataCatalogue) => dataLayout.render({ site, catalogue }) }),
  /** A year's stories as JSON Lines; their word counts follow from their bodies. */
  storiesData: kind({ sitemap: false, siteWide: true, render: (site, year: DataYear) => storiesJsonl(site, year.articles), bodies: (year) => year.articles }),
  mentionsData: kind({ sitemap: false, siteWide: true, render: (site, year: DataYear) => mentionsCsv(site, year.articles) }),
  entitiesData: kind({ sitemap: false, siteWide: true, render: (site, entities: Entity[]) => entitiesCsv(site, entities) }),
  /** datapackage.json: the slice is the years with files; every other word of it comes from the settings and the code. */
  dataPackage: kind({ sitemap: false, siteWide: true, render: (site, years: number[]) => renderDataPackage(site, years) }),
  /** Tells `npm run serve` the path prefix the site was built for. */
  buildRecord: kind({ sitemap: false, siteWide: true, render: (site, _: undefined) => buildRecordText({ pathPrefix: site.pathPrefix }) }),
};

export type PageKind = keyof typeof PAGE_KINDS;
type SliceOf<K extends PageKind> = (typeof PAGE_KINDS)[K] extends PageKindSpec<infer S> ? S : never;

export type Route = {
  [K in PageKind]: {
    kind: K;
    /** The page's site URL, without the path prefix: `/2021/07/28/x/`, `/feed.xml`. */
    url: string;
    /** Where it is written, relative to the output folder. */
    file: string;
    /** Everything the page shows, besides the site settings: what its fingerprint is made of. */
    slice: SliceOf<K>;
    /** The newest change among the articles it shows, for the sitemap. */
    lastModified?: string;
  };
}[PageKind];

/** A page written by Eleventy (about.md, a site's own .11ty.ts page), listed in the sitemap. */
export interface HostedPage {
  url: string;
}

// The casts below are safe: `Route` pairs each kind with its own slice type.
export function renderRoute(site: SiteSettings, route: Route): string | Promise<string> {
  return (PAGE_KINDS[route.kind] as PageKindSpec<unknown>).render(site, route.slice);
}

/** Whether the writer adds the path prefix to the page's links (see withPathPrefix). */
export function needsLinkPrefix(route: Route): boolean {
  return route.file.endsWith(".html") && !(PAGE_KINDS[route.kind] as PageKindSpec<unknown>).prefixesOwnLinks;
}

/** The articles whose body `route` shows, for its fingerprint. */
export function bodiesShown(route: Route): readonly Article[] {
  return (PAGE_KINDS[route.kind] as PageKindSpec<unknown>).bodies?.(route.slice) ?? [];
}

/** Objects many routes share (a listing's summary), worth digesting once for all of them. */
export function sharedSlices(routes: readonly Route[]): Set<object> {
  const shared = new Set<object>();
  for (const route of routes) {
    // A listing's summary holds all its subject's stories and stands in index pages too.
    // (Not its subject: a registry entry is small, and the same object can stand
    // unshared elsewhere, in another entity's co-mentions, so sharing it would make a
    // digest depend on which object a page happens to hold.)
    if ((route.kind === "entity" || route.kind === "source" || route.kind === "tag" || route.kind === "month") && route.slice.summary) shared.add(route.slice.summary);
  }
  return shared;
}

/** `/a/b/` -> `a/b/index.html`; `/feed.xml` -> `feed.xml`. */
export function outputFileOf(url: string): string {
  const path = decodeURIComponent(url).replace(/^\/+/, "");
  return url.endsWith("/") ? `${path}index.html` : path;
}

/** The newest change among a list of stories, once per list: lists are never changed once made, and many routes (and the preview's next plan) share one. */
const newestChanges = new WeakMap<readonly Article[], string | undefined>();
function newestChange(articles: readonly Article[]): string | undefined {
  if (!newestChanges.has(articles)) newestChanges.set(articles, newestDate(articles)?.iso);
  return newestChanges.get(articles);
}

/**
 * The routes made for each slice object, kept while it lives: a plan that reuses most of
 * the last plan's slices (the preview's, after a save) makes again only the routes of the
 * new ones, and the sitemap entries and outputs made from the others stay the same objects.
 */
const routesBySlice = new WeakMap<object, Route[]>();

/** The newest change among the stories of a page: one story's own, or the newest of a list's (see newestChange). */
function lastChangeOf(stories: Article | readonly Article[]): string | undefined {
  return "modified" in stories ? stories.modified.iso : newestChange(stories);
}

function route<K extends PageKind>(kind: K, url: string, slice: SliceOf<K>, articles?: Article | readonly Article[], file?: string): Route {
  const lastModified = articles ? lastChangeOf(articles) : undefined;
  const known = typeof slice === "object" && slice !== null ? routesBySlice.get(slice) : undefined;
  const same = known?.find((made) => made.kind === kind && made.url === url && made.lastModified === lastModified && (file === undefined || made.file === file));
  if (same) return same;
  const made = { kind, url, file: file ?? outputFileOf(url), slice, ...(lastModified ? { lastModified } : {}) } as Route;
  if (known) known.push(made);
  else if (typeof slice === "object" && slice !== null) routesBySlice.set(slice, [made]);
  return made;
}

/**
 * The routes of a list of pages, one each, for kinds whose route follows from the page
 * object alone: a page where the last list of its kind had it keeps its route (kept-lists.ts).
 */
const keptLists = new Map<PageKind, KeptLists<object, Route>>();
function routesOf<T extends object>(kind: PageKind, pages: readonly T[], make: (page: T) => Route): Route[] {
  let kept = keptLists.get(kind);
  if (!kept) keptLists.set(kind, (kept = new KeptLists()));
  // Each kind's lists hold that kind's pages alone.
  return kept.map(pages, make as (page: object) => Route);
}

/** A year's stories, one list per year object, so that its newest change is found once (see newestChange). */
const yearStories = new WeakMap<YearArchive, Article[]>();
function storiesOfYear(year: YearArchive): Article[] {
  let stories = yearStories.get(year);
  if (!stories) yearStories.set(year, (stories = year.months.flatMap((month) => month.articles)));
  return stories;
}

/** A route's line in the sitemap, one object per route: a sitemap whose lines are the same objects is known at once (sitemapRoutes). */
const sitemapEntries = new WeakMap<Route, SitemapEntry>();
function sitemapEntry(route: Route): SitemapEntry {
  let entry = sitemapEntries.get(route);
  if (!entry) sitemapEntries.set(route, (entry = { url: route.url, ...(route.lastModified ? { lastmod: route.lastModified } : {}) }));
  return entry;
}

export interface RouteOptions {
  /** Pages Eleventy wrote, for the sitemap. */
  hosted: readonly HostedPage[];
  /** The news sitemap lists the stories of the two days before this moment. */
  now: Date;
  /** URLs per sitemap file; the protocol's 50,000 unless a test asks for fewer. */
  sitemapLimit?: number;
  /** The routes of an edition below `/`, which leaves out what the site publishes once. */
  edition?: boolean;
}

/** The sitemaps of `entries` (see sitemap-files.ts) as routes, kept for a plan whose pages are the same. */
export function sitemapRoutes(entries: readonly SitemapEntry[], limit: number): Route[] {
  return sitemapsMade.get({ entries, limit }, () => {
    const { files, index } = sitemapFiles(entries, limit);
    return [...files.map(({ url, entries: listed }) => route("sitemap", url, listed)), ...(index ? [route("sitemapIndex", urls.sitemap, index)] : [])];
  });
}

/** The sitemaps of the last two plans (an edition's plan comes after the site's). */
const sitemapsMade = new RecentResults<{ entries: readonly SitemapEntry[]; limit: number }, Route[]>(
  2,
  (a, b) => a.limit === b.limit && a.entries.length === b.entries.length && a.entries.every((entry, index) => sameEntry(entry, b.entries[index]!)),
);

export function buildRoutes(archive: ArchiveData, { hosted, now, sitemapLimit = SITEMAP_LIMIT, edition = false }: RouteOptions): Route[] {
  const { pages } = archive;
  const everything = archive.articles;
  const allRoutes: Route[] = [
    ...routesOf("home", pages.home, (listing) => route("home", listing.url, listing, listing.items)),
    ...routesOf("article", pages.articles, (entry) => route("article", entry.article.url, entry, entry.article)),
    ...routesOf("entity", pages.entities, (listing) => route("entity", listing.url, listing, listing.items)),
    ...pages.entityIndexes.map((index) => route("entityIndex", index.url, index, everything)),
    route("entities", urls.entities, pages.entityOverview, everything),
    ...routesOf("source", pages.sources, (listing) => route("source", listing.url, listing, listing.items)),
    route("sources", urls.sources, pages.sourceIndex, everything),
    ...routesOf("tag", pages.tags, (listing) => route("tag", listing.url, listing, listing.items)),
    route("tags", urls.tags, pages.tagIndex, everything),
    route("archive", urls.archive, pages.years, everything),
    ...routesOf("year", pages.years, (year) => route("year", urls.year(year.year), year, storiesOfYear(year))),
    ...routesOf("month", pages.months, (listing) => route("month", listing.url, listing, listing.items)),
    route("corrections", urls.corrections, pages.corrections, correctedStories(pages.corrections)),
    route("search", urls.search, monthSpan(everything)),
    route("notFound", urls.notFound, none),
    ...pages.feeds.flatMap((feed) => [route("atomFeed", `${feed.base}feed.xml`, feed), route("jsonFeed", `${feed.base}feed.json`, feed)]),
    route("newsSitemap", urls.newsSitemap, recentArticles(everything, now)),
    route("robots", urls.robots, none),
    route("headers", urls.headers, Object.values(archive.site.assets).map((url) => url.split("/").pop()!)),
    route("buildRecord", `/${BUILD_RECORD}`, none),
    route("openData", urls.openData, pages.openData.catalogue, everything),
    ...pages.openData.years.flatMap((year) => [route("storiesData", urls.storiesData(year.year), year), route("mentionsData", urls.mentionsData(year.year), year)]),
    route("entitiesData", urls.entitiesData, pages.openData.entities),
    route("dataPackage", urls.dataPackage, pages.openData.years.map((year) => year.year)),
    ...redirectsOf(everything).flatMap(({ from, article }) => {
      const file = redirectFileFor(from);
      return file ? [route("redirect", from, { url: article.url, title: article.title }, undefined, file)] : [];
    }),
    route("redirects", urls.redirects, everything.filter((article) => article.redirectFrom.length > 0).map(({ url, title, redirectFrom }) => ({ url, title, redirectFrom }))),
  ];
  const routes = edition ? allRoutes.filter((entry) => !PAGE_KINDS[entry.kind].siteWide) : allRoutes;
  const listed: SitemapEntry[] = [
    ...routes.filter((entry) => PAGE_KINDS[entry.kind].sitemap).map(sitemapEntry),
    ...hosted.filter((page) => page.url.endsWith("/")).map((page) => ({ url: page.url })),
  ];
  return [...routes, ...sitemapRoutes(listed, sitemapLimit)];
}
