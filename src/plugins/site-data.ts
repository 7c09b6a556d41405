// Gives Eleventy's own pages (about.md, a site's .11ty.ts pages) the site settings
// Annals' pages are rendered with.
import { resolve } from "node:path";
import { loadSiteSettings } from "../content/load-archive.ts";
import type { EleventyConfig } from "../eleventy-types.ts";
import { siteAssets } from "../output/assets.ts";

export function siteDataPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addGlobalData("site", () =>
    loadSiteSettings({ projectRoot: process.cwd(), contentDir: resolve(eleventyConfig.directories.input), pathPrefix: eleventyConfig.pathPrefix, assets: siteAssets().urls }),
  );
}
