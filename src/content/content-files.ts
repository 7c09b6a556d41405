// Lists the files Annals may read and publish from a folder inside content/. It follows
// symbolic links only while they stay inside content/, so a link to /etc/passwd or to
// a folder elsewhere on the machine is refused with an error naming the link instead
// of being read or copied into the site. Editors' lock, swap and backup files and
// hidden folders are never content.
import { lstatSync, readdirSync, realpathSync, statSync, type Stats } from "node:fs";
import { join } from "node:path";
import type { ContentIssue } from "../errors.ts";
import { isWithin } from "../paths.ts";

export interface ContentFileList {
  /** Absolute paths, as reached from the folder (a link inside content/ keeps its own name), sorted. */
  files: string[];
  /** Each file's size and time of change when it was listed (of the file a link leads to): the parse cache's stamp, without a second stat. */
  stamps: Map<string, { mtimeMs: number; size: number }>;
  issues: ContentIssue[];
}

export interface WalkOptions {
  /** The content/ folder nothing may resolve outside of. */
  contentDir: string;
  /** Whether a file name is one the caller wants (e.g. ends in .md). */
  wanted(name: string): boolean;
  /** How a path is named in an error. */
  display(path: string): string;
  /** Folders not to enter (absolute paths), e.g. one another walk covers. */
  skip?: readonly string[];
}

/**
 * Not content whatever its extension: Emacs's lock `.#x.md` (a link to nothing while the
 * file is being edited) and auto-save `#x.md#`, Vim's swap `.x.md.swp` (`.swo`, ...),
 * backups ending in `~`, macOS's `._x.md` and `.DS_Store`, and hidden folders such as `.git`.
 */
export function isEditorLeftover(name: string, isFolder: boolean): boolean {
  return (
    (isFolder && name.startsWith(".")) ||
    name.startsWith(".#") ||
    name.startsWith("._") ||
    name === ".DS_Store" ||
    /^\..*\.sw[a-p]$/.test(name) ||
    name.endsWith("~") ||
    (name.startsWith("#") && name.endsWith("#"))
  );
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
}

export function listContentFiles(dir: string, options: WalkOptions): ContentFileList {
  const files: string[] = [];
  const stamps: ContentFileList["stamps"] = new Map();
  const issues: ContentIssue[] = [];
  let contentRoot = "";
  let startReal = "";
  const refuse = (path: string, message: string) => issues.push({ severity: "error", file: options.display(path), field: "", message });

  /** `ancestors` are the real paths of the folders being walked, to stop a link that loops back. */
  const visitFolder = (folder: string, ancestors: ReadonlySet<string>) => {
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch (error) {
      refuse(folder, `is a folder that could not be read (${errorCode(error)}). Check its permissions.`);
      return;
    }
    for (const name of names.sort()) {
      if (!isEditorLeftover(name, false)) visitEntry(join(folder, name), name, ancestors);
    }
  };

  const visitEntry = (path: string, name: string, ancestors: ReadonlySet<string>) => {
    let stats: Stats;
    try {
      stats = lstatSync(path);
    } catch {
      return; // Deleted while we looked (the preview runs while files are saved).
    }
    let real = path;
    if (stats.isSymbolicLink()) {
      try {
        real = realpathSync(path);
        stats = statSync(real);
      } catch (error) {
        if (options.wanted(name)) {
          refuse(path, `is a link to nothing (${errorCode(error)}). Delete the link, or point it at a file inside content/.`);
        }
        return;
      }
      if (!isWithin(contentRoot, real)) {
        if (stats.isDirectory() || options.wanted(name)) {
          refuse(path, `is a link to ${real}, outside content/. Annals reads and publishes only files inside content/: copy the ${stats.isDirectory() ? "folder" : "file"} in instead of linking to it.`);
        }
        return;
      }
    }
    if (stats.isDirectory()) {
      if (isEditorLeftover(name, true) || options.skip?.includes(path)) return;
      const folder = real === path ? realpathSync(path) : real;
      // A link to a folder above the walk would walk the walk again.
      if (ancestors.has(folder) || isWithin(folder, startReal)) {
        refuse(path, `is a link back to ${options.display(folder)}, a folder that contains it. Delete the link.`);
        return;
      }
      visitFolder(path, new Set([...ancestors, folder]));
    } else if (options.wanted(name)) {
      if (stats.isFile()) {
        files.push(path);
        stamps.set(path, { mtimeMs: stats.mtimeMs, size: stats.size });
      } else refuse(path, "is not a regular file (a pipe, socket or device). Replace it with a text file.");
    }
  };

  try {
    if (!statSync(dir).isDirectory()) return { files, stamps, issues };
    contentRoot = realpathSync(options.contentDir);
    startReal = realpathSync(dir);
  } catch {
    // No such folder: nothing to list (a missing site.yaml is reported by its reader).
    return { files, stamps, issues };
  }
  if (!isWithin(contentRoot, startReal)) {
    refuse(dir, `is a link to ${startReal}, outside content/. Annals reads and publishes only files inside content/: move the folder in instead of linking to it.`);
    return { files, stamps, issues };
  }
  visitFolder(dir, new Set([startReal]));
  return { files: files.sort(), stamps, issues };
}

/**
 * Every link under content/ that resolves outside it or to nothing, except under
 * `except` (walked by its own reader): pages such as about.md, data files and images are
 * read or copied by Eleventy and by Annals alike, so none of them may lead out.
 */
export function refusedContentLinks(contentDir: string, display: (path: string) => string, except: readonly string[]): ContentIssue[] {
  return listContentFiles(contentDir, { contentDir, display, wanted: () => true, skip: except }).issues;
}
