// Eleventy renders a site's own pages: markdown pages such as content/about.md and any
// typed page a site adds as content/<name>.11ty.ts. Annals' archive pages are not
// Eleventy templates: src/model/routes.ts lists them and src/output writes them.
import * as base from "../../layouts/base.11ty.ts";
import type { EleventyConfig } from "../eleventy-types.ts";

export const BASE_LAYOUT = "base.11ty.js";

export function pagesPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addExtension("11ty.ts", { key: "11ty.js" });
  eleventyConfig.addTemplateFormats("11ty.ts");
  eleventyConfig.addTemplate(`_includes/${BASE_LAYOUT}`, base);
  // Markdown pages in content/ (about.md) get the page shell without naming it.
  eleventyConfig.addGlobalData("layout", BASE_LAYOUT);
}
