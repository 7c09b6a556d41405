// Loads the archive once per build and hands it to every page as global data.
import { join, resolve } from "node:path";
import { loadArchive, type Archive } from "../content/load-archive.ts";
import type { EleventyConfig } from "../eleventy-types.ts";
import { paginate, type PageOf } from "../paginate.ts";
import type { Article } from "../types.ts";

export interface ArchiveData extends Archive {
  pages: {
    home: PageOf<Article>[];
  };
}

export function buildArchiveData(archive: Archive): ArchiveData {
  return {
    ...archive,
    pages: {
      home: paginate(archive.articles, archive.site.pageSize, "/"),
    },
  };
}

export function archiveDataPlugin(eleventyConfig: EleventyConfig): void {
  let current: ArchiveData | undefined;
  let includeDrafts = false;
  eleventyConfig.on("eleventy.before", ({ runMode }) => {
    current = undefined;
    // Drafts show in the preview server and never in a build.
    includeDrafts = runMode !== "build";
  });
  const load = (): ArchiveData => {
    current ??= buildArchiveData(
      loadArchive({
        projectRoot: process.cwd(),
        contentDir: resolve(eleventyConfig.directories.input),
        includeDrafts,
      }),
    );
    return current;
  };
  eleventyConfig.addGlobalData("archive", load);
  eleventyConfig.addGlobalData("site", () => load().site);
  // Articles and YAML data are read by Annals, not by Eleventy, so watch them explicitly.
  eleventyConfig.addWatchTarget(join(eleventyConfig.directories.input, "articles/**/*.md"));
  eleventyConfig.addWatchTarget(join(eleventyConfig.directories.input, "_data/*.yaml"));
}
