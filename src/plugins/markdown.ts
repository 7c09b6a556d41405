// Markdown pages in content/ (about.md) use the same markdown-it setup as articles.
import { inInput, type EleventyConfig } from "../eleventy-types.ts";
import { createMarkdown } from "../markdown.ts";

export function markdownPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.setLibrary("md", createMarkdown({ allowHtml: false }));
  // Articles are loaded by Annals (src/content), not rendered as Eleventy templates.
  eleventyConfig.ignores.add(inInput(eleventyConfig, "articles/**"));
}
