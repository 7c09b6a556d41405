// The sizes of the files a build's record lists, looked up on a worker thread while the
// build plans: the writer keeps an unchanged page only if its file still has the size it
// was written with, and at 150,000 files the looks took a second of the build's one core.
import { statSync } from "node:fs";
import { join } from "node:path";
import { typeScriptWorker } from "../worker-threads.ts";

/**
 * Records of fewer files are looked at by the writer itself: a few microseconds a file, where
 * starting the worker takes about a quarter of a second of processor time.
 */
export const SIZES_ON_A_WORKER_FROM = 50_000;

export interface SizesWorkerData {
  dir: string;
  files: readonly string[];
}

/** A file's size; undefined when there is none (missing, or not a file that can be looked at). */
export function sizeOf(path: string): number | undefined {
  try {
    return statSync(path).size;
  } catch {
    return undefined;
  }
}

/** Each file's size, NaN where there is none. */
export function sizesOf({ dir, files }: SizesWorkerData): Float64Array<ArrayBuffer> {
  return Float64Array.from(files, (file) => sizeOf(join(dir, file)) ?? NaN);
}

/**
 * The sizes of `files` under `dir` as a worker thread finds them; the files missing are
 * left out. Undefined when the worker fails: the writer then looks at each file itself.
 */
export function sizesOnDisk(dir: string, files: readonly string[]): Promise<ReadonlyMap<string, number> | undefined> {
  return new Promise((resolve) => {
    const worker = typeScriptWorker(new URL("./sizes-worker.ts", import.meta.url), { workerData: { dir, files } satisfies SizesWorkerData });
    worker.once("message", (sizes: Float64Array) => {
      const found = new Map<string, number>();
      for (const [i, file] of files.entries()) if (!Number.isNaN(sizes[i])) found.set(file, sizes[i]!);
      resolve(found);
      void worker.terminate();
    });
    worker.once("error", () => resolve(undefined));
    worker.once("exit", () => resolve(undefined));
  });
}
