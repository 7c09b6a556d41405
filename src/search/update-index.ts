// Keeps the search index in step with the archive: the articles are planned into bundles
// (bundle-plan.ts), and only the stories whose indexed content changed, or the bundles
// holding them, are indexed again.
import { articleContentDigest, sha1, sharedInputs } from "../output/fingerprint.ts";
import type { Article, SiteSettings } from "../types.ts";
import { changedBundles, closeSearchIndexer, planSearchBundles, writeSearchBundles, type IndexerPriority, type OutputChangeHooks, type SearchBundle } from "./bundles.ts";

export { SEARCH_FOLDER } from "./bundles.ts";

/** What the index on disk was written from: the bundles' plan and a digest of each story's indexed content. */
export interface SearchRecord {
  plan: SearchBundle[];
  /** Article URL -> digest of what its page shows of it (see articleContentDigest). */
  digests: Record<string, string>;
}

export interface SearchUpdate {
  outputDir: string;
  site: SiteSettings;
  articles: readonly Article[];
  /** The record of the index on disk; empty when unknown (every bundle is indexed). */
  previous: SearchRecord;
  output: OutputChangeHooks;
  /**
   * "edits" (the preview): a change is indexed into the small edits bundle in a moment,
   * its stale copies hidden. "bundles" (a build): the bundles holding changes are indexed
   * again, so a warm build's index is byte-identical to a clean build's.
   */
  mode: "edits" | "bundles";
  /** The preview keeps Pagefind running between rebuilds. */
  keepIndexerRunning?: boolean;
  /** "background" in the preview, so the index never starves a rebuild for a save. */
  priority?: IndexerPriority;
  /** Given while the pages are still being written: see WriteBundlesOptions.pagesWritten. */
  pagesWritten?: (articleUrls: readonly string[]) => Promise<void>;
}

export interface SearchUpdated {
  record: SearchRecord;
  /** The bundles indexed again. */
  indexed: string[];
  /** Their folders under pagefind/. */
  indexedFolders: string[];
}

/**
 * The stories whose indexed content changed: only what an article page's indexed body
 * shows of its own story counts. A page rewritten for its related-stories box or its
 * older/newer links (every page near a new story) is not indexed again.
 */
function changedStories(previous: Readonly<Record<string, string>>, current: Readonly<Record<string, string>>): Set<string> {
  const changed = new Set(Object.keys(previous).filter((url) => current[url] === undefined));
  for (const [url, digest] of Object.entries(current)) if (previous[url] !== digest) changed.add(url);
  return changed;
}

/** Each story's digest for the index, made once per story object and settings (the preview updates the index after every save). */
const searchDigests = new WeakMap<object, { shared: string; digest: string }>();
function searchDigest(shared: string, article: SearchUpdate["articles"][number]): string {
  const made = searchDigests.get(article);
  if (made?.shared === shared) return made.digest;
  const digest = sha1(shared, articleContentDigest(article));
  searchDigests.set(article, { shared, digest });
  return digest;
}

export async function updateSearchIndex(update: SearchUpdate): Promise<SearchUpdated> {
  const plan = planSearchBundles(update.articles);
  const shared = sharedInputs(update.site);
  const digests = Object.fromEntries(update.articles.map((article) => [article.url, searchDigest(shared, article)]));
  const changedUrls = changedStories(update.previous.digests, digests);
  const changed = changedBundles(update.previous.plan, plan, changedUrls);
  try {
    const { indexed, indexedFolders } = await writeSearchBundles({
      outputDir: update.outputDir,
      language: update.site.language,
      bundles: plan,
      changed,
      ...(update.mode === "edits" ? { changedUrls } : {}),
      output: update.output,
      ...(update.pagesWritten ? { pagesWritten: update.pagesWritten } : {}),
      ...(update.priority ? { priority: update.priority } : {}),
    });
    return { record: { plan, digests }, indexed, indexedFolders };
  } finally {
    if (!update.keepIndexerRunning) await closeSearchIndexer();
  }
}
