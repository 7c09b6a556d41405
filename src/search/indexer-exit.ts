// Pagefind's Node API runs its indexer as a child process and never answers a call when
// that process dies (a full disk makes it panic while writing a bundle; a large archive
// can make it run out of memory): the build would wait forever, or Node would exit with
// the site half-changed. Every call to it is raced against the process's exit, which is
// seen by watching the process the API spawns: Pagefind starts its binary with
// child_process.spawn (node_modules/pagefind/lib/service.js), and has no exit event of
// its own. tests/build/indexer-exit.test.ts kills the process mid-build and fails if
// this stops seeing it.
import childProcess, { type ChildProcess } from "node:child_process";
import * as pagefind from "pagefind";
import { AnnalsError } from "../errors.ts";

export class IndexerGone extends AnnalsError {
  constructor(how: string) {
    super(
      `Search index: Pagefind's process ${how} before it answered. It prints why just above: most often the disk is full (StorageFull, "No space left on device") or memory ran out. Free some space, or build on a machine with more memory, and build again.`,
    );
    this.name = "IndexerGone";
  }
}

/** Rejects when the Pagefind process running now exits; replaced when a new one starts. */
let exited: Promise<never> | undefined;
let current: ChildProcess | undefined;
/** Whether the current process has exited: the API would keep writing to it. */
let gone = false;
let watching = false;

function watchSpawns(): void {
  if (watching) return;
  watching = true;
  const spawn = childProcess.spawn;
  childProcess.spawn = function (this: unknown, ...args: Parameters<typeof spawn>): ChildProcess {
    const child = spawn.apply(this, args);
    if (/pagefind/.test(String(args[0]))) {
      current = child;
      exited = new Promise<never>((_, reject) => {
        child.once("exit", (code, signal) => {
          // First, so a call waiting on it fails with this rather than with what close() tells it.
          reject(new IndexerGone(signal ? `was stopped by ${signal}` : `ended with status ${code}`));
          // Every later call on it fails at once; the next index starts a new one (startIndex).
          if (current === child) gone = true;
        });
      });
      // Whoever waits on the process sees it; an exit nobody waited on (close()) is fine.
      exited.catch(() => {});
    }
    return child;
  } as typeof spawn;
}

/** How long a call failed by the API itself (a broken pipe to the dead process) waits to see the exit, which says more. */
const EXIT_SEEN_MS = 1000;

/** The exit of a process as its error, if it comes within `ms`. */
function exitWithin(exit: Promise<never>, ms: number): Promise<unknown> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  return Promise.race([exit.then(() => undefined, (error: unknown) => error), timeout]).finally(() => clearTimeout(timer));
}

/** The answer of a call to Pagefind (made by `call`), or IndexerGone if its process exits first. */
export function indexerAnswer<T>(call: () => Promise<T>): Promise<T> {
  watchSpawns();
  let answer: Promise<T>;
  try {
    answer = call();
  } catch (error) {
    // The API throws at once when it already closed its end of the pipe.
    answer = Promise.reject(error);
  }
  const exit = exited;
  if (!exit) return answer;
  const explained = answer.catch(async (error: unknown) => {
    throw (await exitWithin(exit, EXIT_SEEN_MS)) ?? error;
  });
  return Promise.race([explained, exit]);
}

/** A new index, in a new process if the last one died (pagefind.close forgets it). */
export async function startIndex(config: Parameters<typeof pagefind.createIndex>[0]): ReturnType<typeof pagefind.createIndex> {
  if (gone) {
    gone = false;
    exited = undefined;
    await pagefind.close();
  }
  return indexerAnswer(() => pagefind.createIndex(config));
}

/** Whether the process the last index was made in has died: nothing more can be asked of that index. */
export const indexerGone = (): boolean => gone;
