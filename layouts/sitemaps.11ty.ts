// /sitemap.xml, /news-sitemap.xml and /robots.txt.
import type { ArchiveData } from "../src/archive-pages.ts";
import { recentArticles, renderNewsSitemap, renderRobots, renderSitemap } from "../src/seo/sitemaps.ts";
import type { SiteSettings } from "../src/types.ts";

interface SitemapData {
  site: SiteSettings;
  archive: ArchiveData;
  collections: { all: readonly { url: string | false; data: { noindex?: boolean } }[] };
}

const notListed = { layout: false, eleventyExcludeFromCollections: true };

export const sitemap = {
  data: { ...notListed, permalink: "/sitemap.xml" },
  render({ site, archive, collections }: SitemapData): string {
    const lastModified = archive.pages.lastModified;
    const entries = collections.all
      .filter((page): page is { url: string; data: { noindex?: boolean } } => typeof page.url === "string" && page.url.endsWith("/") && !page.data.noindex)
      .map((page) => ({ url: page.url, ...(lastModified.has(page.url) ? { lastmod: lastModified.get(page.url)! } : {}) }))
      .sort((a, b) => a.url.localeCompare(b.url));
    return renderSitemap(site, entries);
  },
};

export const newsSitemap = {
  data: { ...notListed, permalink: "/news-sitemap.xml" },
  render: ({ site, archive }: SitemapData) => renderNewsSitemap(site, recentArticles(archive.articles, new Date())),
};

export const robots = {
  data: { ...notListed, permalink: "/robots.txt" },
  render: ({ site }: SitemapData) => renderRobots(site),
};
