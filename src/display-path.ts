// How a file is named to the person reading an error or a report: relative to the
// project, with forward slashes on every system.
import { relative, sep } from "node:path";

export function displayPath(path: string, from = process.cwd()): string {
  return relative(from, path).split(sep).join("/");
}
