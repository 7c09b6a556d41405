// How a file is named to the person reading an error or a report: relative to the
// project, with forward slashes on every system.
import { basename, dirname, relative, sep } from "node:path";

export function displayPath(path: string, from = process.cwd()): string {
  return relative(from, path).split(sep).join("/");
}

/**
 * displayPath from one folder, each folder's part made once: naming the files of an archive
 * (100,000 of them in about a thousand month folders) costs a lookup a file, not a `relative`.
 */
export function displayPathsFrom(from: string): (path: string) => string {
  const folders = new Map<string, string>();
  return (path) => {
    const folder = dirname(path);
    let shown = folders.get(folder);
    if (shown === undefined) folders.set(folder, (shown = displayPath(folder, from)));
    return shown === "" ? basename(path) : `${shown}/${basename(path)}`;
  };
}
