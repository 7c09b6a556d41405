// From a content folder to the list of files the site consists of, each with its
// fingerprint: the one pipeline the build and the preview share.
import { buildArchivePages } from "../archive-pages.ts";
import { collectArchive, type LoadOptions } from "../content/load-archive.ts";
import type { ContentIssue } from "../errors.ts";
import { withResponsiveImages } from "../images/responsive-images.ts";
import { buildRoutes, type Route } from "../model/routes.ts";
import type { Article, SiteSettings } from "../types.ts";
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

export async function planSite(options: PlanOptions): Promise<{ plan?: SitePlan; issues: ContentIssue[] }> {
  const { archive, issues } = collectArchive(options);
  if (!archive) return { issues };
  const articles = await withResponsiveImages(archive.articles, options.contentDir);
  const model = { ...archive, articles, pages: buildArchivePages({ ...archive, articles }) };
  const hosted = await options.hostedPages();
  const routes = buildRoutes(model, { hosted, now: options.now ?? new Date() });
  const outputs = siteOutputs({ site: archive.site, routes, articles, hosted: hosted.map((page) => page.output), contentDir: options.contentDir });
  return { plan: { site: archive.site, articles, routes, outputs }, issues };
}
