// Never a half-written site, at a cost that follows the change, not the archive.
//
// A first build writes into a fresh staging folder and renames it into place. Later
// builds change the output in place, file by file, each written under a new name and
// renamed over the old one, and keep a journal beside the output: a hard link to every
// file they replace or remove, and the list of files they add. A build that fails rolls
// the journal back, leaving the output byte-identical to before; a build that is killed
// is rolled back by the next build (or preview) before it starts. The writer orders its
// work so that the site is complete at every moment even before that: new pages are
// written before the pages that link to them, and pages are removed last.
//
// A journal is done with (committed, or rolled back) by renaming it aside in one step
// before it is deleted: deleting thousands of saved files takes a while, and a build
// killed half-way through would leave half a journal that the next build would roll
// back in part (the pages and bundles.json put back, the bundle folders they name gone).
import { appendFileSync, copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { removeEmptyFolders } from "./write-site.ts";
import { writingTo } from "../whole-file.ts";

const STAGING = ".staging-";
const JOURNAL = ".journal-";
/** A journal done with, renamed aside, only to be deleted. */
const DISCARDED = ".discarded-";
const ADDED = "added.txt";
const SAVED = "saved";
const FOLDERS = "folders";
const FOLDER_LIST = "folders.txt";

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

interface Leftover {
  path: string;
  kind: "staging" | "journal" | "discarded";
  pid: number;
}

/** Folders a build of `output` keeps beside it while it runs, with the pid of that build. */
function leftovers(output: string): Leftover[] {
  const parent = dirname(output);
  const name = basename(output);
  if (!existsSync(parent)) return [];
  return readdirSync(parent).flatMap((entry): Leftover[] => {
    for (const [marker, kind] of [[STAGING, "staging"], [JOURNAL, "journal"], [DISCARDED, "discarded"]] as const) {
      const prefix = `${name}${marker}`;
      const pid = Number(entry.slice(prefix.length));
      if (entry.startsWith(prefix) && Number.isInteger(pid) && pid > 0) return [{ path: join(parent, entry), kind, pid }];
    }
    return [];
  });
}

/** Deletes a journal done with, after renaming it aside in one step (see the header). */
function discard(journal: string, output: string): void {
  const aside = `${output}${DISCARDED}${journal.slice(`${output}${JOURNAL}`.length)}`;
  renameSync(journal, aside);
  rmSync(aside, { recursive: true, force: true });
}

/**
 * Puts back every file a journal saved and removes every file it says was added. Each
 * step can be done again: a rollback killed half-way is finished by the next one.
 */
function rollBack(journal: string, output: string): void {
  const lines = (name: string) => (existsSync(join(journal, name)) ? readFileSync(join(journal, name), "utf8").split("\n").filter(Boolean) : []);
  lines(FOLDER_LIST).forEach((folder, index) => {
    const saved = join(journal, FOLDERS, String(index));
    // Already put back by a rollback that was stopped, or never there: what is in the output stays.
    if (!existsSync(saved)) return;
    rmSync(join(output, folder), { recursive: true, force: true });
    renameSync(saved, join(output, folder));
  });
  const added = lines(ADDED);
  for (const file of added) {
    rmSync(join(output, file), { recursive: true, force: true });
    // And the folders the build made for them.
    removeEmptyFolders(dirname(join(output, file)), output);
  }
  const saved = join(journal, SAVED);
  if (existsSync(saved)) {
    for (const entry of readdirSync(saved, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const from = join(entry.parentPath, entry.name);
      const to = join(output, from.slice(saved.length + 1));
      mkdirSync(dirname(to), { recursive: true });
      renameSync(from, to);
    }
  }
  discard(journal, output);
}

/**
 * Repairs what a killed build left beside `output`: its changes are rolled back and its
 * staging folder removed. Builds still running are left alone. Returns what it did.
 */
export function recoverInterruptedBuilds(output: string): string[] {
  const done: string[] = [];
  for (const entry of leftovers(output).filter((leftover) => !isRunning(leftover.pid))) {
    if (entry.kind === "journal" && existsSync(output)) {
      rollBack(entry.path, output);
      done.push(`put ${basename(output)}/ back as it was before a build that was stopped half-way`);
    } else {
      rmSync(entry.path, { recursive: true, force: true });
      done.push(`removed ${basename(entry.path)}/, left by a build that was stopped`);
    }
  }
  return done;
}

/** A change to an output folder that is either committed whole or rolled back. */
export interface OutputChange {
  /** Where the build writes. */
  readonly dir: string;
  /** A fresh folder that is renamed into place whole (see OutputTarget). */
  readonly staged?: boolean;
  /** Called before `file` (relative to `dir`) is written, replaced or removed. */
  willChange(file: string): void;
  /** Moves `folder` (relative to `dir`) aside, to be replaced whole by the caller. */
  moveFolderAside(folder: string): void;
  commit(): void;
  rollBack(): void;
}

/** Writes straight into a folder nobody publishes (the preview's): nothing to roll back. */
export function unguardedChange(dir: string): OutputChange {
  mkdirSync(dir, { recursive: true });
  return { dir, willChange: () => {}, moveFolderAside: (folder) => rmSync(join(dir, folder), { recursive: true, force: true }), commit: () => {}, rollBack: () => {} };
}

/** Makes `folder` (and `inner`, inside it) empty; on a full disk, leaves nothing of it. */
function makeFresh(folder: string, inner: string): void {
  rmSync(folder, { recursive: true, force: true });
  try {
    mkdirSync(inner, { recursive: true });
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
}

function firstBuild(output: string): OutputChange {
  const dir = `${output}${STAGING}${process.pid}`;
  makeFresh(dir, dir);
  return {
    dir,
    staged: true,
    willChange: () => {},
    moveFolderAside: (folder) => rmSync(join(dir, folder), { recursive: true, force: true }),
    commit: () => renameSync(dir, output),
    rollBack: () => rmSync(dir, { recursive: true, force: true }),
  };
}

function journaledChange(output: string): OutputChange {
  const journal = `${output}${JOURNAL}${process.pid}`;
  makeFresh(journal, join(journal, SAVED));
  const seen = new Set<string>();
  let folders = 0;
  return {
    dir: output,
    willChange(file) {
      if (seen.has(file)) return;
      seen.add(file);
      const current = join(output, file);
      if (!existsSync(current)) {
        // Written down before the file exists, so a kill can never leave it unlisted.
        writingTo(join(journal, ADDED), () => appendFileSync(join(journal, ADDED), `${file}\n`));
        return;
      }
      const saved = join(journal, SAVED, file);
      mkdirSync(dirname(saved), { recursive: true });
      try {
        linkSync(current, saved);
      } catch {
        copyFileSync(current, saved);
      }
    },
    moveFolderAside(folder) {
      const index = folders++;
      writingTo(join(journal, FOLDER_LIST), () => appendFileSync(join(journal, FOLDER_LIST), `${folder}\n`));
      const current = join(output, folder);
      if (!existsSync(current)) return;
      mkdirSync(join(journal, FOLDERS), { recursive: true });
      renameSync(current, join(journal, FOLDERS, String(index)));
    },
    commit: () => discard(journal, output),
    rollBack: () => rollBack(journal, output),
  };
}

/** Starts a change to `output`: staged whole the first time, journaled after. */
export function beginOutputChange(output: string): OutputChange {
  return existsSync(output) ? journaledChange(output) : firstBuild(output);
}
