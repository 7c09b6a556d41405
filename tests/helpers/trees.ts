// Whole output folders compared file by file: what a warm build, or a preview started
// from a build, must match byte for byte.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

/** Every file under `dir` by its path relative to it (with `/`), except those `skip` names. */
export function tree(dir: string, skip: (file: string) => boolean = () => false): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const file = relative(dir, path).split(sep).join("/");
    if (!skip(file)) files.set(file, readFileSync(path));
  }
  return files;
}

export function assertSameTree(actual: string, expected: string, skip?: (file: string) => boolean): void {
  const a = tree(actual, skip);
  const b = tree(expected, skip);
  assert.deepEqual([...a.keys()].sort(), [...b.keys()].sort(), "the same files");
  const differing = [...a].filter(([file, bytes]) => !bytes.equals(b.get(file)!)).map(([file]) => file);
  assert.deepEqual(differing, [], "the same bytes");
}
