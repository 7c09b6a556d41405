// Annals' Eleventy configuration: it only composes the plugins in src/plugins. Eleventy
// renders a site's own pages (about.md, .11ty.ts pages); Annals writes the archive's.
import { HtmlBasePlugin } from "@11ty/eleventy";
import type { EleventyConfig } from "./src/eleventy-types.ts";
import { markdownPlugin } from "./src/plugins/markdown.ts";
import { pagesPlugin } from "./src/plugins/pages.ts";
import { siteDataPlugin } from "./src/plugins/site-data.ts";

export default function (eleventyConfig: EleventyConfig): void {
  eleventyConfig.addPlugin(siteDataPlugin);
  eleventyConfig.addPlugin(markdownPlugin);
  eleventyConfig.addPlugin(pagesPlugin);
  // Layouts write site-absolute links (`/people/`); under --pathprefix they gain the prefix here.
  eleventyConfig.addPlugin(HtmlBasePlugin);
}

// The input folder is passed by src/output/hosted-pages.ts (`input`): a `dir` set here
// would override the folder a test or a script asks for.
export const config = {
  markdownTemplateEngine: false,
  htmlTemplateEngine: false,
};
