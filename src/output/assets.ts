// The stylesheet, the search scripts and the icon, published under names that carry a
// hash of their content (`annals.3f9a1c2b.css`), so a host may cache them for a year:
// a changed file gets a new name, and every page links the new one.
import { readFileSync } from "node:fs";
import { extname, basename, join, resolve } from "node:path";
import { buildSync } from "esbuild";
import { sha1 } from "../hash.ts";
import type { AssetName, AssetUrls } from "../types.ts";
import type { OutputFile } from "./write-site.ts";

const ASSETS_DIR = resolve(import.meta.dirname, "../../layouts/assets");

/** An entry module of layouts/assets/ and what it imports, as one ES module. */
function bundled(entry: string, define: Record<string, string> = {}): Uint8Array {
  const { outputFiles } = buildSync({ entryPoints: [join(ASSETS_DIR, entry)], bundle: true, format: "esm", target: "es2022", charset: "utf8", define, write: false, logLevel: "silent" });
  const [script] = outputFiles;
  if (!script) throw new Error(`esbuild wrote nothing for ${entry}`);
  return script.contents;
}

const SEARCH_WORKER = "search-worker.js";
/** The worker bundled once: the page's script names it, and it is published itself. */
let workerScript: Uint8Array | undefined;

/**
 * The search page's worker (layouts/assets/search/worker.js): it searches the index, so
 * the page's own thread never reads Pagefind's result lists. Bundled, like the page's
 * script, into one file: one request, and no import to point at another module's hashed
 * name. Neither is minified (gzip takes most of what minifying would), so a reader's
 * stack trace names the functions.
 */
export const searchWorkerScript = (): Uint8Array => (workerScript ??= bundled("search/worker.js"));

/** The search page's script (layouts/assets/search/page.js): it starts the worker by its published name, so a changed worker renames the script too. */
export const searchScript = (): Uint8Array => bundled("search/page.js", { SEARCH_WORKER_FILE: JSON.stringify(hashedName(SEARCH_WORKER, searchWorkerScript())) });

/** The logical assets a page may link: the name each is published under, and its bytes. */
const ASSET_FILES = {
  stylesheet: { file: "annals.css", bytes: () => readFileSync(join(ASSETS_DIR, "annals.css")) },
  searchScript: { file: "search.js", bytes: searchScript },
  searchWorker: { file: SEARCH_WORKER, bytes: searchWorkerScript },
  icon: { file: "favicon.svg", bytes: () => readFileSync(join(ASSETS_DIR, "favicon.svg")) },
} as const satisfies Record<AssetName, { file: string; bytes: () => Uint8Array }>;

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
  const entries = (Object.entries(ASSET_FILES) as [AssetName, (typeof ASSET_FILES)[AssetName]][]).map(([name, { file, bytes: read }]) => {
    const bytes = read();
    const published = `assets/${hashedName(file, bytes)}`;
    return { name, url: `/${published}`, output: { file: published, fingerprint: sha1(bytes), produce: () => bytes } satisfies OutputFile };
  });
  memo = {
    urls: Object.fromEntries(entries.map((entry) => [entry.name, entry.url])) as Record<AssetName, string>,
    files: entries.map((entry) => entry.output),
  };
  return memo;
}
