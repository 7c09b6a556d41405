// Files in an output folder that a clean build would not write: what a build removes
// when it has no record it can trust of what an earlier build left there (the cache was
// deleted, or a build was killed), so that its output still equals a clean build's. The
// build removes them with the files it no longer writes (removeFiles in write-site.ts).
import { readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";

export interface StrayOptions {
  /** Folders below the output that another writer keeps (the search index). */
  ownedElsewhere: readonly string[];
  /** Whether `.gz` and `.br` copies of the site's files belong to it. */
  precompressed: boolean;
}

/** Every file below `target.dir` that `files` (the site, relative paths) does not hold. */
export function strayFiles(dir: string, files: ReadonlySet<string>, { ownedElsewhere, precompressed }: StrayOptions): string[] {
  const belongs = (file: string) => files.has(file) || ownedElsewhere.some((folder) => file === folder || file.startsWith(`${folder}/`)) || (precompressed && /\.(gz|br)$/.test(file) && files.has(file.replace(/\.(gz|br)$/, "")));
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => !entry.isDirectory())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join("/"))
    .filter((file) => !belongs(file))
    .sort();
}

