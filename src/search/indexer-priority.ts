// The preview indexes search beside the rebuilds that saves ask for. Pagefind's process
// parses pages on every core, so there it runs at a lower priority: a save is served
// first, and the index takes whatever time the rebuilds leave.
import { readdirSync, readFileSync } from "node:fs";
import { getPriority, setPriority } from "node:os";
import { join } from "node:path";

/** How much nicer than the preview its indexer runs: Linux gives a thread 10 steps nicer about a tenth of a core beside it. */
export const BACKGROUND_NICENESS = 10;
/** The nicest a thread can be. */
const NICEST = 19;

/** The niceness the indexer takes: BACKGROUND_NICENESS more than this process's. */
export const backgroundNiceness = () => Math.min(getPriority() + BACKGROUND_NICENESS, NICEST);
const INDEXER_NAME = /^pagefind/;

/** Reads a /proc entry, or undefined when it is gone or there is no /proc (not Linux). */
function readProc(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
}

function listProc(path: string): string[] {
  try {
    return readdirSync(path);
  } catch {
    return [];
  }
}

/** The pids of this process's running children named like Pagefind's binary. */
export function indexerProcesses(): number[] {
  return listProc("/proc").flatMap((entry) => {
    if (!/^\d+$/.test(entry)) return [];
    const stat = readProc(join("/proc", entry, "stat"));
    // "pid (comm) state ppid ...": the name may hold spaces and brackets, so read from its last ")".
    const match = stat && /^\d+ \((.*)\) (\S+) (\d+)/s.exec(stat);
    // A zombie (state Z) has exited and waits to be reaped: it runs no more.
    return match && Number(match[3]) === process.pid && match[2] !== "Z" && INDEXER_NAME.test(match[1]!) ? [Number(entry)] : [];
  });
}

/**
 * Lowers every thread of Pagefind's process to the background niceness (on Linux a
 * priority belongs to a thread, and a thread starts with its creator's, so threads made
 * later follow). Elsewhere there is no /proc to find them by, and the indexer keeps its priority.
 */
export function lowerIndexerPriority(): void {
  const niceness = backgroundNiceness();
  for (const pid of indexerProcesses()) {
    for (const thread of listProc(join("/proc", String(pid), "task"))) setPriority(Number(thread), niceness);
  }
}
