// Annals' Eleventy configuration: it only composes the plugins in src/plugins.
import { HtmlBasePlugin } from "@11ty/eleventy";
import type { EleventyConfig } from "./src/eleventy-types.ts";
import { archiveDataPlugin } from "./src/plugins/archive-data.ts";
import { assetsPlugin } from "./src/plugins/assets.ts";
import { feedsPlugin } from "./src/plugins/feeds.ts";
import { markdownPlugin } from "./src/plugins/markdown.ts";
import { pagesPlugin } from "./src/plugins/pages.ts";
import { previewServerPlugin } from "./src/plugins/preview-server.ts";
import { safeOutputPlugin } from "./src/plugins/safe-output.ts";
import { searchPlugin } from "./src/plugins/search.ts";
import { sitemapsPlugin } from "./src/plugins/sitemaps.ts";
import { stalePagesPlugin } from "./src/plugins/stale-pages.ts";

export default function (eleventyConfig: EleventyConfig): void {
  eleventyConfig.addPlugin(archiveDataPlugin);
  eleventyConfig.addPlugin(markdownPlugin);
  eleventyConfig.addPlugin(pagesPlugin);
  eleventyConfig.addPlugin(feedsPlugin);
  eleventyConfig.addPlugin(sitemapsPlugin);
  // Pages of deleted articles leave the preview before the search index is read from it.
  eleventyConfig.addPlugin(stalePagesPlugin);
  eleventyConfig.addPlugin(searchPlugin);
  eleventyConfig.addPlugin(assetsPlugin);
  // Layouts write site-absolute links (`/people/`); under --pathprefix they gain the prefix here.
  eleventyConfig.addPlugin(HtmlBasePlugin);
  eleventyConfig.addPlugin(safeOutputPlugin);
  eleventyConfig.addPlugin(previewServerPlugin);
}

// The input folder is passed by the npm scripts and src/build.ts (`--input=content`):
// a `dir` set here would override the folder a test or a script asks for.
export const config = {
  markdownTemplateEngine: false,
  htmlTemplateEngine: false,
};
