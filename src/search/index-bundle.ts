// Indexes one search bundle with Pagefind's Node API: from the article pages already
// written, into pagefind/<id>/, beside the bundle's table of page ids (page-tables.ts).
import { existsSync } from "node:fs";
import { readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import * as pagefind from "pagefind";
import { AnnalsError } from "../errors.ts";
import { namePath } from "../whole-file.ts";
import { sha1 } from "../output/fingerprint.ts";
import type { SearchBundle } from "./bundle-plan.ts";
import { pagesGlobs } from "./page-globs.ts";
import { PAGE_IDS, pageIds, type PageTable } from "./page-tables.ts";
import { lowerIndexerPriority } from "./indexer-priority.ts";
import { indexerAnswer, indexerGone, startIndex } from "./indexer-exit.ts";

/** The folder under the output that holds every bundle and the manifest. */
export const SEARCH_FOLDER = "pagefind";

/** Pagefind's entry file, written with every index: the search page reads it first. */
export const ENTRY_FILE = "pagefind-entry.json";

/** The part of an output change the index writer needs: paths are relative to the output folder. */
export interface OutputChangeHooks {
  willChange(file: string): void;
  moveFolderAside(folder: string): void;
}

// Pagefind writes its own UI bundles beside every index; the search page uses only
// pagefind.js and the WebAssembly (and, of old, Pagefind's worker script, still written:
// the page now runs Pagefind in a worker of its own), so the rest would be dead weight per bundle.
const UNUSED_FILES = /^pagefind-(component-ui|modular-ui|ui|highlight)\.(js|css)$/;

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

/** How the indexer shares the machine: "background" while the preview serves saves beside it (indexer-priority.ts). */
export type IndexerPriority = "normal" | "background";

/** A bundle as written: its folder under pagefind/ and its table of page ids. */
export interface IndexedBundle {
  folder: string;
  ids: PageTable;
}

/** The folder of a bundle's index: its period and a digest of the index, so that a folder, once written, never changes. */
export const bundleFolder = (bundleId: string, entry: string) => `${bundleId}.${sha1(entry).slice(0, 10)}`;
/** The bundle (period) a folder holds; periods have no dot. */
export const bundleOfFolder = (folder: string) => folder.split(".")[0]!;

/**
 * Indexes one bundle into a new folder under pagefind/ named by its content
 * (bundleFolder). The folder the manifest names keeps serving until the manifest is
 * written again: a build killed at any moment leaves the manifest and the bundles it
 * names in step, and the same bundle indexed again lands in the same folder.
 */
export async function indexBundle(outputDir: string, searchDir: string, language: string, bundle: SearchBundle, output: OutputChangeHooks, priority: IndexerPriority = "normal"): Promise<IndexedBundle> {
  // Read by Pagefind's process, which the first createIndex starts; a value set outside Annals wins.
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= INDEX_CHUNK_SIZE;
  const { index, errors } = await startIndex({ forceLanguage: language });
  failIfErrors(`start indexing bundle ${bundle.id}`, errors);
  if (!index) throw new AnnalsError(`Search index: Pagefind started bundle ${bundle.id} without an index and gave no reason.`);
  // Before each bundle, so threads Pagefind made since the last one are lowered too.
  if (priority === "background") lowerIndexerPriority();
  try {
    checkPagesWritten(outputDir, bundle);
    // Pagefind reads and parses the pages itself, on every core, in the same order from
    // the same files, so a warm build writes the bytes a clean one does. Twice as fast as
    // handing it the pages one at a time (1,889 pages in 3.5 s instead of about 6 s).
    let pages = 0;
    for (const glob of pagesGlobs(bundle.articleUrls)) {
      const added = await indexerAnswer(() => index.addDirectory({ path: outputDir, glob }));
      failIfErrors(`index bundle ${bundle.id}`, added.errors);
      pages += added.page_count;
    }
    if (pages !== bundle.articleUrls.length) {
      throw new AnnalsError(`Search index: bundle ${bundle.id} has ${bundle.articleUrls.length} stories, but Pagefind indexed ${pages} pages for it.`);
    }
    const next = `${bundle.id}.next`;
    // Listed before it exists, so a failed or killed build removes it.
    output.willChange(`${SEARCH_FOLDER}/${next}`);
    await rm(join(searchDir, next), { recursive: true, force: true });
    const written = await indexerAnswer(() => index.writeFiles({ outputPath: join(searchDir, next) }));
    failIfErrors(`write bundle ${bundle.id}`, written.errors);
    for (const name of await readdir(join(searchDir, next))) {
      if (UNUSED_FILES.test(name)) await rm(join(searchDir, next, name));
    }
    const ids = await pageIds(join(searchDir, next, "fragment"));
    const idsFile = join(searchDir, next, PAGE_IDS);
    await writeFile(idsFile, JSON.stringify(ids)).catch((error: unknown) => {
      throw namePath(error, idsFile);
    });
    const folder = bundleFolder(bundle.id, await readFile(join(searchDir, next, ENTRY_FILE), "utf8"));
    if (existsSync(join(searchDir, folder, ENTRY_FILE))) {
      // The same index is there already, whole (the entry file is renamed in with the rest).
      await rm(join(searchDir, next), { recursive: true, force: true });
    } else {
      output.willChange(`${SEARCH_FOLDER}/${folder}`);
      await rm(join(searchDir, folder), { recursive: true, force: true });
      await rename(join(searchDir, next), join(searchDir, folder));
    }
    return { folder, ids };
  } finally {
    // A dead process has no index left to delete (and Pagefind's API would print the broken pipe).
    if (!indexerGone()) await indexerAnswer(() => index.deleteIndex());
  }
}

/** Stops Pagefind's indexing process, so a one-off build can exit; the preview keeps it between rebuilds. */
export async function closeSearchIndexer(): Promise<void> {
  await pagefind.close();
}
