// Search: the Pagefind index of the article pages, written as bundles after every
// build, in `npm run build` and after each rebuild of the preview server alike.
// Until builds know what changed, every bundle is indexed again each time.
import type { EleventyConfig } from "../eleventy-types.ts";
import { closeSearchIndexer, planSearchBundles, writeSearchBundles } from "../search/bundles.ts";
import { loadedArchive } from "./archive-data.ts";

export function searchPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.on("eleventy.after", async ({ directories, runMode }) => {
    const archive = loadedArchive(eleventyConfig);
    const bundles = planSearchBundles(archive.articles);
    await writeSearchBundles({ outputDir: directories.output, language: archive.site.language, bundles, changed: "all" });
    if (runMode === "build") await closeSearchIndexer();
  });
}
