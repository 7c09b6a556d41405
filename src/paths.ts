// Whether a path stays inside a folder: the one check behind every refusal to read,
// copy or write outside the place Annals was given (content/, an import folder, _site/).
import { isAbsolute, relative, sep } from "node:path";

/** Whether `path` is `folder` itself or lies below it (both absolute, or both relative to the same place). */
export function isWithin(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === "" || (rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}
