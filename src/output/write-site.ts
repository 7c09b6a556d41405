// Writes the files of a site whose fingerprint changed, and removes the files a
// previous run wrote that are no longer part of the site. Each file is written to a
// new name and renamed over the old one, so a reader (or a hard link in the published
// folder) never sees a half-written file.
import { readdirSync, rmdirSync, rmSync } from "node:fs";
import { copyFile, mkdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { isWithin } from "../paths.ts";
import { AnnalsError } from "../errors.ts";
import { namePath, temporaryName } from "../whole-file.ts";
import { sizeOf } from "./sizes-on-disk.ts";

/** One file of the output, and how to make it. */
export interface OutputFile {
  /** Relative to the output folder, with `/` separators. */
  file: string;
  /** Changes whenever the file's bytes would. */
  fingerprint: string;
  /** The file's bytes, or a path to copy them from. */
  produce(): string | Uint8Array | { copyFrom: string } | Promise<string | Uint8Array>;
}

/** What a run wrote: file -> [fingerprint, size]. */
export interface OutputManifest {
  files: Record<string, readonly [string, number]>;
}

/** A record of nothing; frozen, as a writer updating a record in place must be given its own. */
export const EMPTY_MANIFEST: OutputManifest = Object.freeze({ files: Object.freeze({}) });

export interface WriteReport {
  manifest: OutputManifest;
  /** Files written by this run, in the order their writing began. */
  written: string[];
  /** Files removed because the site no longer has them. */
  removed: string[];
  /** Files left as they were. */
  kept: number;
}

/** Removes `from` and the folders above it, up to `root`, while they are empty. */
export function removeEmptyFolders(from: string, root: string): void {
  for (let dir = from; dir !== root && dir.startsWith(root); dir = dirname(dir)) {
    try {
      if (readdirSync(dir).length > 0) return;
      rmdirSync(dir);
    } catch {
      return;
    }
  }
}

/** The folder written to, told before each file in it changes (see staging.ts). */
export interface OutputTarget {
  readonly dir: string;
  /**
   * `dir` was made empty for this change and no reader sees it before it is whole (a first
   * build's staging folder): each file is written at its own name, without a temporary
   * name and a rename, and nothing is looked for at a new file's place first.
   */
  readonly staged?: boolean;
  willChange(file: string): void;
}

/** What a file's produce() gave. */
type Produced = Awaited<ReturnType<OutputFile["produce"]>>;

/** Makes each folder once, however many writes in flight ask for it. */
class Folders {
  private readonly made = new Map<string, Promise<unknown>>();
  make(folder: string): Promise<unknown> {
    let making = this.made.get(folder);
    if (!making) {
      making = mkdir(folder, { recursive: true });
      this.made.set(folder, making);
    }
    return making;
  }
}

/** Writes one file, under a temporary name renamed into place unless the folder is `staged`; returns its size. */
async function writeOne(path: string, bytes: Produced, folders: Folders, staged: boolean): Promise<number> {
  await folders.make(dirname(path));
  const temporary = staged ? path : temporaryName(path);
  try {
    let size: number;
    if (typeof bytes === "object" && "copyFrom" in bytes) {
      await copyFile(bytes.copyFrom, temporary);
      size = (await stat(temporary)).size;
    } else {
      await writeFile(temporary, bytes);
      size = typeof bytes === "string" ? Buffer.byteLength(bytes) : bytes.byteLength;
    }
    if (temporary !== path) await rename(temporary, path);
    return size;
  } catch (error) {
    // A full disk or a read-only folder: no half-written file stays behind.
    await rm(temporary, { force: true });
    throw namePath(error, temporary);
  }
}

/**
 * Files being written at once. Rendering runs on the main thread while the files already
 * rendered are written by Node's pool of file-system threads: on a build's 20,000 files,
 * making folders and writing files took as long as rendering them, one after the other.
 * Bounded, so that rendered pages waiting for the disk never pile up in memory.
 */
export const WRITES_IN_FLIGHT = 16;

/** The writes under way; the first failure stops new ones, and is thrown once all have settled. */
class WritesInFlight {
  private readonly running = new Set<Promise<void>>();
  private failure: { error: unknown } | undefined;

  get failed(): boolean {
    return this.failure !== undefined;
  }

  /** Starts `write`; waits while the pool is full. */
  async start(write: () => Promise<void>): Promise<void> {
    const running: Promise<void> = write().then(
      () => {
        this.running.delete(running);
      },
      (error: unknown) => {
        this.running.delete(running);
        this.failure ??= { error };
      },
    );
    this.running.add(running);
    while (this.running.size >= WRITES_IN_FLIGHT) await Promise.race(this.running);
  }

  /** Waits for every write under way. */
  async settled(): Promise<void> {
    while (this.running.size > 0) await Promise.all(this.running);
  }

  /** Waits for every write under way; throws the first failure. */
  async finished(): Promise<void> {
    await this.settled();
    if (this.failure) throw this.failure.error;
  }
}

export interface WriteOptions {
  /**
   * Whether the files `previous` lists are known to be on disk as it records them: the
   * preview's own folder, which it alone writes, between two of its rebuilds. A file
   * whose fingerprint is unchanged is then kept without a look at the disk (at 20,000
   * files, the looks are a quarter of a rebuild after a save). Otherwise its size is
   * checked too, and a file changed or removed behind Annals' back is written again.
   */
  previousOnDisk?: boolean;
  /**
   * The sizes on disk of the files `previous` lists, looked up before the writing began
   * (sizes-on-disk.ts: the build's, during its plan); a file missing from it is missing on
   * disk. Without it, and without `previousOnDisk`, each kept file is looked at as it is kept.
   */
  sizesOnDisk?: ReadonlyMap<string, number>;
  /**
   * Update `previous` in place and return it as the new record, instead of making a new one:
   * the preview, whose record is its own, and at 150,000 files the copy cost more than the
   * rest of a save's writing.
   */
  updateInPlace?: boolean;
  /**
   * The outputs of the last call that brought `previous` up to date in place (updateInPlace),
   * in the folder it vouches for (previousOnDisk): an output that is the very object at the
   * same place in both lists is on disk as recorded, and is kept without a lookup. A save in
   * the preview then looks up only the outputs it made again (at 150,000 files, looking up
   * every one was the largest part of a save's writing). Used when both lists are as long
   * and each output made again is for the same file as the one it follows; otherwise every
   * output is looked up.
   */
  sinceLastCall?: readonly OutputFile[];
  /** Told of each file once it is on disk as planned, written or kept (see pages-on-disk.ts). */
  onDisk?: (file: string) => void;
  /**
   * Leave the files to remove on disk; the caller removes them (removeFiles) once nothing
   * it publishes leads to them any more: a build, once the search index no longer returns
   * the stories whose pages they are.
   */
  removeLater?: boolean;
}

/**
 * Files written between two turns of the event loop. Rendering and writing are
 * synchronous, so without a turn now and then the answers of work running beside the
 * writer (Pagefind indexing the pages already written) would wait for the last file.
 */
const FILES_PER_TURN = 32;
/** A file kept costs a lookup, not a render: the writer looks at this many between turns (a preview's save keeps almost every file). */
const KEPT_PER_TURN = 4096;
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The outputs that are not the objects at their places in `sinceLastCall` (see WriteOptions),
 * when the call can rely on the rest; undefined when each output must be looked up.
 */
function madeSinceLastCall(outputs: Iterable<OutputFile>, options: WriteOptions): OutputFile[] | undefined {
  const last = options.sinceLastCall;
  if (!last || !options.updateInPlace || !options.previousOnDisk || options.onDisk || !Array.isArray(outputs) || outputs.length !== last.length) return undefined;
  const made: OutputFile[] = [];
  // Compared by identity, place by place: at 150,000 outputs, a millisecond.
  for (let index = 0; index < outputs.length; index++) {
    const output = outputs[index] as OutputFile;
    if (output === last[index]) continue;
    if (output.file !== last[index]!.file) return undefined;
    made.push(output);
  }
  return made;
}

/**
 * Brings `dir` up to date with `outputs`: a file whose fingerprint and size match what
 * `previous` recorded is kept; every other one is written. Files `previous` lists that
 * `outputs` does not are removed. Files Annals never wrote (the search index) are left.
 *
 * Files new to the folder are written first, then the files that replace others, then
 * files are removed: a page already published (the home page, a story beside a new one)
 * is replaced only once the new pages it may link to are there, so a build stopped at any
 * moment leaves every published page's links leading somewhere. A new page may link to
 * another new page still to come, but no published page leads to it yet.
 */
export async function writeOutputs(target: OutputTarget, outputs: Iterable<OutputFile>, previous: OutputManifest, options: WriteOptions = {}): Promise<WriteReport> {
  const dir = target.dir;
  const files: Record<string, readonly [string, number]> = options.updateInPlace ? previous.files : {};
  const written: string[] = [];
  const folders = new Folders();
  const writes = new WritesInFlight();
  const claimed = new Set<string>();
  const replacing: OutputFile[] = [];
  let kept = 0;
  // Files `previous` listed that an output claims, and files new to it: when they are all it
  // lists, nothing is removed, and its list is not searched for files no output claimed.
  let claimedOfPrevious = 0;
  let added = 0;
  // The work done since the last turn of the event loop, counted in kept files.
  let sinceTurn = 0;
  const turnDue = (cost: number) => {
    sinceTurn += cost;
    if (sinceTurn < KEPT_PER_TURN) return false;
    sinceTurn = 0;
    return true;
  };
  const WRITTEN = KEPT_PER_TURN / FILES_PER_TURN;
  const write = async (output: OutputFile, path: string) => {
    if (turnDue(WRITTEN)) await nextTurn();
    // Told in the order written, before the file changes: the journal must know of it first.
    target.willChange(output.file);
    written.push(output.file);
    const bytes = await output.produce();
    await writes.start(async () => {
      files[output.file] = [output.fingerprint, await writeOne(path, bytes, folders, target.staged ?? false)];
      options.onDisk?.(output.file);
    });
    if (writes.failed) await writes.finished();
  };
  // The same files as the last call's, at the same places: none is new to the record, and none leaves it.
  const made = madeSinceLastCall(outputs, options);
  if (made) kept = (outputs as readonly OutputFile[]).length - made.length;
  try {
    for (const output of made ?? outputs) {
      if (turnDue(1)) await nextTurn();
      if (claimed.has(output.file)) throw new Error(`Two outputs claim ${output.file}; every page needs its own address.`);
      claimed.add(output.file);
      const before = previous.files[output.file];
      if (before) claimedOfPrevious++;
      // Kept: a file at the same address was written before, so it passed the check below then.
      if (before && before[0] === output.fingerprint && (options.previousOnDisk || (options.sizesOnDisk ? options.sizesOnDisk.get(output.file) : sizeOf(join(dir, output.file))) === before[1])) {
        if (!options.updateInPlace) files[output.file] = before;
        kept++;
        options.onDisk?.(output.file);
        continue;
      }
      const path = join(dir, output.file);
      if (path === dir || !isWithin(dir, path)) {
        throw new AnnalsError(`Refusing to write ${output.file}: it is outside the output folder ${dir}. Fix the page's permalink so it stays inside the site.`);
      }
      if (before || (!target.staged && sizeOf(path) !== undefined)) replacing.push(output);
      else await write(output, path);
      if (!before) added++;
    }
    // Every new page is on disk before the first page that may link to one is replaced.
    await writes.finished();
    for (const output of replacing) await write(output, join(dir, output.file));
    await writes.finished();
  } catch (error) {
    // Nothing is left writing when the caller rolls the change back.
    await writes.settled();
    throw error;
  }
  let removed: string[] = [];
  if (!made) {
    const listed = Object.keys(previous.files);
    // Updated in place, `previous` lists the files new to it too.
    if (listed.length !== claimedOfPrevious + (options.updateInPlace ? added : 0)) removed = listed.filter((file) => !claimed.has(file));
  }
  if (options.updateInPlace) for (const file of removed) delete files[file];
  if (!options.removeLater) removeFiles(target, removed);
  return { manifest: options.updateInPlace ? previous : { files }, written, removed, kept };
}

/** Removes `files` (relative to the target's folder), and the folders they leave empty, through the target's journal. */
export function removeFiles(target: OutputTarget, files: readonly string[]): void {
  for (const file of files) {
    const path = join(target.dir, file);
    target.willChange(file);
    rmSync(path, { force: true });
    removeEmptyFolders(dirname(path), target.dir);
  }
}
