// From a content folder to the list of files the site consists of, each with its
// fingerprint: the one pipeline the build and the preview share.
import { buildArchivePages, withBodiesReplaced, type ArchivePages } from "../archive-pages.ts";
import { collectArchive, LoadMemory, type Archive, type LoadOptions } from "../content/load-archive.ts";
import type { ContentIssue } from "../errors.ts";
import { withResponsiveImages } from "../images/responsive-images.ts";
import { buildRoutes, outputFileOf, type Route } from "../model/routes.ts";
import { redirectsOverPages } from "../content/redirect-clashes.ts";
import { redirectFileFor } from "./redirects.ts";
import type { Article, SiteSettings } from "../types.ts";
import { articleMetadataDigest } from "./fingerprint.ts";
import type { HostedPageOutput } from "./hosted-pages.ts";
import { siteOutputs } from "./site-outputs.ts";
import type { OutputFile } from "./write-site.ts";

export interface SitePlan {
  site: SiteSettings;
  articles: Article[];
  routes: Route[];
  outputs: OutputFile[];
}

export interface PlanOptions extends LoadOptions {
  /** The pages Eleventy renders (about.md ...), asked for once the content is valid. */
  hostedPages(): Promise<readonly HostedPageOutput[]>;
  now?: Date;
}

/**
 * What one plan leaves for the next in the same process (the preview): the articles
 * loaded, the pages grouped from them, and the digests of their slices. When a save changed
 * article bodies and nothing else, the next plan takes the pages as they were, with the
 * new bodies where pages show them, instead of grouping the archive again.
 */
export class PlanMemory {
  readonly load = new LoadMemory();
  /** The inputs of the last grouping and its result. */
  last?: { groupedFrom: string; articles: readonly Article[]; pages: ArchivePages };
  readonly sliceDigests = new WeakMap<object, string>();
}

/** What the grouping of articles into pages depends on besides the articles: settings and the registry. */
function groupingInputs(archive: Archive): string {
  return JSON.stringify([archive.site, archive.entities, archive.sources]);
}

/**
 * The last plan's pages, if the articles are the same stories in the same order with
 * the same metadata, with the new objects of those whose body changed where pages show
 * bodies; undefined when the archive must be grouped again. (Pages that show metadata
 * alone keep the earlier objects: their slices' digests are kept from the last plan.)
 */
function pagesToReuse(memory: PlanMemory | undefined, groupedFrom: string, articles: readonly Article[]): ArchivePages | undefined {
  const last = memory?.last;
  if (!last || last.groupedFrom !== groupedFrom || last.articles.length !== articles.length) return undefined;
  const replaced = new Map<Article, Article>();
  for (const [i, article] of articles.entries()) {
    const before = last.articles[i]!;
    if (before === article) continue;
    if (articleMetadataDigest(before) !== articleMetadataDigest(article)) return undefined;
    replaced.set(before, article);
  }
  return replaced.size === 0 ? last.pages : withBodiesReplaced(last.pages, replaced);
}

export async function planSite(options: PlanOptions, memory?: PlanMemory): Promise<{ plan?: SitePlan; issues: ContentIssue[] }> {
  const { archive, issues } = collectArchive({ ...options, ...(memory ? { memory: memory.load } : {}) });
  if (!archive) return { issues };
  const articles = await withResponsiveImages(archive.articles, options.contentDir);
  const groupedFrom = groupingInputs(archive);
  const pages = pagesToReuse(memory, groupedFrom, articles) ?? buildArchivePages({ ...archive, articles });
  if (memory) memory.last = { groupedFrom, articles, pages };
  const hosted = await options.hostedPages();
  const allRoutes = buildRoutes({ ...archive, articles, pages }, { hosted, now: options.now ?? new Date() });
  const ownPages = new Map([...allRoutes.filter((route) => route.kind !== "redirect"), ...hosted].map((page) => [outputFileOf(page.url), page.url]));
  const clashes = redirectsOverPages(articles, ownPages, redirectFileFor);
  issues.push(...clashes);
  if (clashes.length > 0 && !options.keepGoing) return { issues };
  // The preview leaves such a redirect out, as it does any broken article.
  const routes = allRoutes.filter((route) => route.kind !== "redirect" || !ownPages.has(route.file));
  const outputs = siteOutputs({
    site: archive.site,
    routes,
    articles,
    hosted: hosted.map((page) => page.output),
    contentDir: options.contentDir,
    ...(memory ? { sliceDigests: memory.sliceDigests } : {}),
  });
  return { plan: { site: archive.site, articles, routes, outputs }, issues };
}
