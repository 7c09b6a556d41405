// Keeps the search index in step with the pages a build or a preview rebuild wrote:
// the articles are planned into bundles (bundle-plan.ts), and only the bundles whose
// articles changed, or whose pages were written or removed, are indexed again.
import type { WriteReport } from "../output/write-site.ts";
import type { SiteSettings } from "../types.ts";
import { changedBundles, closeSearchIndexer, planSearchBundles, writeSearchBundles, type OutputChangeHooks, type PlannedArticle, type SearchBundle } from "./bundles.ts";

export { SEARCH_FOLDER } from "./bundles.ts";

export interface SearchUpdate {
  outputDir: string;
  site: SiteSettings;
  articles: readonly PlannedArticle[];
  /** The plan the index on disk was written from, or [] when unknown (every bundle is indexed). */
  previousPlan: readonly SearchBundle[];
  report: Pick<WriteReport, "written" | "removed">;
  output: OutputChangeHooks;
  /**
   * "edits" (the preview): a change is indexed into the small edits bundle in a moment,
   * its stale copies hidden. "bundles" (a build): the bundles holding changes are indexed
   * again, so a warm build's index is byte-identical to a clean build's.
   */
  mode: "edits" | "bundles";
  /** The preview keeps Pagefind running between rebuilds. */
  keepIndexerRunning?: boolean;
}

export interface SearchUpdated {
  plan: SearchBundle[];
  /** The bundles indexed again. */
  indexed: string[];
}

const ARTICLE_PAGE = /^(\d{4}\/\d{2}\/\d{2}\/[^/]+\/)index\.html$/;

/** The article URLs among output files: `2021/07/28/x/index.html` -> `/2021/07/28/x/`. */
function articleUrls(files: readonly string[]): Set<string> {
  return new Set(files.flatMap((file) => {
    const match = ARTICLE_PAGE.exec(file);
    return match ? [`/${match[1]}`] : [];
  }));
}

export async function updateSearchIndex(update: SearchUpdate): Promise<SearchUpdated> {
  const plan = planSearchBundles(update.articles);
  const changedUrls = articleUrls([...update.report.written, ...update.report.removed]);
  const changed = changedBundles(update.previousPlan, plan, changedUrls);
  try {
    const { indexed } = await writeSearchBundles({
      outputDir: update.outputDir,
      language: update.site.language,
      bundles: plan,
      changed,
      ...(update.mode === "edits" ? { changedUrls } : {}),
      output: update.output,
    });
    return { plan, indexed };
  } finally {
    if (!update.keepIndexerRunning) await closeSearchIndexer();
  }
}
