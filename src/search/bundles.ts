// Writes the search index as bundles (see bundle-plan.ts), each a Pagefind index of
// its own in pagefind/<id>/, plus pagefind/bundles.json, the list the search page
// reads to merge them. Only the bundles asked for are re-indexed, one at a time, from
// the article pages already written: Pagefind holds every page of an index in memory
// until it writes it, so the indexer's memory is bounded by the largest bundle.
import { existsSync, rmSync } from "node:fs";
import { mkdir, readdir } from "node:fs/promises";
import { join } from "node:path";
import { writeWholeFile } from "../whole-file.ts";
import type { SearchBundle } from "./bundle-plan.ts";
import { bundleOfFolder, ENTRY_FILE, indexBundle, SEARCH_FOLDER, type IndexerPriority, type OutputChangeHooks } from "./index-bundle.ts";
import { PageTables, readJson, type PageTable } from "./page-tables.ts";

export { changedBundles, defaultBundleLayout, planSearchBundles, type BundleLayout, type PlannedArticle, type SearchBundle } from "./bundle-plan.ts";
export { closeSearchIndexer, SEARCH_FOLDER, type IndexerPriority, type OutputChangeHooks } from "./index-bundle.ts";
/** pagefind/bundles.json: read by the search page's worker (layouts/assets/search/manifest.js). */
export const BUNDLE_MANIFEST = "bundles.json";

export interface BundleManifest {
  /**
   * Bundle folders under pagefind/, newest period first: the first one's pagefind.js is
   * loaded, the rest merged. A folder is named by its period and a digest of its index
   * (`2021.3f9a0c1b2d`), so the manifest and the folders it names change together.
   */
  bundles: string[];
  /** The stories in each bundle, in the same order: the search page weighs words across bundles with them. */
  pages: number[];
  /**
   * Per bundle folder, the Pagefind page ids of stale copies the search page drops: stories
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
  /**
   * Resolves once the pages at these addresses are on disk. Given while the pages are
   * still being written (a build), each bundle is indexed as soon as its own pages are
   * there; without it, every page must be written already.
   */
  pagesWritten?: (articleUrls: readonly string[]) => Promise<void>;
  /** "background" in the preview: rebuilds for saves come before the index. */
  priority?: IndexerPriority;
}

/** Without a build's change to report to, folders are replaced and removed outright. */
function outrightHooks(outputDir: string): OutputChangeHooks {
  return { willChange: () => {}, moveFolderAside: (folder) => rmSync(join(outputDir, folder), { recursive: true, force: true }) };
}

export interface BundlesWritten {
  /** The ids of the bundles indexed, in plan order. */
  indexed: string[];
  /** The folders of the bundles indexed (see bundleFolder). */
  indexedFolders: string[];
  /** Folders removed from pagefind/ because no bundle is planned there any more. */
  removed: string[];
}

/** The folder of the edits bundle: not a period, so it never collides with one. */
export const EDITS_BUNDLE = "edits";
/** Stories the edits bundle holds at most before the bundles they belong to are indexed again. */
export const EDITS_LIMIT = 200;
/** Whether a bundle's folder is on disk, whole (Pagefind writes its entry file with the rest). */
const isIndexed = (searchDir: string, folder: string | undefined): folder is string => folder !== undefined && existsSync(join(searchDir, folder, ENTRY_FILE));

interface EditsPlan {
  /** Bundles to index again in full. */
  reindex: SearchBundle[];
  /** The stories of the edits bundle, in plan order. */
  edits: string[];
  hidden: Record<string, string[]>;
}

/** Which changes go to the edits bundle and which bundles must be indexed again. */
async function planEdits(searchDir: string, tables: PageTables, folders: ReadonlyMap<string, string>, bundles: readonly SearchBundle[], changedUrls: ReadonlySet<string>, previousEdits: ReadonlySet<string>): Promise<EditsPlan> {
  const reindex: SearchBundle[] = [];
  const touched: { folder: string; bundle: SearchBundle; ids: PageTable; stale: string[]; edited: string[] }[] = [];
  for (const bundle of bundles) {
    const folder = folders.get(bundle.id);
    const ids = isIndexed(searchDir, folder) ? await tables.of(folder) : undefined;
    if (!folder || !ids) {
      reindex.push(bundle);
      continue;
    }
    const planned = new Set(bundle.articleUrls);
    const stale = Object.keys(ids).filter((url) => !planned.has(url));
    // Edited (or edited before and still served from the edits bundle), and new to the bundle.
    const edited = bundle.articleUrls.filter((url) => ids[url] === undefined || changedUrls.has(url) || previousEdits.has(url));
    if (stale.length > 0 || edited.length > 0) touched.push({ folder, bundle, ids, stale, edited });
  }
  const editCount = touched.reduce((sum, { edited }) => sum + edited.length, 0);
  if (editCount > EDITS_LIMIT) return { reindex: [...reindex, ...touched.map(({ bundle }) => bundle)], edits: [], hidden: {} };
  const hidden: Record<string, string[]> = {};
  for (const { folder, ids, stale, edited } of touched) {
    const staleIds = [...stale, ...edited].flatMap((url) => (ids[url] === undefined ? [] : [ids[url]]));
    if (staleIds.length > 0) hidden[folder] = staleIds;
  }
  return { reindex, edits: touched.flatMap(({ edited }) => edited), hidden };
}

