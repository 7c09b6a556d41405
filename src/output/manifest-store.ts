// Where a build remembers what it wrote to an output folder: in the cache folder,
// outside the output (which a build replaces), one file per output folder.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { sha1 } from "./fingerprint.ts";
import { EMPTY_MANIFEST, type OutputManifest } from "./write-site.ts";

export const CACHE_DIR = resolve(".cache/annals");
const MANIFEST_FORMAT = 1;

function manifestPath(output: string, cacheDir: string): string {
  return join(cacheDir, "outputs", `${sha1(resolve(output)).slice(0, 16)}.json`);
}

export function loadManifest(output: string, cacheDir = CACHE_DIR): OutputManifest {
  try {
    const stored = JSON.parse(readFileSync(manifestPath(output, cacheDir), "utf8")) as { format: number; output: string; manifest: OutputManifest };
    return stored.format === MANIFEST_FORMAT && stored.output === resolve(output) ? stored.manifest : EMPTY_MANIFEST;
  } catch {
    // No manifest yet, or an unreadable one: every file is written again.
    return EMPTY_MANIFEST;
  }
}

export function saveManifest(output: string, manifest: OutputManifest, cacheDir = CACHE_DIR): void {
  const path = manifestPath(output, cacheDir);
  mkdirSync(join(cacheDir, "outputs"), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify({ format: MANIFEST_FORMAT, output: resolve(output), manifest }));
  renameSync(temporary, path);
}

/** Forgets what was written to `output`, so the next run writes every file. */
export function forgetManifest(output: string, cacheDir = CACHE_DIR): void {
  saveManifest(output, EMPTY_MANIFEST, cacheDir);
}
