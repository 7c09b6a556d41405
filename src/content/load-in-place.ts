// What one load leaves for the next in the same process (the preview's), and the load of
// a save in place made from it without going through every file.
import type { ContentIssue } from "../errors.ts";
import type { Article } from "../types.ts";
import type { ArticleParseCache } from "./article-files.ts";
import type { LoadedArticleFile } from "./article-parse.ts";
import type { Archive } from "./archive.ts";
import type { ContentFileList } from "./content-files.ts";
import type { DataFiles } from "./data-files.ts";
import { placeIn } from "../sorted-lists.ts";
import { redirectKey } from "./redirect-paths.ts";
import { sameNames, type RegisteredNames } from "./registered-names.ts";
import { articleMemo, linksOf, resolveArticle, type CheckedArticle, type FileChecks } from "./resolve-article.ts";

/**
 * The list of article files and what each one loaded as. When the watcher says that only
 * some of those files changed in place, the next load reads just them, without listing
 * the folder or looking at every other file again.
 */
export class LoadMemory {
  listing?: { articleFiles: ContentFileList; linkIssues: ContentIssue[] };
  loaded = new Map<string, LoadedArticleFile>();
  /**
   * The parse cache of the first load, kept while the parses it holds stay valid: the
   * preview starts from the build's cache on disk, and an added or renamed file later
   * looks every other one up in the same cache instead of parsing the archive again.
   */
  parses?: { version: string; cache: ArticleParseCache };
  /** What each loaded file was checked as (see FileChecks), kept while files change in place only. */
  checked = new WeakMap<LoadedArticleFile, FileChecks>();
  /** The names the last load registered, kept while saves leave every story's names as they were. */
  names?: RegisteredNames;
  /** What the last load resolved, for a save that leaves every story where it stood (see loadInPlace). */
  last?: LastLoad;
}

/**
 * The last load's result and the parts it was assembled from, each by file in the
 * listing's order, so that a save in place replaces a file's parts instead of going
 * through every file again.
 */
export interface LastLoad {
  data: DataFiles;
  day: string;
  listingIssues: readonly ContentIssue[];
  /** Each listed file's issues, in the listing's order. */
  fileIssues: Map<string, readonly ContentIssue[]>;
  /** The same issues in one list. */
  issuesOfFiles: readonly ContentIssue[];
  /** Each published file by path, in the listing's order. */
  published: Map<string, CheckedArticle>;
  /** Each published file's story, by path. */
  stories: Map<string, Article>;
  /** Every story's address, and every old address stories redirect from (redirectKey): what a story moved by a save must not take. */
  taken: Set<string>;
  redirectIssues: readonly ContentIssue[];
  archive: Archive;
}

interface InPlaceLoad {
  data: DataFiles;
  today: string;
  /** The data files' issues, read by this load already. */
  issues: ContentIssue[];
  changed: ReadonlySet<string>;
  load(path: string): LoadedArticleFile;
  check(loaded: LoadedArticleFile, path: string): FileChecks;
  includeDrafts: boolean;
  keepGoing: boolean;
}

/** The archive's order: newest first, then by address. */
export const newestFirst = (a: Article, b: Article) => b.date.epoch - a.date.epoch || a.url.localeCompare(b.url);

/**
 * The archive after files saved in place, made from the last load without going through
 * every file: each saved file is read, checked and resolved, and its story takes the place
 * of its earlier version, or moves to the place its new date gives it. Undefined when a save
 * may change anything else: a story that breaks, is published or withdrawn, names other
 * sources or entities (a new name can change another's slug), changes its old addresses,
 * or moves to an address another story has or redirects from; or a new day, whose date
 * checks every file again. The whole load then runs as it would have.
 */
export function loadInPlace(memory: LoadMemory, last: LastLoad, { data, today, issues, changed, load, check, includeDrafts, keepGoing }: InPlaceLoad): { archive?: Archive; issues: ContentIssue[] } | undefined {
  const names = memory.names;
  if (last.data !== data || last.day !== today || !names) return undefined;
  const saved: { path: string; loaded: LoadedArticleFile; checked: FileChecks; file: CheckedArticle; earlier: Article; article: Article }[] = [];
  const resolution = articleMemo.resolutionFor(data, names.key);
  for (const path of changed) {
    const before = last.published.get(path);
    const earlier = last.stories.get(path);
    const loaded = load(path);
    const checked = check(loaded, path);
    const file = checked.valid;
    if (!before || !earlier || !file || checked.issues.some((issue) => issue.severity === "error")) return undefined;
    if (last.archive.articles[placeIn(last.archive.articles, earlier, newestFirst)] !== earlier) return undefined;
    if (!includeDrafts && file.frontMatter.draft) return undefined;
    if (!sameNames(before, file)) return undefined;
    const article = resolveArticle(file, names.registry, resolution);
    if (JSON.stringify(article.redirectFrom) !== JSON.stringify(earlier.redirectFrom)) return undefined;
    if (article.url !== earlier.url && (earlier.redirectFrom.length > 0 || last.taken.has(redirectKey(article.url)))) return undefined;
    saved.push({ path, loaded, checked, file, earlier, article });
  }
  // The last load's maps are updated in place: this load replaces it, and nothing else holds them.
  // (names.published keeps the earlier files of saved stories: they name the same names.)
  const articles = [...last.archive.articles];
  let bodyLinks = last.archive.bodyLinks;
  const sameIssues = saved.every(({ path, checked }) => checked.issues.length === 0 && last.fileIssues.get(path)!.length === 0);
  for (const { path, loaded, checked, file, earlier, article } of saved) {
    memory.loaded.set(path, loaded);
    memory.checked.set(loaded, checked);
    last.fileIssues.set(path, checked.issues);
    const links = [linksOf(last.published.get(path)!), linksOf(file)] as const;
    last.published.set(path, file);
    last.stories.set(path, article);
    articles.splice(placeIn(articles, earlier, newestFirst), 1);
    articles.splice(placeIn(articles, article, newestFirst), 0, article);
    last.taken.delete(redirectKey(earlier.url));
    last.taken.add(redirectKey(article.url));
    // A story's links take the place of its earlier links; a story that gains or loses its only links, the list is made again.
    const at = links[0] ? bodyLinks.indexOf(links[0]) : -1;
    if (links[0] && links[1] && at >= 0) (bodyLinks = [...bodyLinks])[at] = links[1];
    else if (links[0] !== links[1]) bodyLinks = [...last.published.values()].flatMap((each) => linksOf(each) ?? []);
  }
  const fileIssues = sameIssues ? last.issuesOfFiles : [...last.fileIssues.values()].flat();
  issues.push(...last.listingIssues, ...fileIssues, ...names.issues, ...last.redirectIssues);
  if (!keepGoing && issues.some((issue) => issue.severity === "error")) return { issues };
  const archive: Archive = { ...last.archive, articles, issues, bodyLinks };
  memory.last = { ...last, issuesOfFiles: fileIssues, archive };
  return { archive, issues };
}
