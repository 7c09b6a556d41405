// Writes the search index as bundles (see bundle-plan.ts), each a Pagefind index of
// its own in pagefind/<id>/, plus pagefind/bundles.json, the list the search page
// reads to merge them. Only the bundles asked for are re-indexed, one at a time, from
// the article pages already written: Pagefind holds every page of an index in memory
// until it writes it, so the indexer's memory is bounded by the largest bundle.
import { existsSync, rmSync } from "node:fs";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import * as pagefind from "pagefind";
import { AnnalsError } from "../errors.ts";
import type { SearchBundle } from "./bundle-plan.ts";

export { changedBundles, defaultBundleLayout, planSearchBundles, publishedBundleLayout, type BundleLayout, type PlannedArticle, type SearchBundle } from "./bundle-plan.ts";

/** The folder under the output that holds every bundle and the manifest. */
export const SEARCH_FOLDER = "pagefind";
/** pagefind/bundles.json: read by layouts/assets/search.js. */
export const BUNDLE_MANIFEST = "bundles.json";

export interface BundleManifest {
  /** Bundle folders under pagefind/, newest period first: the first one's pagefind.js is loaded, the rest merged. */
  bundles: string[];
  /** The stories in each bundle, in the same order: the search page weighs words across bundles with them. */
  pages: number[];
}

export interface WriteBundlesOptions {
  /** The site's output folder, with the article pages already written at `<outputDir><url>index.html`. */
  outputDir: string;
  /**
   * Every article goes into indexes in the site's language, so the English search
   * page also finds Arabic and Persian stories by the words in their own script
   * (Pagefind would otherwise split them into per-language indexes the page never loads).
   */
  language: string;
  /** The plan, in the order the search page should load the bundles. */
  bundles: readonly SearchBundle[];
  /** The bundles to index again; a planned bundle missing on disk is indexed whatever this says. */
  changed: ReadonlySet<string> | "all";
  /** Told before a file or folder under the output changes, so a failed build can put it back (src/output/staging.ts). */
  output?: OutputChangeHooks;
}

/** The part of an output change the index writer needs: paths are relative to the output folder. */
export interface OutputChangeHooks {
  willChange(file: string): void;
  moveFolderAside(folder: string): void;
}

/** Without a build's change to report to, folders are replaced and removed outright. */
function outrightHooks(outputDir: string): OutputChangeHooks {
  return { willChange: () => {}, moveFolderAside: (folder) => rmSync(join(outputDir, folder), { recursive: true, force: true }) };
}

export interface BundlesWritten {
  /** The ids of the bundles indexed, in plan order. */
  indexed: string[];
  /** Folders removed from pagefind/ because no bundle is planned there any more. */
  removed: string[];
}

// Pagefind writes its own UI bundles beside every index; the search page uses only
// pagefind.js, its worker and the WebAssembly, so the rest would be dead weight per bundle.
const UNUSED_FILES = /^pagefind-(component-ui|modular-ui|ui|highlight)\.(js|css)$/;
// Pages are read and handed to Pagefind a few at a time: enough to keep its process busy
// while Node reads the next files, few enough that memory stays flat.
const PAGES_IN_FLIGHT = 8;

function failIfErrors(step: string, errors: readonly string[]): void {
  if (errors.length > 0) {
    throw new AnnalsError(`Search index: Pagefind could not ${step}:\n  ${errors.join("\n  ")}`);
  }
}

async function readArticlePage(outputDir: string, url: string, bundle: string): Promise<string> {
  const file = join(outputDir, url, "index.html");
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "it is not there" : String(error);
    throw new AnnalsError(`Search index: cannot read the page of ${url} (bundle ${bundle}) at ${file}: ${reason}. Pages are indexed after they are written.`);
  }
}

async function indexBundle(outputDir: string, searchDir: string, language: string, bundle: SearchBundle, output: OutputChangeHooks): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
  failIfErrors(`start indexing bundle ${bundle.id}`, errors);
  if (!index) throw new AnnalsError(`Search index: Pagefind started bundle ${bundle.id} without an index and gave no reason.`);
  try {
    for (let start = 0; start < bundle.articleUrls.length; start += PAGES_IN_FLIGHT) {
      const urls = bundle.articleUrls.slice(start, start + PAGES_IN_FLIGHT);
      const pages = await Promise.all(urls.map((url) => readArticlePage(outputDir, url, bundle.id)));
      // Added one at a time, in the plan's order: the index's bytes depend on the order
      // pages arrive, and a warm build must write the same bytes as a clean one.
      for (const [i, url] of urls.entries()) {
        const added = await index.addHTMLFile({ url, content: pages[i]! });
        failIfErrors(`index ${url} (bundle ${bundle.id})`, added.errors);
      }
    }
    const target = join(searchDir, bundle.id);
    const next = `${target}.next`;
    await rm(next, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath: next });
    failIfErrors(`write bundle ${bundle.id}`, written.errors);
    for (const name of await readdir(next)) {
      if (UNUSED_FILES.test(name)) await rm(join(next, name));
    }
    // The old bundle moves aside and the new one takes its place: a search never finds a half-written folder.
    output.moveFolderAside(`${SEARCH_FOLDER}/${bundle.id}`);
    await rename(next, target);
  } finally {
    await index.deleteIndex();
  }
}

/** Writes a file beside its final name and renames it over, so no reader sees half of it. */
async function writeAtomically(file: string, text: string): Promise<void> {
  const next = `${file}.next`;
  await writeFile(next, text);
  await rename(next, file);
}

export async function writeSearchBundles({ outputDir, language, bundles, changed, output = outrightHooks(outputDir) }: WriteBundlesOptions): Promise<BundlesWritten> {
  const searchDir = join(outputDir, SEARCH_FOLDER);
  await mkdir(searchDir, { recursive: true });
  const indexed: string[] = [];
  for (const bundle of bundles) {
    const stale = changed === "all" || changed.has(bundle.id) || !existsSync(join(searchDir, bundle.id, "pagefind-entry.json"));
    if (!stale) continue;
    await indexBundle(outputDir, searchDir, language, bundle, output);
    indexed.push(bundle.id);
  }
  const manifest: BundleManifest = { bundles: bundles.map((bundle) => bundle.id), pages: bundles.map((bundle) => bundle.articleUrls.length) };
  output.willChange(`${SEARCH_FOLDER}/${BUNDLE_MANIFEST}`);
  await writeAtomically(join(searchDir, BUNDLE_MANIFEST), `${JSON.stringify(manifest)}\n`);
  // Removed last, once the manifest no longer names them. Anything else in pagefind/
  // (an earlier single index, a folder left by a killed build) goes too.
  const planned = new Set([...manifest.bundles, BUNDLE_MANIFEST]);
  const removed: string[] = [];
  for (const name of await readdir(searchDir)) {
    if (planned.has(name)) continue;
    output.moveFolderAside(`${SEARCH_FOLDER}/${name}`);
    removed.push(name);
  }
  return { indexed, removed };
}

/** Stops Pagefind's indexing process, so a one-off build can exit; the preview keeps it between rebuilds. */
export async function closeSearchIndexer(): Promise<void> {
  await pagefind.close();
}
