// `npm run check`'s look at the links of stories' bodies: the addresses a build would
// publish, derived from the loaded archive through the route table (drafts left out, as a
// build leaves them out), without rendering or writing anything.
import { buildArchivePages } from "../archive-pages.ts";
import type { Archive } from "../content/archive.ts";
import type { ContentIssue } from "../errors.ts";
import { brokenLinkWarnings } from "./broken-links.ts";
import { buildRoutes } from "./routes.ts";
import { siteAddresses } from "./site-addresses.ts";
import { oldAddresses } from "../content/redirect-paths.ts";

/** `hosted`: the addresses of the site's own pages (src/content/hosted-addresses.ts). */
export function archiveLinkWarnings(archive: Archive, hosted: readonly string[]): ContentIssue[] {
  const published = { ...archive, articles: archive.articles.filter((article) => !article.draft) };
  const hostedPages = hosted.map((url) => ({ url }));
  const routes = buildRoutes({ ...published, pages: buildArchivePages(published) }, { hosted: hostedPages, now: new Date() });
  const addresses = siteAddresses(routes, hostedPages, oldAddresses(published.articles));
  const drafts = new Map(archive.articles.filter((article) => article.draft).map((article) => [article.url, article.inputPath]));
  return brokenLinkWarnings(archive.bodyLinks, addresses, archive.site, { drafts });
}
