// The stylesheet, the search scripts and the icon, published under names that carry a
// hash of their content (`annals.3f9a1c2b.css`), so a host may cache them for a year:
// a changed file gets a new name, and every page links the new one.
import { readFileSync } from "node:fs";
import { extname, basename, join, resolve } from "node:path";
import { createRequire } from "node:module";
import { buildSync } from "esbuild";
import { sha1 } from "../hash.ts";
import type { AssetName, AssetUrls } from "../types.ts";
import type { OutputFile } from "./write-site.ts";

const ASSETS_DIR = resolve(import.meta.dirname, "../../layouts/assets");
const require = createRequire(import.meta.url);

/** An entry module of layouts/assets/ and what it imports, as one ES module. */
function bundled(entry: string, define: Record<string, string> = {}, minify = false): Uint8Array {
  const { outputFiles } = buildSync({
    entryPoints: [join(ASSETS_DIR, entry)],
    // The paths esbuild writes in a bundle's comments are relative to this (the
    // repository's folder): the same bytes, and hashed name, whichever folder a command runs from.
    absWorkingDir: resolve(ASSETS_DIR, "../.."),
    bundle: true,
    format: "esm",
    target: "es2022",
    charset: "utf8",
    define,
    minify,
    // Citation.js fetches remote sources through node-fetch; the formatter fetches nothing, and a browser has fetch.
    alias: { "node-fetch": join(ASSETS_DIR, "cite/no-node-fetch.js") },
    write: false,
    logLevel: "silent",
  });
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

const CITE_FORMAT = "cite-format.js";
let citeFormatScript: Uint8Array | undefined;

/**
 * The citation formatter (layouts/assets/cite/format.js with Citation.js), loaded by an
 * article page when a reader opens "Cite this story". Minified: it is mostly Citation.js
 * and its style engine (760 KB as written, 150 KB after gzip).
 */
export const citeFormatterScript = (): Uint8Array => (citeFormatScript ??= bundled("cite/format.js", {}, true));

/**
 * What the formatter is bundled from: its modules and the versions of Citation.js and
 * esbuild. It names the file, so that the name is known without bundling (half a second,
 * which every command that loads the site would pay); the bundle is made only when written.
 */
function citeFormatterInputs(): string {
  const version = (name: string) => (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), "utf8")) as { version: string }).version;
  const modules = ["cite/format.js", "cite/no-node-fetch.js"].map((file) => readFileSync(join(ASSETS_DIR, file), "utf8"));
  const packages = ["@citation-js/core", "@citation-js/plugin-bibtex", "@citation-js/plugin-ris", "@citation-js/plugin-csl", "esbuild"].map((name) => `${name}@${version(name)}`);
  return sha1(...modules, ...packages);
}

/** The article page's script: it imports the formatter by its published name. */
export const citeScript = (): Uint8Array => bundled("cite/page.js", { CITE_FORMAT_FILE: JSON.stringify(namedBy(CITE_FORMAT, citeFormatterInputs())) });

interface AssetFile {
  file: string;
  bytes(): Uint8Array;
  /** What the bytes are made from, when that names them faster than the bytes would. */
  digest?(): string;
}

/** The logical assets a page may link: the name each is published under, and its bytes. */
const ASSET_FILES = {
  stylesheet: { file: "annals.css", bytes: () => readFileSync(join(ASSETS_DIR, "annals.css")) },
  searchScript: { file: "search.js", bytes: searchScript },
  searchWorker: { file: SEARCH_WORKER, bytes: searchWorkerScript },
  citeScript: { file: "cite.js", bytes: citeScript },
  citeFormat: { file: CITE_FORMAT, bytes: citeFormatterScript, digest: citeFormatterInputs },
  icon: { file: "favicon.svg", bytes: () => readFileSync(join(ASSETS_DIR, "favicon.svg")) },
} as const satisfies Record<AssetName, AssetFile>;

export interface SiteAssets {
  urls: AssetUrls;
  files: OutputFile[];
}

/** `annals.css` with a digest -> `annals.3f9a1c2b.css` */
function namedBy(file: string, digest: string): string {
  const extension = extname(file);
  return `${basename(file, extension)}.${digest.slice(0, 8)}${extension}`;
}

/** `annals.css` with its bytes -> `annals.3f9a1c2b.css` */
export const hashedName = (file: string, bytes: Uint8Array): string => namedBy(file, sha1(bytes));

function readOnce(read: () => Uint8Array): { digest: string; produce(): Uint8Array } {
  const bytes = read();
  return { digest: sha1(bytes), produce: () => bytes };
}

let memo: SiteAssets | undefined;

export function siteAssets(): SiteAssets {
  if (memo) return memo;
  const entries = (Object.entries(ASSET_FILES) as [AssetName, AssetFile][]).map(([name, { file, bytes: read, digest: inputs }]) => {
    // Named by its bytes, or by what they are made from when making them is slow (then they are made only if written).
    const { digest, produce } = inputs ? { digest: inputs(), produce: read } : readOnce(read);
    const published = `assets/${namedBy(file, digest)}`;
    return { name, url: `/${published}`, output: { file: published, fingerprint: digest, produce } satisfies OutputFile };
  });
  memo = {
    urls: Object.fromEntries(entries.map((entry) => [entry.name, entry.url])) as Record<AssetName, string>,
    files: entries.map((entry) => entry.output),
  };
  return memo;
}