export async function writeSearchBundles({ outputDir, language, bundles, changed, changedUrls, output = outrightHooks(outputDir), pagesWritten, priority }: WriteBundlesOptions): Promise<BundlesWritten> {
  const searchDir = join(outputDir, SEARCH_FOLDER);
  await mkdir(searchDir, { recursive: true });
  const indexed: string[] = [];
  const tables = new PageTables(searchDir);
  const previous = await readJson<BundleManifest>(join(searchDir, BUNDLE_MANIFEST));
  // Each bundle's folder, as the manifest names it until it is written again.
  const folders = new Map((previous?.bundles ?? []).map((folder) => [bundleOfFolder(folder), folder]));
  const index = async (bundle: SearchBundle) => {
    await pagesWritten?.(bundle.articleUrls);
    const { folder, ids } = await indexBundle(outputDir, searchDir, language, bundle, output, priority);
    tables.indexed(folder, ids);
    folders.set(bundle.id, folder);
    indexed.push(bundle.id);
  };
  const previousEdits = new Set(previous?.edits ?? []);
  let edits: string[] = [];
  let hidden: Record<string, string[]> = {};
  if (changedUrls && changed !== "all") {
    const plan = await planEdits(searchDir, tables, folders, bundles, changedUrls, previousEdits);
    for (const bundle of plan.reindex) await index(bundle);
    ({ edits, hidden } = plan);
    const editsChanged = edits.length !== previousEdits.size || edits.some((url) => changedUrls.has(url) || !previousEdits.has(url));
    if (edits.length > 0 && (editsChanged || !isIndexed(searchDir, folders.get(EDITS_BUNDLE)))) {
      await index({ id: EDITS_BUNDLE, articleUrls: edits });
    }
  } else {
    // Without the edits bundle, the bundles whose stale copies it covered are indexed again.
    const covered = new Set(Object.keys(previous?.hidden ?? {}).map(bundleOfFolder));
    for (const bundle of bundles) {
      const stale =
        changed === "all" ||
        changed.has(bundle.id) ||
        covered.has(bundle.id) ||
        bundle.articleUrls.some((url) => previousEdits.has(url)) ||
        !isIndexed(searchDir, folders.get(bundle.id));
      if (stale) await index(bundle);
    }
  }
  const served = (edits.length > 0 ? [{ id: EDITS_BUNDLE, articleUrls: edits }, ...bundles] : bundles).map((bundle) => folders.get(bundle.id)!);
  const pages = await Promise.all(served.map(async (folder) => Object.keys((await tables.of(folder)) ?? {}).length));
  const manifest: BundleManifest = {
    bundles: served,
    pages,
    ...(Object.keys(hidden).length > 0 ? { hidden } : {}),
    ...(edits.length > 0 ? { edits } : {}),
  };
  output.willChange(`${SEARCH_FOLDER}/${BUNDLE_MANIFEST}`);
  writeWholeFile(join(searchDir, BUNDLE_MANIFEST), `${JSON.stringify(manifest)}\n`);
  // Removed last, once the manifest no longer names them. Anything else in pagefind/
  // (an earlier single index, a folder left by a killed build) goes too. In the preview
  // (changedUrls), the folders the last manifest named stay until the next update: a
  // search page that read that manifest a moment ago would otherwise wait on a file gone.
  const planned = new Set([...manifest.bundles, ...(changedUrls ? (previous?.bundles ?? []) : []), BUNDLE_MANIFEST]);
  const removed: string[] = [];
  for (const name of await readdir(searchDir)) {
    if (planned.has(name)) continue;
    output.moveFolderAside(`${SEARCH_FOLDER}/${name}`);
    removed.push(name);
  }
  return { indexed, indexedFolders: indexed.map((id) => folders.get(id)!), removed };
}
