// Keeps the search index in step with the pages a build wrote: when an article page
// was written or removed, the index is made again from the article pages on disk.
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { WriteReport } from "../output/write-site.ts";
import type { SiteSettings } from "../types.ts";
import { closeSearchIndexer, writeSearchIndex } from "./write-index.ts";

export interface SearchUpdate {
  outputDir: string;
  site: SiteSettings;
  report: Pick<WriteReport, "written" | "removed">;
  moveAside(folder: string): void;
  /** The preview keeps Pagefind running between rebuilds. */
  keepIndexerRunning?: boolean;
}

/** Where the index lives in the output folder. */
export const SEARCH_FOLDER = "pagefind";

const isArticlePage = (file: string) => /^\d{4}\/\d{2}\/\d{2}\/[^/]+\/index\.html$/.test(file);

export async function updateSearchIndex(update: SearchUpdate): Promise<boolean> {
  const changed = [...update.report.written, ...update.report.removed].some(isArticlePage);
  if (!changed && existsSync(join(update.outputDir, SEARCH_FOLDER))) return false;
  try {
    await writeSearchIndex({ outputDir: update.outputDir, language: update.site.language, moveAside: update.moveAside });
  } finally {
    if (!update.keepIndexerRunning) await closeSearchIndexer();
  }
  return true;
}
