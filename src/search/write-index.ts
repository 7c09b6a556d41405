// Builds the Pagefind index of the written site through Pagefind's Node API. Pagefind
// reads the article pages from disk itself: handing it every page's HTML from Node
// would hold the whole site in memory twice over on a large archive.
import { rename, rm } from "node:fs/promises";
import { join } from "node:path";
import * as pagefind from "pagefind";
import { AnnalsError } from "../errors.ts";

// Article pages sit at YYYY/MM/DD/<slug>/. Paginated listings at the same depth are read
// too, and skipped by Pagefind, since only articles carry data-pagefind-body.
const ARTICLE_PAGES = "*/*/*/*/index.html";

export interface SearchIndexOptions {
  /** The site's output folder, already written; the index goes to its `pagefind/` folder. */
  outputDir: string;
  /**
   * Every article goes into one index in the site's language, so the English search
   * page also finds Arabic and Persian stories by the words in their own script
   * (Pagefind would otherwise split them into per-language indexes the page never loads).
   */
  language: string;
  /** Moves the old index folder aside before the new one is renamed into its place. */
  moveAside(folder: string): void;
}

const SEARCH_BUNDLE = "pagefind";

function failIfErrors(step: string, errors: readonly string[]): void {
  if (errors.length > 0) {
    throw new AnnalsError(`Search index: Pagefind could not ${step}:\n  ${errors.join("\n  ")}`);
  }
}

export async function writeSearchIndex({ outputDir, language, moveAside }: SearchIndexOptions): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
  failIfErrors("start", errors);
  if (!index) throw new AnnalsError("Search index: Pagefind started without an index and gave no reason.");
  try {
    const added = await index.addDirectory({ path: outputDir, glob: ARTICLE_PAGES });
    failIfErrors("index the articles", added.errors);
    const outputPath = join(outputDir, SEARCH_BUNDLE);
    // Written beside the live index and swapped in, so a search in the preview never
    // finds the folder half-written, and fragments of deleted articles do not linger.
    const next = `${outputPath}.next`;
    await rm(next, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath: next });
    failIfErrors("write the index", written.errors);
    moveAside(SEARCH_BUNDLE);
    await rename(next, outputPath);
  } finally {
    await index.deleteIndex();
  }
}

/** Stops Pagefind's indexing process, so a one-off build can exit. */
export async function closeSearchIndexer(): Promise<void> {
  await pagefind.close();
}
