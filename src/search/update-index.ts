// Keeps the search index in step with the pages a build or a preview rebuild wrote:
// the articles are planned into bundles (bundle-plan.ts), and only the bundles whose
// articles changed, or whose pages were written or removed, are indexed again.
import type { WriteReport } from "../output/write-site.ts";
import type { SiteSettings } from "../types.ts";
import { changedBundles, closeSearchIndexer, defaultBundleLayout, planSearchBundles, publishedBundleLayout, writeSearchBundles, type OutputChangeHooks, type PlannedArticle, type SearchBundle } from "./bundles.ts";

export { SEARCH_FOLDER } from "./bundles.ts";

export interface SearchUpdate {
  outputDir: string;
  site: SiteSettings;
  articles: readonly PlannedArticle[];
  /** The plan the index on disk was written from, or [] when unknown (every bundle is indexed). */
  previousPlan: readonly SearchBundle[];
  report: Pick<WriteReport, "written" | "removed">;
  output: OutputChangeHooks;
  /** How articles are split into bundles: the preview's fine layout, or a build's (see bundle-plan.ts). */
  layout: "preview" | "published";
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
  const layout = update.layout === "published" ? publishedBundleLayout(update.articles.length) : defaultBundleLayout(update.articles.length);
  const plan = planSearchBundles(update.articles, layout);
  const changed = changedBundles(update.previousPlan, plan, articleUrls([...update.report.written, ...update.report.removed]));
  try {
    const { indexed } = await writeSearchBundles({ outputDir: update.outputDir, language: update.site.language, bundles: plan, changed, output: update.output });
    return { plan, indexed };
  } finally {
    if (!update.keepIndexerRunning) await closeSearchIndexer();
  }
}
