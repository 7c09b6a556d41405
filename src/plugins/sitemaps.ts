// The sitemap, the Google News sitemap, robots.txt and the hosts' _headers.
import * as sitemaps from "../../layouts/sitemaps.11ty.ts";
import type { EleventyConfig } from "../eleventy-types.ts";
import { headersFile } from "../output/headers.ts";
import type { SiteSettings } from "../types.ts";

export function sitemapsPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addTemplate("sitemap.11ty.js", sitemaps.sitemap);
  eleventyConfig.addTemplate("news-sitemap.11ty.js", sitemaps.newsSitemap);
  eleventyConfig.addTemplate("robots.11ty.js", sitemaps.robots);
  // Netlify's and Cloudflare's caching rules. No asset is fingerprinted yet, so none is listed as immutable.
  eleventyConfig.addTemplate("headers.11ty.js", {
    data: { permalink: "/_headers", layout: false, eleventyExcludeFromCollections: true },
    render: ({ site }: { site: SiteSettings }) => headersFile(site),
  });
}
