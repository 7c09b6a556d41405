// Fills a folder with hard links to another's files (a copy where links cannot be made):
// the preview's folder from a build's, on a worker thread (see seed-from-build.ts).
import { copyFileSync, linkSync, mkdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";

/** A file to link, relative to both folders, with the size it must have; undefined: any size. */
export type FileToLink = readonly [file: string, size: number | undefined];

/**
 * Links each of `files` from `fromDir` into `toDir`. A file that is missing, or whose size
 * is not the one given (changed by hand since it was recorded), is left out; returns those.
 */
export function linkFiles(fromDir: string, toDir: string, files: readonly FileToLink[]): string[] {
  const folders = new Set<string>();
  const leftOut: string[] = [];
  for (const [file, size] of files) {
    const from = join(fromDir, file);
    const to = join(toDir, file);
    try {
      if (size !== undefined && statSync(from).size !== size) {
        leftOut.push(file);
        continue;
      }
    } catch {
      leftOut.push(file);
      continue;
    }
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
  return leftOut;
}
