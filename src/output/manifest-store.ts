// Where a build remembers what it wrote to an output folder (its files' fingerprints,
// and the search bundles' plan): in the cache folder, outside the output (which a build
// changes), one file per output folder and kind of record.
import { readFileSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import type { SearchRecord } from "../search/update-index.ts";
import type { SavedRanking } from "../collections/related-articles.ts";
import { prepareWholeFile, writeWholeFile, type PreparedFile } from "../whole-file.ts";
import { whyUnwritable } from "./write-failure.ts";
import { codeVersion, sha1 } from "../hash.ts";
import { EMPTY_MANIFEST, type OutputManifest } from "./write-site.ts";

export const CACHE_DIR = resolve(".cache/annals");
const FORMAT = 3;

/** What a build records of an output folder, one file each. */
export interface Records {
  outputs: OutputManifest;
  search: SearchRecord;
  /** The content folder the output was last built from (what a preview may start from: src/preview/seed-from-build.ts). */
  source: { contentDir: string };
  /** The related stories as the last build ranked them, by the code that ranked them (see related-articles.ts). */
  rankings: { code: string; rankings: Record<string, SavedRanking> };
}

function recordPath(kind: keyof Records, output: string, cacheDir: string): string {
  return join(cacheDir, kind, `${sha1(resolve(output)).slice(0, 16)}.json`);
}

function load<K extends keyof Records>(kind: K, output: string, cacheDir: string, empty: Records[K]): Records[K] {
  try {
    const stored = JSON.parse(readFileSync(recordPath(kind, output, cacheDir), "utf8")) as { format: number; output: string; record: Records[K] };
    return stored.format === FORMAT && stored.output === resolve(output) && stored.record ? stored.record : empty;
  } catch {
    // No record yet, or an unreadable one: everything is written again.
    return empty;
  }
}

const stored = <K extends keyof Records>(output: string, record: Records[K]) => JSON.stringify({ format: FORMAT, output: resolve(output), record });

function save<K extends keyof Records>(kind: K, output: string, cacheDir: string, record: Records[K]): void {
  writeWholeFile(recordPath(kind, output, cacheDir), stored(output, record));
}

/**
 * A build's records of its output folders (the site's, and each edition's search record
 * in its own), written in full beside their places before the build commits its change to
 * the output, and put in place after it by renames, which take no more space: a full disk
 * stops the build while it can still roll its change back.
 */
export function prepareRecords(cacheDir: string, folders: readonly { output: string; records: Partial<Records> }[]): PreparedFile[] {
  const prepared: PreparedFile[] = [];
  try {
    for (const { output, records } of folders) {
      for (const [kind, record] of Object.entries(records) as [keyof Records, Records[keyof Records]][]) prepared.push(prepareWholeFile(recordPath(kind, output, cacheDir), stored(output, record)));
    }
  } catch (error) {
    prepared.forEach((file) => file.discard());
    throw error;
  }
  return prepared;
}

/**
 * Why `cacheDir` cannot be written (a read-only file system, no permission), or undefined
 * when it can. A build then runs without it (src/build.ts). A full disk is not this: it throws.
 */
export function whyCacheUnwritable(cacheDir: string): string | undefined {
  const probe = join(cacheDir, `writable-${process.pid}`);
  try {
    writeWholeFile(probe, "");
    rmSync(probe);
    return undefined;
  } catch (error) {
    const why = whyUnwritable(error);
    if (why === undefined) throw error;
    return why;
  }
}

/** The record of what is in `output`, distrusted if a writer that did not mark it (the preview) was stopped while changing it. */
export function loadManifest(output: string, cacheDir = CACHE_DIR): OutputManifest {
  const manifest = load("outputs", output, cacheDir, EMPTY_MANIFEST);
  return interruptedChange(output, cacheDir) ? distrusted(manifest) : manifest;
}
export const saveManifest = (output: string, manifest: OutputManifest, cacheDir = CACHE_DIR): void => save("outputs", output, cacheDir, manifest);
/**
 * Saved while a build changes `output`: the files `manifest` lists, none of whose
 * fingerprints can match, so a build that follows a killed one writes every file
 * again and still removes the files that are no longer part of the site.
 */
export const distrustManifest = (output: string, manifest: OutputManifest, cacheDir = CACHE_DIR): void => save("outputs", output, cacheDir, distrusted(manifest));

const distrusted = (manifest: OutputManifest): OutputManifest => ({ files: Object.fromEntries(Object.keys(manifest.files).map((file) => [file, UNTRUSTED])) });

/** Where a writer that changes `output` in place notes its pid while it does (markChanging). */
const changingPath = (output: string, cacheDir: string) => join(cacheDir, "changing", `${sha1(resolve(output)).slice(0, 16)}.pid`);

/**
 * Notes, in a file of a few bytes, that this process is changing `output` in place until
 * the returned function is called (after its record is saved): a process killed in between
 * leaves the note, and the next loadManifest distrusts the record, so that every file is
 * written again. Cheaper per change than distrustManifest, which writes the whole record:
 * what the preview uses on every save.
 */
export function markChanging(output: string, cacheDir = CACHE_DIR): () => void {
  const path = changingPath(output, cacheDir);
  writeWholeFile(path, String(process.pid));
  return () => rmSync(path, { force: true });
}

function interruptedChange(output: string, cacheDir: string): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(changingPath(output, cacheDir), "utf8"));
  } catch {
    return false;
  }
  try {
    // Still running (another preview of the same folder): its change is not interrupted.
    process.kill(pid, 0);
    return pid === process.pid;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== "EPERM";
  }
}

/** A fingerprint no file has. */
const UNTRUSTED = ["", -1] as const;

/** Whether a build has a record of what is in `output` it can trust (not a first build, a lost cache or a distrusted record). */
export const isTrusted = (manifest: OutputManifest): boolean => {
  const files = Object.values(manifest.files);
  return files.length > 0 && files[0]![1] !== UNTRUSTED[1];
};

export const loadSearchRecord = (output: string, cacheDir = CACHE_DIR): SearchRecord => load("search", output, cacheDir, { plan: [], digests: {} });
export const saveSearchRecord = (output: string, record: SearchRecord, cacheDir = CACHE_DIR): void => save("search", output, cacheDir, record);

export const loadBuiltFrom = (output: string, cacheDir = CACHE_DIR): string | undefined => load("source", output, cacheDir, { contentDir: "" }).contentDir || undefined;

/** The rankings of related stories the last build of `output` made, when the same code made them. */
export function loadRankings(output: string, cacheDir = CACHE_DIR): Record<string, SavedRanking> {
  const { code, rankings } = load("rankings", output, cacheDir, { code: "", rankings: {} });
  return code === codeVersion() ? rankings : {};
}
export const rankingsRecord = (rankings: Record<string, SavedRanking>): Records["rankings"] => ({ code: codeVersion(), rankings });
