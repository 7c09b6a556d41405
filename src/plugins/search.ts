// Search: the /search/ page and its script, and a Pagefind index written after every
// build, in `npm run build` and after each rebuild of the preview server alike.
import type { EleventyConfig } from "../eleventy-types.ts";
import { closeSearchIndexer, writeSearchIndex, type IndexablePage } from "../search/write-index.ts";
import { loadedArchive } from "./archive-data.ts";

// Only article pages carry this attribute (see layouts/article.11ty.ts).
const INDEXED_PAGE = "data-pagefind-body";

export function searchPlugin(eleventyConfig: EleventyConfig): void {
  // An incremental rebuild reports only the pages it wrote, so the pages indexed last
  // time are kept and the rebuilt ones replace their old versions.
  const pages = new Map<string, IndexablePage>();
  eleventyConfig.on("eleventy.after", async ({ results, directories, incremental, runMode }) => {
    if (!incremental) pages.clear();
    for (const result of results) {
      if (result.url && result.content.includes(INDEXED_PAGE)) pages.set(result.url, { url: result.url, html: result.content });
    }
    await writeSearchIndex({ pages: [...pages.values()], outputDir: directories.output, language: loadedArchive(eleventyConfig).site.language });
    if (runMode === "build") await closeSearchIndexer();
  });
}
