// How much of one input an import reads, so that its memory stays bounded whatever it is
// given. A pasted story, a saved page and a feed are parsed whole, in memory, at up to
// eighty times their size (a 50 MB saved page peaked at 2.7 GB): they are refused past a
// size no news page or feed comes near. A WordPress export is read as a stream and may be
// any size, but one post is held whole while it is converted.
// Peak memory at the limits (/usr/bin/time, 2 shared cores, 2026-12): a 10 MB saved page
// 777 MB in 17 s; a 9.3 MB feed of 480 stories 311 MB in 19 s; a 9.5 MB WordPress post
// 569 MB in 23 s; a 60 MB one (refused as a story) 316 MB; a 200 MB one (the export
// refused at 64 MB) 256 MB in 5 s, where it had died out of memory at 3.3 GB.
import { statSync } from "node:fs";
import { AnnalsError } from "../../errors.ts";
import type { InputKind } from "./input-kind.ts";

export const MB = 1024 * 1024;

/**
 * A pasted story, a saved page or a feed, in bytes. News pages are under 2 MB of HTML and
 * feeds under 5 MB; a larger file is mostly pictures or scripts saved into the page.
 */
export const WHOLE_FILE_MAX_BYTES = 10 * MB;

/** One WordPress post's body, in characters: a long story is under 100 kB of HTML. */
export const STORY_MAX_CHARS = 10 * MB;

/**
 * Any one field of a WordPress export, in characters. The XML parser holds a field whole
 * until it ends, so a larger one cannot be skipped: the export is refused, naming the post.
 */
export const XML_FIELD_MAX_CHARS = 64 * MB;

/** What `--url` reads by default: the largest answer, and the time it may take in all. */
export const DEFAULT_DOWNLOAD_MAX_MB = 100;
export const DEFAULT_DOWNLOAD_MAX_SECONDS = 60;

/** `52428800` -> `50 MB`, `1500000` -> `1.4 MB`, `1048` -> `1 kB`: how the messages give a size. */
export function megabytes(size: number): string {
  const value = size / MB;
  if (value < 1) return `${Math.max(1, Math.round(size / 1024)).toLocaleString("en-US")} kB`;
  return `${value >= 10 ? Math.round(value).toLocaleString("en-US") : (Math.round(value * 10) / 10).toString()} MB`;
}

const WHOLE_FILE_ADVICE: Record<Exclude<InputKind, "wxr">, string> = {
  pasted: "Paste the story alone into the file, without what came with it.",
  page: 'Save the page again as "Web Page, HTML Only", without its pictures, or copy the story into a .txt file and import that.',
  feed: "Ask the site for a shorter feed (most give the latest stories), or import it in parts.",
};

/** Refuses a file that would be read whole when it is larger than WHOLE_FILE_MAX_BYTES. */
export function checkWholeFileSize(path: string, kind: Exclude<InputKind, "wxr">, label: string): void {
  const { size } = statSync(path);
  if (size <= WHOLE_FILE_MAX_BYTES) return;
  throw new AnnalsError(
    `${label}: ${megabytes(size)}, more than the ${megabytes(WHOLE_FILE_MAX_BYTES)} Annals reads of ${kind === "feed" ? "a feed" : kind === "page" ? "a saved page" : "a pasted story"}, which it holds in memory whole. ${WHOLE_FILE_ADVICE[kind]}`,
  );
}
