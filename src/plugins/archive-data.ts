// Loads the archive once per build, before Eleventy reads any data, and hands it to
// every page as global data.
import { resolve } from "node:path";
import { buildArchivePages, type ArchiveData } from "../archive-pages.ts";
import { loadArchive } from "../content/load-archive.ts";
import { printIssues } from "../cli/report.ts";
import { inInput, type EleventyConfig } from "../eleventy-types.ts";
import { makeResponsiveImages, publishImages } from "../images/responsive-images.ts";

// Other plugins (search) read the same loaded archive instead of loading it again.
const loaded = new WeakMap<EleventyConfig, ArchiveData>();

/** The archive of the build in progress, shared with every plugin. */
export function loadedArchive(eleventyConfig: EleventyConfig): ArchiveData {
  const archive = loaded.get(eleventyConfig);
  if (!archive) throw new Error("The archive is loaded in eleventy.before; archiveDataPlugin must be added first.");
  return archive;
}

export function archiveDataPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.on("eleventy.before", async ({ runMode }) => {
    const preview = runMode !== "build";
    const contentDir = resolve(eleventyConfig.directories.input);
    const archive = loadArchive({
      projectRoot: process.cwd(),
      contentDir,
      // Drafts show in the preview server and never in a build.
      includeDrafts: preview,
      pathPrefix: eleventyConfig.pathPrefix,
      keepGoing: preview,
    });
    if (preview) {
      // `npm run build` prints its own report; the preview prints each rebuild's and
      // shows the problems on every page until they are fixed.
      printIssues(archive.issues);
      archive.site.previewProblems = archive.issues.filter((issue) => issue.severity !== "note");
    }
    const images = await makeResponsiveImages(archive.articles, contentDir);
    for (const article of archive.articles) {
      if (article.image) {
        const responsive = images.get(article.image.src);
        if (responsive) article.image.responsive = responsive;
      }
    }
    loaded.set(eleventyConfig, { ...archive, pages: buildArchivePages(archive) });
  });
  eleventyConfig.on("eleventy.after", ({ directories }) => {
    const archive = loaded.get(eleventyConfig);
    if (!archive) return;
    publishImages(archive.articles.flatMap((article) => article.image?.responsive ?? []), resolve(directories.output));
  });
  eleventyConfig.addGlobalData("archive", () => loadedArchive(eleventyConfig));
  eleventyConfig.addGlobalData("site", () => loadedArchive(eleventyConfig).site);
  // Articles and YAML data are read by Annals, not by Eleventy, so watch them explicitly.
  eleventyConfig.addWatchTarget(inInput(eleventyConfig, "articles/**/*.md"));
  eleventyConfig.addWatchTarget(inInput(eleventyConfig, "_data/*.yaml"));
}
