// The preview server writes into the same output folder build after build, and Eleventy
// never deletes: a deleted or renamed article would stay online at its old address.
// After each preview build, pages this build did not write are removed. Eleventy 3 does
// not even rebuild when a file is deleted, so deletions under articles/ are watched here.
import { existsSync, readdirSync, rmSync, rmdirSync, utimesSync, watch } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { EleventyConfig } from "../eleventy-types.ts";

const PAGE = /\.(html|xml|json)$/;
// Not pages of Eleventy's: the search index and copied files.
const OWN_FOLDERS = new Set(["pagefind", "assets", "images", "img"]);

function removeEmptyFolders(from: string, root: string): void {
  for (let dir = from; dir !== root && dir.startsWith(root); dir = dirname(dir)) {
    try {
      rmdirSync(dir);
    } catch {
      return;
    }
  }
}

function removePagesNotWritten(output: string, written: ReadonlySet<string>): void {
  for (const file of readdirSync(output, { recursive: true, encoding: "utf8" })) {
    const path = join(output, file);
    if (!PAGE.test(file) || OWN_FOLDERS.has(file.split(/[\\/]/)[0] ?? "") || written.has(path)) continue;
    rmSync(path, { force: true });
    removeEmptyFolders(dirname(path), output);
  }
}

/**
 * Eleventy 3 only forgets a deleted file; nothing rebuilds. Touching site.yaml, which
 * Eleventy watches, starts the rebuild without changing a byte of it.
 */
function rebuildOnDeletion(contentDir: string): void {
  const articlesDir = join(contentDir, "articles");
  const siteFile = join(contentDir, "_data", "site.yaml");
  const watcher = watch(articlesDir, { recursive: true }, (_event, file) => {
    if (file && !existsSync(join(articlesDir, file)) && existsSync(siteFile)) {
      const now = new Date();
      utimesSync(siteFile, now, now);
    }
  });
  // The watcher alone must not keep the preview process alive.
  watcher.unref();
}

export function stalePagesPlugin(eleventyConfig: EleventyConfig): void {
  let watching = false;
  eleventyConfig.on("eleventy.before", ({ runMode }) => {
    if (runMode === "build" || watching) return;
    watching = true;
    rebuildOnDeletion(resolve(eleventyConfig.directories.input));
  });
  eleventyConfig.on("eleventy.after", ({ results, directories, runMode, incremental }) => {
    // A build writes a fresh folder; an incremental rebuild reports only what it rewrote.
    if (runMode === "build" || incremental) return;
    const written = new Set(results.flatMap((result) => (result.outputPath ? [resolve(result.outputPath)] : [])));
    removePagesNotWritten(resolve(directories.output), written);
  });
}
