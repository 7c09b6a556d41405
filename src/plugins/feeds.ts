// Atom and JSON feeds for the site and for every entity, source and tag.
import * as feeds from "../../layouts/feeds.11ty.ts";
import type { EleventyConfig } from "../eleventy-types.ts";

export function feedsPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addTemplate("feed-atom.11ty.js", feeds.atom);
  eleventyConfig.addTemplate("feed-json.11ty.js", feeds.json);
}
