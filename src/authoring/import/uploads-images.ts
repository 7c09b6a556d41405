// Images a WordPress post refers to: with a copy of wp-content/uploads, each is copied
// into content/images/ (same year/month folders) and its reference rewritten; without
// one, or when the file is not there, the reference stays a web address and is counted.
import { join } from "node:path";
import { fileInside } from "./file-inside.ts";
import type { FileCopy } from "./outcome.ts";

export interface UploadsImages {
  /** Distinct images: copied into content/images/, left as web addresses, not found in the uploads folder. */
  counts: { copied: number; remote: number; missing: number };
  /** The reference to write for an image, noting what the editor should know. */
  rewrite(src: string, notes: string[]): string;
  /** The copies the rewrites since the last call need. */
  takeCopies(): FileCopy[];
}

const UPLOADS_PATH = /\/wp-content\/uploads\/(.+)$/;

export function uploadsImages(contentDir: string, uploads: string | undefined, siteUrl: string): UploadsImages {
  const counts = { copied: 0, remote: 0, missing: 0 };
  // Each address once: a photo used by two posts is copied once and counted once.
  const seen = new Map<string, { ref: string; copy?: FileCopy }>();
  let copies: FileCopy[] = [];
  const absolute = (src: string) => {
    try {
      return new URL(src, siteUrl || undefined).href;
    } catch {
      return src;
    }
  };
  return {
    counts,
    rewrite(src, notes) {
      const url = absolute(src);
      const known = seen.get(url);
      if (known !== undefined) {
        if (known.copy) copies.push(known.copy);
        return known.ref;
      }
      let relative: string | undefined;
      try {
        const match = UPLOADS_PATH.exec(new URL(url).pathname)?.[1];
        relative = match === undefined ? undefined : decodeURIComponent(match);
      } catch {
        relative = undefined;
      }
      if (!uploads || relative === undefined || relative.split("/").includes("..")) {
        counts.remote += 1;
        seen.set(url, { ref: url });
        return url;
      }
      const check = fileInside(uploads, join(uploads, relative));
      if (!check.ok) {
        counts.missing += 1;
        notes.push(`image not copied, kept as its web address: ${check.reason}.`);
        seen.set(url, { ref: url });
        return url;
      }
      const local = `/images/${relative}`;
      const copy = { from: check.real, to: join(contentDir, local) };
      counts.copied += 1;
      seen.set(url, { ref: local, copy });
      copies.push(copy);
      return local;
    },
    takeCopies() {
      const taken = copies;
      copies = [];
      return taken;
    },
  };
}
