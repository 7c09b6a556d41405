// /sitemap.xml (every public page), /news-sitemap.xml (Google News: the last two
// days' articles) and /robots.txt naming both.
// https://www.sitemaps.org/protocol.html, https://developers.google.com/search/docs/crawling-indexing/sitemaps/news-sitemap
import type { ArticleDate } from "../dates.ts";
import { html } from "../html.ts";
import type { Article, SiteSettings } from "../types.ts";
import { absoluteUrl, urls } from "../urls.ts";

const NEWS_WINDOW_MS = 2 * 86_400_000;
const NEWS_LIMIT = 1000;

/** The newest publication or update among `articles`. */
export function newestDate(articles: readonly Article[]): ArticleDate | undefined {
  let latest: ArticleDate | undefined;
  for (const article of articles) {
    const date = article.modified;
    if (!latest || date.epoch > latest.epoch) latest = date;
  }
  return latest;
}

/** The protocol's limit of URLs in one sitemap file; past it, sitemap.xml becomes an index of several. */
export const SITEMAP_LIMIT = 50_000;

export interface SitemapEntry {
  url: string;
  lastmod?: string;
}

export function renderSitemap(site: SiteSettings, entries: readonly SitemapEntry[]): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n${html`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${entries.map(
  (entry) => html`<url><loc>${absoluteUrl(site, entry.url)}</loc>${entry.lastmod ? html`<lastmod>${entry.lastmod}</lastmod>` : ""}</url>
`,
)}</urlset>`}\n`;
}

/** sitemap.xml when the site has more pages than one sitemap may list: the list of sitemap files. */
export function renderSitemapIndex(site: SiteSettings, sitemaps: readonly SitemapEntry[]): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n${html`<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${sitemaps.map(
  (entry) => html`<sitemap><loc>${absoluteUrl(site, entry.url)}</loc>${entry.lastmod ? html`<lastmod>${entry.lastmod}</lastmod>` : ""}</sitemap>
`,
)}</sitemapindex>`}\n`;
}

/**
 * Articles published in the two days before `now`, newest first, at most 1,000, from
 * `articles` newest first: the stories after the window are not looked at.
 */
export function recentArticles(articles: readonly Article[], now: Date): Article[] {
  const since = now.getTime() - NEWS_WINDOW_MS;
  const recent: Article[] = [];
  for (const article of articles) {
    if (article.date.epoch < since || recent.length === NEWS_LIMIT) break;
    if (article.date.epoch <= now.getTime()) recent.push(article);
  }
  return recent;
}

export function renderNewsSitemap(site: SiteSettings, articles: readonly Article[]): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n${html`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
${articles.map(
  (article) => html`<url><loc>${absoluteUrl(site, article.url)}</loc><news:news><news:publication><news:name>${site.title}</news:name><news:language>${article.lang ?? site.language}</news:language></news:publication><news:publication_date>${article.date.iso}</news:publication_date><news:title>${article.title}</news:title></news:news></url>
`,
)}</urlset>`}\n`;
}

/** robots.txt: every edition's sitemap and news sitemap. */
export function renderRobots(site: SiteSettings): string {
  const editions = site.editions.length > 0 ? site.editions.map((edition) => edition.path) : ["/"];
  const sitemaps = editions.flatMap((path) => [urls.sitemap, urls.newsSitemap].map((url) => `Sitemap: ${absoluteUrl(site, `${path}${url.slice(1)}`)}`));
  return ["User-agent: *", "Allow: /", "", ...sitemaps, ""].join("\n");
}
