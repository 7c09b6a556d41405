// One build of an output folder at a time. Two builds writing _site/ at once would
// interleave: each takes the other's files for its own, and one's rollback or commit
// undoes the other's work. A build takes a lock file beside the output (`_site.lock`,
// naming its pid) before it looks at the folder, and releases it when it ends.
//
// A second build waits for the first rather than refusing: what it was started for (a
// story saved after the first build read the content) is still to be published, and a
// publishing job that failed because another ran would leave it unpublished. It says once
// that it waits, for which pid, and how to stop either.
//
// A lock whose pid is no longer running is left by a build that was killed; the next
// build takes it over. Taking over happens under a second lock (`_site.lock.takeover`),
// so that two builds finding the same dead pid do not both take it.
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from "node:fs";
import { basename, dirname } from "node:path";
import { namePath } from "../whole-file.ts";

export interface BuildLock {
  release(): void;
}

export interface LockOptions {
  /** Told once, when another running build holds the lock and this one waits for it. */
  onWait?: (message: string) => void;
  /** How often the lock is looked at while waiting. */
  pollMs?: number;
}

/**
 * A takeover lock older than this was left by a build killed in the instant it held it
 * (taking over is a read and a rename); it is removed. A lock file still empty after this
 * long was left by a build killed between creating and writing it.
 */
const ABANDONED_MS = 10_000;

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Creates `path` holding our pid, or returns false when it exists. */
function create(path: string, folderMade = false): boolean {
  let fd: number;
  try {
    fd = openSync(path, "wx");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") return false;
    if (code !== "ENOENT" || folderMade) throw error;
    // A first build into a folder not made yet.
    mkdirSync(dirname(path), { recursive: true });
    return create(path, true);
  }
  try {
    writeSync(fd, `${process.pid}\n`);
  } catch (error) {
    // A full disk: no empty lock is left for the next build to wait on.
    rmSync(path, { force: true });
    throw namePath(error, path);
  } finally {
    closeSync(fd);
  }
  return true;
}

type Holder = { pid: number } | "gone" | "abandoned" | "being written";

/** How long ago `path` was last written, or undefined when it is not there. */
function ageOf(path: string): number | undefined {
  const stat = statSync(path, { throwIfNoEntry: false });
  return stat && Date.now() - stat.mtimeMs;
}

function holderOf(path: string): Holder {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    return "gone";
  }
  const pid = Number(text.trim());
  if (Number.isInteger(pid) && pid > 0) return { pid };
  return (ageOf(path) ?? 0) > ABANDONED_MS ? "abandoned" : "being written";
}

const sameHolder = (a: Holder, b: Holder) => (typeof a === "object" && typeof b === "object" ? a.pid === b.pid : a === b);

/** Replaces a lock left by a dead build with ours, unless another build does first. */
function takeOver(lock: string, left: Holder): boolean {
  const takeover = `${lock}.takeover`;
  if (!create(takeover)) {
    if ((ageOf(takeover) ?? 0) > ABANDONED_MS) rmSync(takeover, { force: true });
    return false;
  }
  try {
    // Still the dead build's: nobody took it over between our look and our takeover lock.
    if (!sameHolder(holderOf(lock), left)) return false;
    const temporary = `${lock}.${process.pid}.tmp`;
    writeFileSync(temporary, `${process.pid}\n`);
    // Replaced in one step: the lock is never missing, so no build can create it meanwhile.
    renameSync(temporary, lock);
    return true;
  } finally {
    rmSync(takeover, { force: true });
  }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Waits until this process holds the lock of `output` (an absolute path). */
export async function takeBuildLock(output: string, { onWait, pollMs = 200 }: LockOptions = {}): Promise<BuildLock> {
  const lock = `${output}.lock`;
  let told = false;
  for (;;) {
    if (create(lock)) break;
    const holder = holderOf(lock);
    const dead = holder === "abandoned" || (typeof holder === "object" && !isRunning(holder.pid));
    if (dead && takeOver(lock, holder)) break;
    if (typeof holder === "object" && !dead && !told) {
      told = true;
      onWait?.(`Another build of ${basename(output)}/ is running (pid ${holder.pid}); this one waits for it to finish, then builds. Press Ctrl-C to stop waiting, or stop the other build with: kill ${holder.pid}`);
    }
    if (holder !== "gone") await sleep(pollMs);
  }
  const release = () => {
    process.off("exit", release);
    const holder = holderOf(lock);
    if (typeof holder === "object" && holder.pid === process.pid) rmSync(lock, { force: true });
  };
  // Also when the process exits without returning (process.exit after an uncaught error).
  process.on("exit", release);
  return { release };
}
