// The preview's first start after a build: instead of rendering and indexing the whole
// archive again, its folder starts as hard links to the build's files (a copy where
// links cannot be made), with the build's records, so its first rebuild writes only
// what differs from the build (drafts, and the pages that list them) and its search
// puts the drafts in the edits bundle. Links are safe both ways because every writer
// of Annals (pages, records, Pagefind's bundles) writes a new file and renames it into
// place: neither folder ever changes a file the other links to.
//
// The links are made on a worker thread (tens of thousands of folders take seconds on
// some disks) while the preview serves the build's folder itself and plans its first
// rebuild; that rebuild writes once they are made.
import { existsSync, readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { isTrusted, loadBuiltFrom, loadManifest, loadRankings, loadSearchRecord } from "../output/manifest-store.ts";
import type { SavedRanking } from "../collections/related-articles.ts";
import type { OutputManifest } from "../output/write-site.ts";
import { SEARCH_FOLDER, type SearchRecord } from "../search/update-index.ts";
import { typeScriptWorker } from "../worker-threads.ts";
import type { FileToLink } from "./link-files.ts";

export interface SeedWorkerData {
  buildDir: string;
  previewDir: string;
  files: FileToLink[];
}

export interface Seeding {
  /** The build's folder: it holds what the preview's will, and is served until that is filled. */
  buildDir: string;
  searchRecord: SearchRecord;
  /** The build's rankings of related stories: the preview's first ranking starts from them. */
  rankings: Record<string, SavedRanking>;
  /** Files to link: those the build recorded, and its search index's. */
  files: number;
  /**
   * What the preview folder holds once the links are made, as the build recorded it;
   * undefined when they could not be made (the preview then writes every file).
   */
  linked: Promise<OutputManifest | undefined>;
}

/** Whether `dir` is missing or empty: the preview never fills a folder that holds something else. */
function isEmptyFolder(dir: string): boolean {
  try {
    return readdirSync(dir).length === 0;
  } catch {
    return !existsSync(dir);
  }
}

/** Every file under `dir`, relative to `root` with `/` separators. */
function filesBelow(root: string, dir: string): string[] {
  if (!existsSync(join(root, dir))) return [];
  return readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join("/"));
}

/** Links `files` from the build on a worker thread; resolves to those left out, or undefined when the worker failed. */
function linkOnWorker(data: SeedWorkerData): Promise<string[] | undefined> {
  return new Promise((resolve) => {
    const worker = typeScriptWorker(new URL("./seed-worker.ts", import.meta.url), { workerData: data });
    worker.once("message", (leftOut: string[]) => resolve(leftOut));
    worker.once("error", () => resolve(undefined));
    worker.once("exit", () => resolve(undefined));
  });
}

/**
 * Starts filling an empty or missing `previewDir` from the build in `buildDir`, when that
 * build was made from `contentDir` and its record can be trusted (it finished, and no build
 * is running: a running build distrusts its record until it commits). A file whose size is
 * not what the build recorded (changed by hand) is left out, so the preview writes it.
 * Returns undefined when there is nothing to start from.
 */
export function seedFromBuild(options: { contentDir: string; buildDir: string; previewDir: string; cacheDir: string }): Seeding | undefined {
  const { buildDir, previewDir, cacheDir } = options;
  if (buildDir === previewDir || !isEmptyFolder(previewDir) || loadBuiltFrom(buildDir, cacheDir) !== options.contentDir) return undefined;
  const built = loadManifest(buildDir, cacheDir);
  if (!isTrusted(built)) return undefined;
  // The search index is not in the page record: its folder comes whole, with its own record.
  const searchFiles = filesBelow(buildDir, SEARCH_FOLDER);
  const files: FileToLink[] = [...Object.entries(built.files).map(([file, record]): FileToLink => [file, record[1]]), ...searchFiles.map((file): FileToLink => [file, undefined])];
  const linked = linkOnWorker({ buildDir, previewDir, files }).then((leftOut): OutputManifest | undefined => {
    if (!leftOut) return undefined;
    const skipped = new Set(leftOut);
    return { files: Object.fromEntries(Object.entries(built.files).filter(([file]) => !skipped.has(file))) };
  });
  return { buildDir, searchRecord: loadSearchRecord(buildDir, cacheDir), rankings: loadRankings(buildDir, cacheDir), files: files.length, linked };
}
