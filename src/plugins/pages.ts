// Registers the typed layouts in layouts/ as Eleventy templates. They are virtual
// templates (https://www.11ty.dev/docs/virtual-templates/), so a site's content/
// folder holds only content.
import * as article from "../../layouts/article.11ty.ts";
import * as base from "../../layouts/base.11ty.ts";
import * as dates from "../../layouts/dates.11ty.ts";
import * as entities from "../../layouts/entities.11ty.ts";
import * as entityIndex from "../../layouts/entity-index.11ty.ts";
import * as entity from "../../layouts/entity.11ty.ts";
import * as home from "../../layouts/home.11ty.ts";
import * as indexes from "../../layouts/indexes.11ty.ts";
import * as notFound from "../../layouts/not-found.11ty.ts";
import * as search from "../../layouts/search.11ty.ts";
import * as source from "../../layouts/source.11ty.ts";
import * as tag from "../../layouts/tag.11ty.ts";
import type { EleventyConfig } from "../eleventy-types.ts";

export const BASE_LAYOUT = "base.11ty.js";

const PAGE_TEMPLATES: Record<string, object> = {
  "home.11ty.js": home,
  "article.11ty.js": article,
  "entity.11ty.js": entity,
  "entity-index.11ty.js": entityIndex,
  "entities.11ty.js": entities,
  "source.11ty.js": source,
  "sources.11ty.js": indexes.sources,
  "tag.11ty.js": tag,
  "tags.11ty.js": indexes.tags,
  "archive.11ty.js": dates.overview,
  "year.11ty.js": dates.year,
  "month.11ty.js": dates.month,
  "404.11ty.js": notFound,
  "search.11ty.js": search,
};

export function pagesPlugin(eleventyConfig: EleventyConfig): void {
  // Lets a site add its own typed page as content/<name>.11ty.ts.
  eleventyConfig.addExtension("11ty.ts", { key: "11ty.js" });
  eleventyConfig.addTemplateFormats("11ty.ts");
  eleventyConfig.addTemplate(`_includes/${BASE_LAYOUT}`, base);
  // Markdown pages in content/ (about.md) get the page shell without naming it.
  eleventyConfig.addGlobalData("layout", BASE_LAYOUT);
  for (const [path, template] of Object.entries(PAGE_TEMPLATES)) eleventyConfig.addTemplate(path, template);
}
