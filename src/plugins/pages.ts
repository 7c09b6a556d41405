// Registers the typed layouts in layouts/ as Eleventy templates. They are virtual
// templates (https://www.11ty.dev/docs/virtual-templates/), so a site's content/
// folder holds only content.
import * as article from "../../layouts/article.11ty.ts";
import * as base from "../../layouts/base.11ty.ts";
import * as home from "../../layouts/home.11ty.ts";
import type { EleventyConfig } from "../eleventy-types.ts";

export const BASE_LAYOUT = "base.11ty.js";

const PAGE_TEMPLATES: Record<string, object> = {
  "home.11ty.js": home,
  "article.11ty.js": article,
};

export function pagesPlugin(eleventyConfig: EleventyConfig): void {
  // Lets a site add its own typed page as content/<name>.11ty.ts.
  eleventyConfig.addExtension("11ty.ts", { key: "11ty.js" });
  eleventyConfig.addTemplate(`_includes/${BASE_LAYOUT}`, base);
  // Markdown pages in content/ (about.md) get the page shell without naming it.
  eleventyConfig.addGlobalData("layout", BASE_LAYOUT);
  for (const [path, template] of Object.entries(PAGE_TEMPLATES)) eleventyConfig.addTemplate(path, template);
}
