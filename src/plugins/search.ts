// Search: a Pagefind index of the article pages, written after every build, in
// `npm run build` and after each rebuild of the preview server alike.
import type { EleventyConfig } from "../eleventy-types.ts";
import { closeSearchIndexer, writeSearchIndex } from "../search/write-index.ts";
import { loadedArchive } from "./archive-data.ts";

export function searchPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.on("eleventy.after", async ({ directories, runMode }) => {
    await writeSearchIndex({ outputDir: directories.output, language: loadedArchive(eleventyConfig).site.language });
    if (runMode === "build") await closeSearchIndexer();
  });
}
