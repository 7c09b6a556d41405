// Writes the search index as bundles (see bundle-plan.ts), each a Pagefind index of
// its own in pagefind/<id>/, plus pagefind/bundles.json, the list the search page
// reads to merge them. Only the bundles asked for are re-indexed, one at a time, from
// the article pages already written: Pagefind holds every page of an index in memory
// until it writes it, so the indexer's memory is bounded by the largest bundle.
import { existsSync, rmSync } from "node:fs";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import * as pagefind from "pagefind";
import { AnnalsError } from "../errors.ts";
import { writeWholeFile } from "../whole-file.ts";
import type { SearchBundle } from "./bundle-plan.ts";
import { pagesGlobs } from "./page-globs.ts";

export { changedBundles, defaultBundleLayout, planSearchBundles, type BundleLayout, type PlannedArticle, type SearchBundle } from "./bundle-plan.ts";

/** The folder under the output that holds every bundle and the manifest. */
export const SEARCH_FOLDER = "pagefind";
/** pagefind/bundles.json: read by the search page (layouts/assets/search/bundles.js). */
export const BUNDLE_MANIFEST = "bundles.json";

export interface BundleManifest {
  /** Bundle folders under pagefind/, newest period first: the first one's pagefind.js is loaded, the rest merged. */
  bundles: string[];
  /** The stories in each bundle, in the same order: the search page weighs words across bundles with them. */
  pages: number[];
  /**
   * Per bundle, the Pagefind page ids of stale copies the search page drops: stories
   * edited or deleted since the bundle was indexed, whose current page is in the edits
   * bundle (or gone).
   */
  hidden?: Record<string, string[]>;
  /** The stories the edits bundle holds, until they outnumber EDITS_LIMIT and their bundles are indexed again. */
  edits?: string[];
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
  /**
   * The article URLs whose pages changed, were added or deleted since the last call.
   * Given (and `changed` is not "all"), the bundles are left as they are: the changed
   * stories are indexed into a small edits bundle that the search page puts before the
   * others, and their stale copies are hidden, so a change costs the few stories
   * changed, not a bundle. Once the edits outnumber EDITS_LIMIT, the bundles holding
   * them are indexed again and the edits bundle is emptied.
   */
  changedUrls?: ReadonlySet<string>;
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
/** The folder of the edits bundle: not a period, so it never collides with one. */
export const EDITS_BUNDLE = "edits";
/** Stories the edits bundle holds at most before the bundles they belong to are indexed again. */
export const EDITS_LIMIT = 200;
/** Written beside each bundle: the URL and Pagefind page id of every story it holds. */
const PAGE_IDS = "page-ids.json";

/** Whether a bundle's index is on disk, whole (Pagefind writes its entry file with the rest). */
const isIndexed = (searchDir: string, bundleId: string) => existsSync(join(searchDir, bundleId, "pagefind-entry.json"));

function failIfErrors(step: string, errors: readonly string[]): void {
  if (errors.length > 0) {
    throw new AnnalsError(`Search index: Pagefind could not ${step}:\n  ${errors.join("\n  ")}`);
  }
}

/** Stops with an error naming the first article of the bundle whose page is not on disk. */
function checkPagesWritten(outputDir: string, bundle: SearchBundle): void {
  for (const url of bundle.articleUrls) {
    const file = join(outputDir, url, "index.html");
    if (!existsSync(file)) {
      throw new AnnalsError(`Search index: cannot read the page of ${url} (bundle ${bundle.id}) at ${file}: it is not there. Pages are indexed after they are written.`);
    }
  }
}

/**
 * Pagefind splits a bundle's word index into chunks of about this many word positions
 * (20,000 by default), and a first search downloads the chunk holding the word from
 * every bundle. Measured on the generated 10,000-story archive (11 bundles), a first
 * search for "government" downloads 262 KB of chunks and 105 KB of page tables with the
 * default, 44 KB and 132 KB with 2,000 (the page table lists more chunks): 458 KB in all
 * down to 267 KB. Smaller chunks also keep a word from being extended to the longer
 * words that happen to share its chunk ("government" no longer finds "governor"), as one
 * index would. Pagefind reads the setting from its environment when its process starts;
 * the name says unstable, so a test (tests/build/search-index.test.ts) checks that it
 * still takes effect.
 */
const INDEX_CHUNK_SIZE = "2000";

/** Indexes one bundle into pagefind/<id>/; returns its table of page ids as written. */
async function indexBundle(outputDir: string, searchDir: string, language: string, bundle: SearchBundle, output: OutputChangeHooks): Promise<PageTable> {
  // Read by Pagefind's process, which the first createIndex starts; a value set outside Annals wins.
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= INDEX_CHUNK_SIZE;
  const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
  failIfErrors(`start indexing bundle ${bundle.id}`, errors);
  if (!index) throw new AnnalsError(`Search index: Pagefind started bundle ${bundle.id} without an index and gave no reason.`);
  try {
    checkPagesWritten(outputDir, bundle);
    // Pagefind reads and parses the pages itself, on every core, in the same order from
    // the same files, so a warm build writes the bytes a clean one does. Twice as fast as
    // handing it the pages one at a time (1,889 pages in 3.5 s instead of about 6 s).
    let pages = 0;
    for (const glob of pagesGlobs(bundle.articleUrls)) {
      const added = await index.addDirectory({ path: outputDir, glob });
      failIfErrors(`index bundle ${bundle.id}`, added.errors);
      pages += added.page_count;
    }
    if (pages !== bundle.articleUrls.length) {
      throw new AnnalsError(`Search index: bundle ${bundle.id} has ${bundle.articleUrls.length} stories, but Pagefind indexed ${pages} pages for it.`);
    }
    const target = join(searchDir, bundle.id);
    const next = `${target}.next`;
    await rm(next, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath: next });
    failIfErrors(`write bundle ${bundle.id}`, written.errors);
    for (const name of await readdir(next)) {
      if (UNUSED_FILES.test(name)) await rm(join(next, name));
    }
    const ids = await pageIds(join(next, "fragment"));
    await writeFile(join(next, PAGE_IDS), JSON.stringify(ids));
    // The old bundle moves aside and the new one takes its place: a search never finds a half-written folder.
    output.moveFolderAside(`${SEARCH_FOLDER}/${bundle.id}`);
    await rename(next, target);
    return ids;
  } finally {
    await index.deleteIndex();
  }
}

