// Files written whole: under a temporary name, then renamed into place, so a reader (or a
// killed build) never finds half of one. Used by every cache and record Annals keeps.
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

export function writeWholeFile(path: string, data: string | Uint8Array): void {
  const temporary = `${path}.${process.pid}.partial`;
  mkdirSync(dirname(path), { recursive: true });
  try {
    writeFileSync(temporary, data);
    renameSync(temporary, path);
  } finally {
    rmSync(temporary, { force: true });
  }
}
