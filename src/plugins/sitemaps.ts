// The sitemap, the Google News sitemap and robots.txt.
import * as sitemaps from "../../layouts/sitemaps.11ty.ts";
import type { EleventyConfig } from "../eleventy-types.ts";

export function sitemapsPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addTemplate("sitemap.11ty.js", sitemaps.sitemap);
  eleventyConfig.addTemplate("news-sitemap.11ty.js", sitemaps.newsSitemap);
  eleventyConfig.addTemplate("robots.11ty.js", sitemaps.robots);
}