// A fragment is gzip of this signature and the page's JSON (its URL, text and metadata).
const FRAGMENT_SIGNATURE = "pagefind_dcd";

/**
 * URL to Pagefind page id (the fragment's file name) of every page of a written
 * bundle, so a later call can hide a stale copy without indexing the bundle again.
 */
async function pageIds(fragmentDir: string): Promise<PageTable> {
  const ids: PageTable = {};
  for (const name of await readdir(fragmentDir)) {
    const text = gunzipSync(await readFile(join(fragmentDir, name))).toString("utf8");
    const { url } = JSON.parse(text.startsWith(FRAGMENT_SIGNATURE) ? text.slice(FRAGMENT_SIGNATURE.length) : text) as { url: string };
    ids[url] = name.replace(/\.pf_fragment$/, "");
  }
  return ids;
}

async function readJson<T>(file: string): Promise<T | undefined> {
  try {
    return JSON.parse(await readFile(file, "utf8")) as T;
  } catch {
    return undefined;
  }
}

function decodedPath(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

/**
 * A bundle's table of page ids by the site's URL of each page. Pagefind writes the
 * letters of an address that are not ASCII %-encoded (it reads the pages from disk); the
 * site's URLs keep them as they are.
 */
type PageTable = Record<string, string>;

const bySiteUrl = (ids: PageTable): PageTable => Object.fromEntries(Object.entries(ids).map(([url, id]) => [decodedPath(url), id]));

/** The page tables of the bundles on disk, each read once per call of writeSearchBundles, and the tables of the bundles it indexes. */
class PageTables {
  private readonly tables = new Map<string, Promise<PageTable | undefined>>();

  constructor(private readonly searchDir: string) {}

  of(bundleId: string): Promise<PageTable | undefined> {
    let table = this.tables.get(bundleId);
    if (!table) {
      table = readJson<PageTable>(join(this.searchDir, bundleId, PAGE_IDS)).then((ids) => ids && bySiteUrl(ids));
      this.tables.set(bundleId, table);
    }
    return table;
  }

  indexed(bundleId: string, ids: PageTable): void {
    this.tables.set(bundleId, Promise.resolve(bySiteUrl(ids)));
  }
}

interface EditsPlan {
  /** Bundles to index again in full. */
  reindex: SearchBundle[];
  /** The stories of the edits bundle, in plan order. */
  edits: string[];
  hidden: Record<string, string[]>;
}

/** Which changes go to the edits bundle and which bundles must be indexed again. */
async function planEdits(searchDir: string, tables: PageTables, bundles: readonly SearchBundle[], changedUrls: ReadonlySet<string>, previousEdits: ReadonlySet<string>): Promise<EditsPlan> {
  const reindex: SearchBundle[] = [];
  const touched: { bundle: SearchBundle; ids: PageTable; stale: string[]; edited: string[] }[] = [];
  for (const bundle of bundles) {
    const ids = await tables.of(bundle.id);
    if (!ids || !isIndexed(searchDir, bundle.id)) {
      reindex.push(bundle);
      continue;
    }
    const planned = new Set(bundle.articleUrls);
    const stale = Object.keys(ids).filter((url) => !planned.has(url));
    // Edited (or edited before and still served from the edits bundle), and new to the bundle.
    const edited = bundle.articleUrls.filter((url) => ids[url] === undefined || changedUrls.has(url) || previousEdits.has(url));
    if (stale.length > 0 || edited.length > 0) touched.push({ bundle, ids, stale, edited });
  }
  const editCount = touched.reduce((sum, { edited }) => sum + edited.length, 0);
  if (editCount > EDITS_LIMIT) return { reindex: [...reindex, ...touched.map(({ bundle }) => bundle)], edits: [], hidden: {} };
  const hidden: Record<string, string[]> = {};
  for (const { bundle, ids, stale, edited } of touched) {
    const staleIds = [...stale, ...edited].flatMap((url) => (ids[url] === undefined ? [] : [ids[url]]));
    if (staleIds.length > 0) hidden[bundle.id] = staleIds;
  }
  return { reindex, edits: touched.flatMap(({ edited }) => edited), hidden };
}

export async function writeSearchBundles({ outputDir, language, bundles, changed, changedUrls, output = outrightHooks(outputDir) }: WriteBundlesOptions): Promise<BundlesWritten> {
  const searchDir = join(outputDir, SEARCH_FOLDER);
  await mkdir(searchDir, { recursive: true });
  const indexed: string[] = [];
  const tables = new PageTables(searchDir);
  const index = async (bundle: SearchBundle) => {
    tables.indexed(bundle.id, await indexBundle(outputDir, searchDir, language, bundle, output));
    indexed.push(bundle.id);
  };
  const previous = await readJson<BundleManifest>(join(searchDir, BUNDLE_MANIFEST));
  const previousEdits = new Set(previous?.edits ?? []);
  let edits: string[] = [];
  let hidden: Record<string, string[]> = {};
  if (changedUrls && changed !== "all") {
    const plan = await planEdits(searchDir, tables, bundles, changedUrls, previousEdits);
    for (const bundle of plan.reindex) await index(bundle);
    ({ edits, hidden } = plan);
    const editsChanged = edits.length !== previousEdits.size || edits.some((url) => changedUrls.has(url) || !previousEdits.has(url));
    if (edits.length > 0 && (editsChanged || !isIndexed(searchDir, EDITS_BUNDLE))) {
      await index({ id: EDITS_BUNDLE, articleUrls: edits });
    }
  } else {
    // Without the edits bundle, the bundles whose stale copies it covered are indexed again.
    const covered = new Set(Object.keys(previous?.hidden ?? {}));
    for (const bundle of bundles) {
      const stale =
        changed === "all" ||
        changed.has(bundle.id) ||
        covered.has(bundle.id) ||
        bundle.articleUrls.some((url) => previousEdits.has(url)) ||
        !isIndexed(searchDir, bundle.id);
      if (stale) await index(bundle);
    }
  }
  const served = edits.length > 0 ? [{ id: EDITS_BUNDLE, articleUrls: edits }, ...bundles] : bundles;
  const pages = await Promise.all(
    served.map(async (bundle) => {
      const ids = await tables.of(bundle.id);
      return ids ? Object.keys(ids).length : bundle.articleUrls.length;
    }),
  );
  const manifest: BundleManifest = {
    bundles: served.map((bundle) => bundle.id),
    pages,
    ...(Object.keys(hidden).length > 0 ? { hidden } : {}),
    ...(edits.length > 0 ? { edits } : {}),
  };
  output.willChange(`${SEARCH_FOLDER}/${BUNDLE_MANIFEST}`);
  writeWholeFile(join(searchDir, BUNDLE_MANIFEST), `${JSON.stringify(manifest)}\n`);
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
