// Everything a build or the preview writes, as one list of output files with their
// fingerprints: the archive's pages from the route table, the pages Eleventy rendered,
// the hashed assets and the images.
import { statSync } from "node:fs";
import { join } from "node:path";
import { publishableImages } from "../images/publishable-images.ts";
import { publishedImageFiles } from "../images/responsive-images.ts";
import type { EditionView } from "../model/editions.ts";
import { bodiesShown, needsLinkPrefix, renderRoute, sharedSlices, type Route } from "../model/routes.ts";
import type { Article, SiteSettings } from "../types.ts";
import { withPathPrefix } from "../urls.ts";
import { siteAssets } from "./assets.ts";
import { sharedInputs, SliceFingerprinter } from "./fingerprint.ts";
import type { OutputFile } from "./write-site.ts";
import { KeptLists } from "../kept-lists.ts";

export interface SiteOutputInput {
  site: SiteSettings;
  routes: readonly Route[];
  articles: readonly Article[];
  /** Pages Eleventy rendered. */
  hosted: readonly OutputFile[];
  contentDir: string;
  /** Kept between the preview's rebuilds. */
  memory?: OutputMemory;
  /** The stories whose photos the site publishes, when more than `articles`: every edition's. */
  photosOf?: readonly Article[];
}

/**
 * What one plan of the preview leaves for the next: the digests of slices and of the
 * objects many slices share (see SliceFingerprinter), and each page's output file by its slice, so that a page whose
 * slice is the very object it was (most pages, after a save) is neither fingerprinted
 * nor wrapped again.
 */
export class OutputMemory {
  readonly sliceDigests = new WeakMap<object, string>();
  readonly sharedDigests = new WeakMap<object, string>();
  /** By slice, then by file (a feed's slice serves its Atom and JSON files): the output and the settings it was made with. */
  readonly pages = new WeakMap<object, Map<string, { shared: string; output: OutputFile }>>();
  /** The last route tables' outputs: a route where the last table had it keeps its output (kept-lists.ts). */
  readonly lists = new KeptLists<Route, OutputFile>();
}

/** Files under content/images/, published as they are at /images/ (links out of content/ are refused when content loads). */
function contentImages(contentDir: string): OutputFile[] {
  return publishableImages(contentDir, (path) => path).files.map((file) => {
    const from = join(contentDir, "images", file);
    const stat = statSync(from);
    return { file: `images/${file}`, fingerprint: `${stat.size}:${stat.mtimeMs}`, produce: () => ({ copyFrom: from }) };
  });
}

export function siteOutputs({ site, routes, articles, hosted, contentDir, memory, photosOf = articles }: SiteOutputInput): OutputFile[] {
  const images = publishedImageFiles(photosOf).map(({ file, from }) => ({ file, fingerprint: file, produce: () => ({ copyFrom: from }) }));
  return [...siteAssets().files, ...contentImages(contentDir), ...images, ...hosted, ...routeOutputs({ site, routes, articles, ...(memory ? { memory } : {}) })];
}

/**
 * An edition's files below its folder: its pages, and its search page's two scripts beside
 * that page (src/model/editions.ts), so that their worker opens the edition's own index.
 */
export function editionOutputs(view: EditionView, routes: readonly Route[], sitePrefix: string, memory?: OutputMemory): OutputFile[] {
  const { site, articles } = view.archive;
  const assets = siteAssets();
  const scripts = (["searchScript", "searchWorker"] as const).map((name): OutputFile => {
    const asset = assets.files.find((file) => `/${file.file}` === assets.urls[name])!;
    return { ...asset, file: `${view.folder}${site.assets[name].slice(1)}` };
  });
  return [...scripts, ...routeOutputs({ site, routes, articles, sitePrefix, ...(memory ? { memory } : {}) })];
}

/**
 * The files of the route table: each page rendered with `site`, its links given the path
 * prefix; an edition's (`sitePrefix`: the site's prefix, below which the edition's is) keep
 * the shared folders at the site's.
 */
function routeOutputs({ site, routes, articles, memory, sitePrefix = site.pathPrefix }: Pick<SiteOutputInput, "site" | "routes" | "articles" | "memory"> & { sitePrefix?: string }): OutputFile[] {
  const shared = sharedInputs(site);
  // Made when a page is new: after most saves, a few pages.
  let fingerprints: SliceFingerprinter | undefined;
  const fingerprint = (route: Route) => {
    fingerprints ??= new SliceFingerprinter(shared, new Set(articles), sharedSlices(routes), memory?.sliceDigests, memory?.sharedDigests);
    return fingerprints.of(route.kind, route.slice, bodiesShown(route));
  };
  const pageOf = (route: Route): OutputFile => ({
    file: route.file,
    fingerprint: fingerprint(route),
    produce: async () => {
      const page = await renderRoute(site, route);
      return needsLinkPrefix(route) ? withPathPrefix(page, site.pathPrefix, sitePrefix) : page;
    },
  });
  /** A route's output as the last plan made it, when its slice is the same object and the settings are the same. */
  const remembered = (route: Route): OutputFile => {
    const slice: unknown = route.slice;
    if (!memory || typeof slice !== "object" || slice === null) return pageOf(route);
    let byFile = memory.pages.get(slice);
    if (!byFile) memory.pages.set(slice, (byFile = new Map()));
    const kept = byFile.get(route.file);
    if (kept?.shared === shared) return kept.output;
    const output = pageOf(route);
    byFile.set(route.file, { shared, output });
    return output;
  };
  // Written in this order, so that a page is on disk before any page that links to it:
  // assets and images, articles, then listings, feeds and sitemaps.
  const ordered = [...routes.filter((route) => route.kind === "article"), ...routes.filter((route) => route.kind !== "article")];
  return memory ? memory.lists.map(ordered, remembered, shared) : ordered.map(remembered);
}
