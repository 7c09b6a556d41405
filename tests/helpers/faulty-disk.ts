// A disk that fills up, or is read-only, under chosen folders: Node's file-system calls
// that take space fail there as the kernel would fail them (ENOSPC, EROFS), from a chosen
// call on. The calls are swapped on `node:fs` and `node:fs/promises` and pushed to every
// module's named imports with syncBuiltinESMExports. Pagefind's own process writes past
// it: a real full disk (tests/unit/full-disk.test.ts) covers that.
import fs from "node:fs";
import fsPromises from "node:fs/promises";
import { syncBuiltinESMExports } from "node:module";
import { resolve, sep } from "node:path";

export interface FaultOptions {
  /** Folders whose writes count and fail; others are left alone. */
  under: readonly string[];
  /** The error the calls fail with. */
  code: "ENOSPC" | "EROFS";
  /** The 1-based call that fails first; undefined counts the calls without failing any. */
  failFrom?: number;
}

export interface Faults {
  /** Calls that took (or would have taken) space under the folders so far. */
  readonly calls: number;
  /** Calls that failed. */
  readonly failed: number;
  restore(): void;
}

type Fn = (...args: never[]) => unknown;
const WRITE_FLAGS = /[wa+]/;
/** Calls that write data into a file they opened. */
const DATA_WRITES = new Set(["writeFileSync", "appendFileSync", "createWriteStream", "writeFile"]);

/**
 * Swaps the calls that create or grow a file or folder. The disk stays full from the failing
 * call on, until a file under the folders is removed (a rollback removing what the build
 * added frees space); a read-only one stays read-only.
 */
export function faultyDisk({ under, code, failFrom }: FaultOptions): Faults {
  const roots = under.map((dir) => resolve(dir));
  const inside = (path: unknown) => {
    if (typeof path !== "string" && !(path instanceof URL) && !Buffer.isBuffer(path)) return false;
    const full = resolve(String(path instanceof URL ? path.pathname : path));
    return roots.some((root) => full === root || full.startsWith(`${root}${sep}`));
  };
  const state = { calls: 0, failed: 0, freed: false };
  /** The error the kernel gives. A full disk fails write(2), on an open file: Node's error names no path then. */
  const fail = (call: string, path: string) => {
    state.failed++;
    const message = code === "ENOSPC" ? "no space left on device" : "read-only file system";
    const errno = code === "ENOSPC" ? -28 : -30;
    if (code === "ENOSPC" && DATA_WRITES.has(call)) return Object.assign(new Error(`${code}: ${message}, write`), { code, syscall: "write", errno });
    return Object.assign(new Error(`${code}: ${message}, ${call} '${path}'`), { code, syscall: call, path, errno });
  };
  /** Whether this call under the folders fails (and counts it). */
  const fails = (path: unknown): boolean => {
    if (!inside(path)) return false;
    state.calls++;
    return failFrom !== undefined && state.calls >= failFrom && !state.freed;
  };
  const saved: [object, string, Fn][] = [];
  const swap = (target: object, name: string, wrap: (original: Fn) => Fn) => {
    const original = (target as Record<string, Fn>)[name]!;
    saved.push([target, name, original]);
    (target as Record<string, Fn>)[name] = wrap(original);
  };
  // The path written is the last path argument: the destination of a copy or a link.
  const writes = (name: string, pathAt: number, applies: (args: unknown[]) => boolean = () => true) =>
    swap(fs, name, (original) => (...args: never[]) => {
      const path = (args as unknown[])[pathAt];
      if (applies(args) && fails(path)) throw fail(name, String(path));
      return original(...args);
    });
  writes("writeFileSync", 0);
  writes("appendFileSync", 0);
  writes("copyFileSync", 1);
  writes("linkSync", 1);
  writes("mkdirSync", 0, ([path]) => !fs.existsSync(path as string));
  writes("openSync", 0, ([, flags]) => typeof flags === "string" && WRITE_FLAGS.test(flags));
  writes("createWriteStream", 0);
  swap(fsPromises, "writeFile", (original) => async (...args: never[]) => {
    if (fails((args as unknown[])[0])) throw fail("writeFile", String((args as unknown[])[0]));
    return original(...args);
  });
  swap(fsPromises, "mkdir", (original) => async (...args: never[]) => {
    const path = (args as unknown[])[0];
    if (!fs.existsSync(path as string) && fails(path)) throw fail("mkdir", String(path));
    return original(...args);
  });
  const removes = (name: string) =>
    swap(fs, name, (original) => (...args: never[]) => {
      const path = (args as unknown[])[0];
      if (inside(path) && fs.existsSync(path as string)) state.freed = state.failed > 0;
      return original(...args);
    });
  if (code === "ENOSPC") {
    removes("rmSync");
    removes("unlinkSync");
  }
  syncBuiltinESMExports();
  return {
    get calls() {
      return state.calls;
    },
    get failed() {
      return state.failed;
    },
    restore() {
      for (const [target, name, original] of saved.reverse()) (target as Record<string, Fn>)[name] = original;
      syncBuiltinESMExports();
    },
  };
}
