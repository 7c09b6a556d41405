// Loads the archive once per build and hands it to every page as global data.
import { resolve } from "node:path";
import { buildArchivePages, type ArchiveData } from "../archive-pages.ts";
import { loadArchive, type Archive } from "../content/load-archive.ts";
import { printIssues } from "../cli/report.ts";
import { inInput, type EleventyConfig } from "../eleventy-types.ts";

function buildArchiveData(archive: Archive): ArchiveData {
  return { ...archive, pages: buildArchivePages(archive) };
}

// Other plugins (search) read the same loaded archive instead of loading it again.
const loaders = new WeakMap<EleventyConfig, () => ArchiveData>();

/** The archive of the build in progress, loaded once and shared with every plugin. */
export function loadedArchive(eleventyConfig: EleventyConfig): ArchiveData {
  const load = loaders.get(eleventyConfig);
  if (!load) throw new Error("archiveDataPlugin must be added before the plugins that read the archive.");
  return load();
}

export function archiveDataPlugin(eleventyConfig: EleventyConfig): void {
  let current: ArchiveData | undefined;
  let preview = false;
  eleventyConfig.on("eleventy.before", ({ runMode }) => {
    current = undefined;
    preview = runMode !== "build";
  });
  const load = (): ArchiveData => {
    if (current) return current;
    const archive = loadArchive({
      projectRoot: process.cwd(),
      contentDir: resolve(eleventyConfig.directories.input),
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
    current = buildArchiveData(archive);
    return current;
  };
  loaders.set(eleventyConfig, load);
  eleventyConfig.addGlobalData("archive", load);
  eleventyConfig.addGlobalData("site", () => load().site);
  // Articles and YAML data are read by Annals, not by Eleventy, so watch them explicitly.
  eleventyConfig.addWatchTarget(inInput(eleventyConfig, "articles/**/*.md"));
  eleventyConfig.addWatchTarget(inInput(eleventyConfig, "_data/*.yaml"));
}
