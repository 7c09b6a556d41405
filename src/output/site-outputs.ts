// Everything a build or the preview writes, as one list of output files with their
// fingerprints: the archive's pages from the route table, the pages Eleventy rendered,
// the hashed assets and the images.
import { statSync } from "node:fs";
import { join } from "node:path";
import { publishableImages } from "../images/publishable-images.ts";
import { publishedImageFiles } from "../images/responsive-images.ts";
import { bodiesShown, needsLinkPrefix, renderRoute, sharedSlices, type Route } from "../model/routes.ts";
import type { Article, SiteSettings } from "../types.ts";
import { withPathPrefix } from "../urls.ts";
import { siteAssets } from "./assets.ts";
import { sharedInputs, SliceFingerprinter } from "./fingerprint.ts";
import type { OutputFile } from "./write-site.ts";

export interface SiteOutputInput {
  site: SiteSettings;
  routes: readonly Route[];
  articles: readonly Article[];
  /** Pages Eleventy rendered. */
  hosted: readonly OutputFile[];
  contentDir: string;
  /** Kept between the preview's rebuilds. */
  memory?: OutputMemory;
}

/**
 * What one plan of the preview leaves for the next: the digests of slices (see
 * SliceFingerprinter), and each page's output file by its slice, so that a page whose
 * slice is the very object it was (most pages, after a save) is neither fingerprinted
 * nor wrapped again.
 */
export class OutputMemory {
  readonly sliceDigests = new WeakMap<object, string>();
  /** By slice, then by file (a feed's slice serves its Atom and JSON files): the output and the settings it was made with. */
  readonly pages = new WeakMap<object, Map<string, { shared: string; output: OutputFile }>>();
}

/** Files under content/images/, published as they are at /images/ (links out of content/ are refused when content loads). */
function contentImages(contentDir: string): OutputFile[] {
  return publishableImages(contentDir, (path) => path).files.map((file) => {
    const from = join(contentDir, "images", file);
    const stat = statSync(from);
    return { file: `images/${file}`, fingerprint: `${stat.size}:${stat.mtimeMs}`, produce: () => ({ copyFrom: from }) };
  });
}

export function siteOutputs({ site, routes, articles, hosted, contentDir, memory }: SiteOutputInput): OutputFile[] {
  const shared = sharedInputs(site);
  const fingerprints = new SliceFingerprinter(shared, new Set(articles), sharedSlices(routes), memory?.sliceDigests);
  const pageOf = (route: Route): OutputFile => ({
    file: route.file,
    fingerprint: fingerprints.of(route.kind, route.slice, bodiesShown(route)),
    produce: async () => {
      const page = await renderRoute(site, route);
      return needsLinkPrefix(route) ? withPathPrefix(page, site.pathPrefix) : page;
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
  const pages = ordered.map(remembered);
  const images = publishedImageFiles(articles).map(({ file, from }) => ({ file, fingerprint: file, produce: () => ({ copyFrom: from }) }));
  return [...siteAssets().files, ...contentImages(contentDir), ...images, ...hosted, ...pages];
}
