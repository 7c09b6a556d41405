// Files written whole: under a temporary name, then renamed into place, so a reader (or a
// killed build) never finds half of one. Used by every cache and record Annals keeps, and
// by the writer of the site (src/output/write-site.ts).
import { linkSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

const TEMPORARY = /\.annals-\d+\.tmp$/;

/** The name a file is written under before it is renamed to `path`. */
export const temporaryName = (path: string): string => `${path}.annals-${process.pid}.tmp`;

/** The file a temporary name stands for (`path` itself when it is no temporary name): what an error names. */
export const intendedName = (path: string): string => path.replace(TEMPORARY, "");

/**
 * Runs `write`, naming `path` in the error it throws when the error names no file: a full
 * disk fails the write(2) call, whose error Node gives without the path.
 */
export function writingTo<T>(path: string, write: () => T): T {
  try {
    return write();
  } catch (error) {
    throw namePath(error, path);
  }
}

/** `error` with `path` as the file it was writing, unless it names one already. */
export function namePath(error: unknown, path: string): unknown {
  if (error instanceof Error && "code" in error && !("path" in error)) Object.assign(error, { path });
  return error;
}

/** A file written in full under its temporary name; `commit` renames it into place, which takes no more space. */
export interface PreparedFile {
  commit(): void;
  discard(): void;
}

export function prepareWholeFile(path: string, data: string | Uint8Array): PreparedFile {
  const temporary = temporaryName(path);
  const discard = () => rmSync(temporary, { force: true });
  mkdirSync(dirname(path), { recursive: true });
  try {
    writingTo(temporary, () => writeFileSync(temporary, data));
  } catch (error) {
    discard();
    throw error;
  }
  return {
    commit() {
      try {
        renameSync(temporary, path);
      } finally {
        discard();
      }
    },
    discard,
  };
}

export function writeWholeFile(path: string, data: string | Uint8Array): void {
  prepareWholeFile(path, data).commit();
}

/**
 * Creates `path` whole, or throws EEXIST and leaves an existing file alone: `write` fills a
 * temporary file, which is then hard-linked to `path` (a link, unlike a rename, never
 * replaces). A kill leaves at most the temporary file, never half of `path`.
 */
export function createWholeFile(path: string, write: (temporary: string) => void): void {
  const temporary = temporaryName(path);
  mkdirSync(dirname(path), { recursive: true });
  try {
    writingTo(temporary, () => write(temporary));
    linkSync(temporary, path);
  } finally {
    rmSync(temporary, { force: true });
  }
}
