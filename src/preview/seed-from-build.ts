// The preview's first start after a build: instead of rendering and indexing the whole
// archive again, its folder starts as hard links to the build's files (a copy where
// links cannot be made), with the build's records, so its first rebuild writes only
// what differs from the build (drafts, and the pages that list them) and its search
// puts the drafts in the edits bundle. Links are safe both ways because every writer
// of Annals (pages, records, Pagefind's bundles) writes a new file and renames it into
// place: neither folder ever changes a file the other links to.
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { isTrusted, loadBuiltFrom, loadManifest, loadRankings, loadSearchRecord } from "../output/manifest-store.ts";
import type { SavedRanking } from "../collections/related-articles.ts";
import type { OutputManifest } from "../output/write-site.ts";
import { SEARCH_FOLDER, type SearchRecord } from "../search/update-index.ts";

export interface Seeded {
  /** What the preview folder now holds, as the build recorded it. */
  manifest: OutputManifest;
  searchRecord: SearchRecord;
  /** The build's rankings of related stories: the preview's first ranking starts from them. */
  rankings: Record<string, SavedRanking>;
  /** Files linked or copied. */
  files: number;
}

/** Whether `dir` is missing or empty: the preview never fills a folder that holds something else. */
function isEmptyFolder(dir: string): boolean {
  try {
    return readdirSync(dir).length === 0;
  } catch {
    return !existsSync(dir);
  }
}

/** Makes `to` the same file as `from`: a hard link, or a copy across devices or where links are refused. */
function linkOrCopy(from: string, to: string, folders: Set<string>): void {
  const folder = dirname(to);
  if (!folders.has(folder)) {
    mkdirSync(folder, { recursive: true });
    folders.add(folder);
  }
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

/** Every file under `dir`, relative to `root` with `/` separators. */
function filesBelow(root: string, dir: string): string[] {
  if (!existsSync(join(root, dir))) return [];
  return readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join("/"));
}

/**
 * Fills an empty or missing `previewDir` from the build in `buildDir`, when that build was
 * made from `contentDir` and its record can be trusted (it finished, and no build is
 * running: a running build distrusts its record until it commits). A file whose size is not what the build recorded (changed
 * by hand) is left out, so the preview writes it. Returns undefined when nothing was seeded.
 */
export function seedFromBuild(options: { contentDir: string; buildDir: string; previewDir: string; cacheDir: string }): Seeded | undefined {
  const { buildDir, previewDir, cacheDir } = options;
  if (buildDir === previewDir || !isEmptyFolder(previewDir) || loadBuiltFrom(buildDir, cacheDir) !== options.contentDir) return undefined;
  const built = loadManifest(buildDir, cacheDir);
  if (!isTrusted(built)) return undefined;
  const folders = new Set<string>();
  const files: OutputManifest["files"] = {};
  for (const [file, record] of Object.entries(built.files)) {
    const from = join(buildDir, file);
    let size: number;
    try {
      size = statSync(from).size;
    } catch {
      continue;
    }
    if (size !== record[1]) continue;
    linkOrCopy(from, join(previewDir, file), folders);
    files[file] = record;
  }
  // The search index is not in the page record: its folder comes whole, with its own record.
  const searchFiles = filesBelow(buildDir, SEARCH_FOLDER);
  for (const file of searchFiles) linkOrCopy(join(buildDir, file), join(previewDir, file), folders);
  return { manifest: { files }, searchRecord: loadSearchRecord(buildDir, cacheDir), rankings: loadRankings(buildDir, cacheDir), files: Object.keys(files).length + searchFiles.length };
}
