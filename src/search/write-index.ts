// Builds the Pagefind index from rendered article pages, through Pagefind's Node API.
// Pages are handed over from memory, so the index never waits for, or races with,
// files still being written.
import { existsSync } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { join } from "node:path";
import * as pagefind from "pagefind";
import { AnnalsError } from "../errors.ts";

export interface IndexablePage {
  /** The page's URL on the site, without the path prefix: the search script adds it. */
  url: string;
  html: string;
}

export interface SearchIndexOptions {
  pages: readonly IndexablePage[];
  /** The site's output folder; the index goes to its `pagefind/` folder. */
  outputDir: string;
  /**
   * Every article goes into one index in the site's language, so the English search
   * page also finds Arabic and Persian stories by the words in their own script
   * (Pagefind would otherwise split them into per-language indexes the page never loads).
   */
  language: string;
}

export interface SearchIndexReport {
  pageCount: number;
  outputPath: string;
}

export const SEARCH_BUNDLE = "pagefind";

function failIfErrors(step: string, errors: readonly string[]): void {
  if (errors.length > 0) {
    throw new AnnalsError(`Search index: Pagefind could not ${step}:\n  ${errors.join("\n  ")}`);
  }
}

export async function writeSearchIndex({ pages, outputDir, language }: SearchIndexOptions): Promise<SearchIndexReport> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
  failIfErrors("start", errors);
  if (!index) throw new AnnalsError("Search index: Pagefind started without an index and gave no reason.");
  try {
    const added = await Promise.all(pages.map((page) => index.addHTMLFile({ url: page.url, content: page.html })));
    failIfErrors("index every article", added.flatMap((result, i) => result.errors.map((error) => `${pages[i]?.url}: ${error}`)));
    const outputPath = join(outputDir, SEARCH_BUNDLE);
    // Written beside the live index and swapped in, so a search in the preview never
    // finds the folder half-written, and fragments of deleted articles do not linger.
    const next = `${outputPath}.next`;
    const previous = `${outputPath}.previous`;
    await rm(next, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath: next });
    failIfErrors("write the index", written.errors);
    await rm(previous, { recursive: true, force: true });
    if (existsSync(outputPath)) await rename(outputPath, previous);
    await rename(next, outputPath);
    await rm(previous, { recursive: true, force: true });
    return { pageCount: pages.length, outputPath };
  } finally {
    await index.deleteIndex();
  }
}

/** Stops Pagefind's indexing process, so a one-off build can exit. */
export async function closeSearchIndexer(): Promise<void> {
  await pagefind.close();
}
