// Hashes: of any parts, and of Annals' own code. The parse cache keys a parse by the code
// that made it; the writer fingerprints every page with the code that renders it.
import { hash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";

const SEPARATOR = Buffer.from("\0");

/** The SHA-1 of the parts, each followed by a NUL byte; one call into OpenSSL, which for the many short digests of a plan costs half of a streamed hash. */
export function sha1(...parts: readonly (string | Uint8Array)[]): string {
  if (parts.every((part) => typeof part === "string")) return hash("sha1", parts.length === 0 ? "" : `${parts.join("\0")}\0`);
  return hash("sha1", Buffer.concat(parts.flatMap((part) => [typeof part === "string" ? Buffer.from(part) : part, SEPARATOR])));
}

const REPO_ROOT = resolve(import.meta.dirname, "..");
/** The code a page's bytes depend on: the layouts, their stylesheet and scripts, src/, and the locked dependencies. */
const CODE = ["layouts", "src", "package-lock.json"];
/** Parts of src/ that never shape a page: the commands, the preview and static servers, the benchmark, dev tools. */
const NOT_RENDERING = ["src/cli", "src/bench", "src/dev", "src/authoring", "src/preview", "src/serve"].map((dir) => join(REPO_ROOT, dir) + sep);

function filesUnder(path: string): string[] {
  try {
    return readdirSync(path, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name));
  } catch {
    return [path];
  }
}

let codeVersionMemo: string | undefined;

/**
 * One hash of every file of Annals' own code. Any change to a layout (or to anything
 * it imports) rewrites every page: coarser than a hash per layout, but it can never
 * miss an import, and code changes are rare next to content changes.
 */
export function codeVersion(): string {
  codeVersionMemo ??= sha1(
    ...CODE.flatMap((entry) => filesUnder(join(REPO_ROOT, entry)))
      .filter((file) => !NOT_RENDERING.some((dir) => file.startsWith(dir)))
      .sort()
      .flatMap((file) => [relative(REPO_ROOT, file), readFileSync(file)]),
  );
  return codeVersionMemo;
}
