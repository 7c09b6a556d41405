// A file an importer copies into content/ must be a regular file inside the folder
// being imported: a symlink there could otherwise publish /etc/passwd as a photo.
import { lstatSync, realpathSync, statSync } from "node:fs";
import { isWithin } from "../../paths.ts";

export type FileCheck = { ok: true; real: string } | { ok: false; reason: string };

/** `path` as a regular file whose real location is inside `folder`, or why not. */
export function fileInside(folder: string, path: string): FileCheck {
  let real: string;
  try {
    real = realpathSync(path);
  } catch {
    return { ok: false, reason: lstatOrUndefined(path)?.isSymbolicLink() ? `${path} is a link to nothing` : `${path} does not exist` };
  }
  if (!isWithin(realpathSync(folder), real)) {
    return { ok: false, reason: `${path} is a link to ${real}, outside ${folder}; copy the file itself into ${folder} instead` };
  }
  if (!statSync(real).isFile()) return { ok: false, reason: `${path} is not a file` };
  return { ok: true, real };
}

function lstatOrUndefined(path: string) {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}
