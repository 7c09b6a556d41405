// Which articles go into which search bundle. The index is split into bundles that are
// written one at a time (so indexing memory is bounded by the largest bundle) and
// merged in the browser with Pagefind's mergeIndex; a build re-indexes only the
// bundles whose articles changed.
//
// A bundle is a calendar period. A year is one bundle unless it holds more than
// `maxArticles` stories; then it is split into quarters, an oversized quarter into
// months, an oversized month into days. An article's bundle therefore depends only on
// the articles of its own year: adding stories in other years never moves it, so a
// warm build re-indexes only the bundles of the articles that changed.
import { year4, type ArticleDate } from "../dates.ts";
import { RecentResults } from "../kept-lists.ts";

export interface SearchBundle {
  /** The bundle's folder under pagefind/: `2021`, `2021-q3`, `2021-07`, `2021-07-28`, or `all`. */
  id: string;
  articleUrls: string[];
}

export interface PlannedArticle {
  url: string;
  date: ArticleDate;
}

export type BundleLayout =
  /** One index for the whole archive: what Annals did before bundles. */
  | { kind: "single" }
  /** One bundle per year, whatever its size. */
  | { kind: "year" }
  /** Calendar periods of at most `maxArticles` stories (a day is never split). */
  | { kind: "period"; maxArticles: number };

/** Stories per bundle on an archive of up to SCALE_STEP stories. */
const BASE_CAP = 2000;
/** Above this many stories, the cap doubles each time the archive doubles. */
const SCALE_STEP = 40_000;

/**
 * The layout a build uses (see docs/search.md, "Why bundles of 2,000 stories", for the measurements):
 * periods of at most 2,000 stories (a bundle a year on most archives) up to 40,000
 * stories; past that the cap doubles each time the archive doubles (8,000 at
 * 100,000). Every bundle adds a download to a reader's first search and a search per
 * bundle to its ranking, so bundles are few and large; a change does not re-index
 * them, it goes to the small edits bundle (bundles.ts). Stories change bundle only
 * when the archive crosses one of those sizes, when every bundle is indexed again.
 */
export function defaultBundleLayout(articleCount: number): BundleLayout {
  const doublings = articleCount > SCALE_STEP ? Math.ceil(Math.log2(articleCount / SCALE_STEP)) : 0;
  return { kind: "period", maxArticles: BASE_CAP * 2 ** doublings };
}

const pad = (n: number) => String(n).padStart(2, "0");

interface Period {
  id: string;
  /** The next finer split of this period, or undefined for a day. */
  split?: (date: ArticleDate) => Period;
}

const dayOf = (date: ArticleDate): Period => ({ id: `${year4(date.year)}-${pad(date.month)}-${pad(date.day)}` });
const monthOf = (date: ArticleDate): Period => ({ id: `${year4(date.year)}-${pad(date.month)}`, split: dayOf });
const quarterOf = (date: ArticleDate): Period => ({ id: `${year4(date.year)}-q${Math.ceil(date.month / 3)}`, split: monthOf });
const yearOf = (date: ArticleDate): Period => ({ id: year4(date.year), split: quarterOf });

interface Group {
  id: string;
  newest: number;
  articles: PlannedArticle[];
}

function groupBy(articles: readonly PlannedArticle[], periodOf: (date: ArticleDate) => Period): Map<string, { period: Period; articles: PlannedArticle[] }> {
  const groups = new Map<string, { period: Period; articles: PlannedArticle[] }>();
  for (const article of articles) {
    const period = periodOf(article.date);
    const group = groups.get(period.id);
    if (group) group.articles.push(article);
    else groups.set(period.id, { period, articles: [article] });
  }
  return groups;
}

function splitPeriods(articles: readonly PlannedArticle[], periodOf: (date: ArticleDate) => Period, maxArticles: number): Group[] {
  const result: Group[] = [];
  for (const { period, articles: members } of groupBy(articles, periodOf).values()) {
    if (members.length > maxArticles && period.split) {
      result.push(...splitPeriods(members, period.split, maxArticles));
    } else {
      result.push({ id: period.id, newest: members.reduce((newest, article) => Math.max(newest, article.date.epoch), -Infinity), articles: members });
    }
  }
  return result;
}

/**
 * The bundles of an archive, newest period first (the search page loads the first one's
 * script and merges the rest), each bundle's articles in URL order. Pure and
 * deterministic: the same articles give the same plan, in whatever order they come.
 */
export function planSearchBundles(articles: readonly PlannedArticle[], layout: BundleLayout = defaultBundleLayout(articles.length)): SearchBundle[] {
  return recentPlans.get({ articles, layout }, () => planFromNothing(articles, layout));
}

/**
 * The last plans and what they were made from: the preview plans after every save (the
 * site's index, then each edition's), and most saves (a body, a headline) move no story, so
 * the same stories at the same moments in the same order are given the same plan without
 * grouping 100,000 of them again.
 */
const recentPlans = new RecentResults<{ articles: readonly PlannedArticle[]; layout: BundleLayout }, SearchBundle[]>(
  // The site's plan and a few editions'.
  8,
  (a, b) => sameLayout(a.layout, b.layout) && samePlanned(a.articles, b.articles),
);

const sameLayout = (a: BundleLayout, b: BundleLayout) => a.kind === b.kind && (a.kind !== "period" || (b.kind === "period" && a.maxArticles === b.maxArticles));

/** Whether two lists hold the same addresses at the same moments, in the same order (what a plan is made from). */
function samePlanned(a: readonly PlannedArticle[], b: readonly PlannedArticle[]): boolean {
  return a.length === b.length && a.every((article, i) => article === b[i] || (article.url === b[i]!.url && article.date.epoch === b[i]!.date.epoch));
}

function planFromNothing(articles: readonly PlannedArticle[], layout: BundleLayout): SearchBundle[] {
  if (articles.length === 0) return [];
  if (layout.kind === "single") return [{ id: "all", articleUrls: articles.map((article) => article.url).sort() }];
  const maxArticles = layout.kind === "year" ? Infinity : layout.maxArticles;
  if (!(maxArticles >= 1)) throw new RangeError(`A search bundle must hold at least 1 article, got maxArticles ${maxArticles}.`);
  return splitPeriods(articles, yearOf, maxArticles)
    .sort((a, b) => b.newest - a.newest || (a.id < b.id ? 1 : -1))
    .map((group) => ({ id: group.id, articleUrls: group.articles.map((article) => article.url).sort() }));
}

/**
 * The bundles to re-index after a change: those that are new, whose articles differ
 * from the previous plan's, or that hold an article whose page changed.
 */
export function changedBundles(previous: readonly SearchBundle[], next: readonly SearchBundle[], changedUrls: ReadonlySet<string>): Set<string> {
  const before = new Map(previous.map((bundle) => [bundle.id, bundle.articleUrls.join("\n")]));
  const changed = new Set<string>();
  for (const bundle of next) {
    if (before.get(bundle.id) !== bundle.articleUrls.join("\n") || bundle.articleUrls.some((url) => changedUrls.has(url))) {
      changed.add(bundle.id);
    }
  }
  return changed;
}
