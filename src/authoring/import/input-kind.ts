// What a file to import is, from its name and its first bytes: a pasted story, a saved
// web page, a WordPress export or a feed.
import { closeSync, openSync, readSync } from "node:fs";
import { extname } from "node:path";

export type InputKind = "pasted" | "page" | "wxr" | "feed";

export const KIND_NAMES: Record<InputKind, string> = {
  pasted: "a pasted story",
  page: "a saved web page",
  wxr: "a WordPress export",
  feed: "a feed",
};

/** Kinds a folder is searched for: the one-story-a-file kinds. */
export const FOLDER_EXTENSIONS: Record<string, InputKind> = { ".txt": "pasted", ".html": "page", ".htm": "page" };

export function kindOfText(head: string): InputKind | undefined {
  const start = head.replace(/^\uFEFF/, "").trimStart();
  if (/<rss\b/i.test(start) && /wordpress\.org\/export\//i.test(start)) return "wxr";
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(rss|feed|rdf:RDF)\b/i.test(start)) return "feed";
  if (start.startsWith("{") && /jsonfeed\.org\/version/i.test(start)) return "feed";
  if (/^(<!doctype html|<html\b|<head\b|<meta\b)/i.test(start) || /<(html|body)\b/i.test(start)) return "page";
  return undefined;
}

export function kindOfFile(path: string): InputKind | undefined {
  const byName = FOLDER_EXTENSIONS[extname(path).toLowerCase()];
  if (byName) return byName;
  const fd = openSync(path, "r");
  try {
    const buffer = Buffer.alloc(8192);
    const read = readSync(fd, buffer, 0, buffer.length, 0);
    return kindOfText(buffer.subarray(0, read).toString("utf8"));
  } finally {
    closeSync(fd);
  }
}
