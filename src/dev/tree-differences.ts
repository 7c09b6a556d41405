// Two output folders compared file by file, byte for byte: what a build that follows a
// killed one must leave, compared with a clean build of the same content.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

function filesUnder(dir: string): Set<string> {
  const files = new Set<string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files.add(relative(dir, join(entry.parentPath, entry.name)).split(sep).join("/"));
  }
  return files;
}

/** One line per file only one folder has or whose bytes differ; empty when the trees are the same. */
export function treeDifferences(actual: string, expected: string): string[] {
  const a = filesUnder(actual);
  const b = filesUnder(expected);
  const differences: string[] = [];
  for (const file of [...new Set([...a, ...b])].sort()) {
    if (!b.has(file)) differences.push(`${file}: only in ${actual}`);
    else if (!a.has(file)) differences.push(`${file}: missing (a clean build has it)`);
    else if (!readFileSync(join(actual, file)).equals(readFileSync(join(expected, file)))) differences.push(`${file}: different bytes`);
  }
  return differences;
}
