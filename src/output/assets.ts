// The stylesheet, the search script and the icon, published under names that carry a
// hash of their content (`annals.3f9a1c2b.css`), so a host may cache them for a year:
// a changed file gets a new name, and every page links the new one.
import { readFileSync } from "node:fs";
import { extname, basename, join, resolve } from "node:path";
import { sha1 } from "./fingerprint.ts";
import type { OutputFile } from "./write-site.ts";

const ASSETS_DIR = resolve(import.meta.dirname, "../../layouts/assets");

/** The logical assets a page may link, and their files in layouts/assets. */
const ASSET_FILES = {
  stylesheet: "annals.css",
  searchScript: "search.js",
  icon: "favicon.svg",
} as const;

export type AssetName = keyof typeof ASSET_FILES;
/** Asset -> its site URL, e.g. stylesheet -> /assets/annals.3f9a1c2b.css */
export type AssetUrls = Readonly<Record<AssetName, string>>;

export interface SiteAssets {
  urls: AssetUrls;
  files: OutputFile[];
}

/** `annals.css` with its bytes -> `annals.3f9a1c2b.css` */
export function hashedName(file: string, bytes: Uint8Array): string {
  const extension = extname(file);
  return `${basename(file, extension)}.${sha1(bytes).slice(0, 8)}${extension}`;
}

let memo: SiteAssets | undefined;

export function siteAssets(): SiteAssets {
  if (memo) return memo;
  const entries = (Object.entries(ASSET_FILES) as [AssetName, string][]).map(([name, file]) => {
    const bytes = readFileSync(join(ASSETS_DIR, file));
    const published = `assets/${hashedName(file, bytes)}`;
    return { name, url: `/${published}`, output: { file: published, fingerprint: sha1(bytes), produce: () => bytes } satisfies OutputFile };
  });
  memo = {
    urls: Object.fromEntries(entries.map((entry) => [entry.name, entry.url])) as Record<AssetName, string>,
    files: entries.map((entry) => entry.output),
  };
  return memo;
}
