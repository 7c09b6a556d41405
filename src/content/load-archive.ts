// Loads the whole archive once per build: data files, then every article, validated
// together so that all content errors are reported at once, before anything is written.
import { join } from "node:path";
import { displayPath } from "../display-path.ts";
import { codeVersion, sha1 } from "../hash.ts";
import { ContentErrors, type ContentIssue } from "../errors.ts";
import type { StoryLinks } from "../body-links.ts";
import { createMarkdown, type RenderedMarkdown } from "../markdown.ts";
import { slugify } from "../slugs.ts";
import { perEntitySection, type Article, type AssetUrls, type Correction, type Entity, type EntityType, type SiteSettings, type Source, type TagRef } from "../types.ts";
import type { ArticleDate } from "../dates.ts";
import { directionOf } from "../languages.ts";
import { editionsOf } from "../editions.ts";
import { navigationFor } from "../navigation.ts";
import { normalizePathPrefix, urls } from "../urls.ts";
import { readDataFiles, type DataFiles } from "./data-files.ts";
import { withCreditOnce } from "./photo-credit.ts";
import { redirectClashes } from "./redirect-clashes.ts";
import { redirectKey } from "./redirect-paths.ts";
import { ENTITY_LISTS, namesUnchanged, registerNames, sameNames, type RegisteredNames } from "./registered-names.ts";
import { listArticleFiles, loadArticleFile, loadArticleFiles, memoryParseCache, type ArticleParseCache } from "./article-files.ts";
import type { LoadedArticleFile } from "./article-parse.ts";
import { refusedContentLinks, type ContentFileList } from "./content-files.ts";
import { ParseCache } from "./parse-cache.ts";
import { checkImageReference, type ValidArticleFile } from "./validate-article.ts";
import { implausibleDates } from "./date-range.ts";

export interface Archive {
  site: SiteSettings;
  /** Newest first. */
  articles: Article[];
  entities: Entity[];
  sources: Source[];
  /** Warnings and notes; in a build, errors are thrown as ContentErrors. */
  issues: ContentIssue[];
  /** The links of the stories' bodies, each at its file line: checked once the site's addresses are known (src/model/broken-links.ts). */
  bodyLinks: StoryLinks[];
}

export interface LoadOptions {
  projectRoot: string;
  contentDir: string;
  includeDrafts: boolean;
  pathPrefix?: string;
  /** The hashed URLs of the stylesheet, scripts and icon the pages link (src/output/assets.ts decides them). */
  assets: AssetUrls;
  /**
   * The preview keeps serving while an article is broken: articles with errors, and
   * the second of two at one address, are left out and the errors travel in `issues`.
   */
  keepGoing?: boolean;
  /** Where parses are kept between runs; by default in memory for this process. */
  parseCacheDir?: string;
  /** What the last load in this process (the preview's) left for the next. */
  memory?: LoadMemory;
  /**
   * The article files changed in place since the last load with `memory`, as the
   * preview's watcher saw them; undefined when anything else may have changed (a file
   * added, removed or renamed, a folder, a data file), and the folder is listed again.
   */
  changedArticleFiles?: ReadonlySet<string>;
  /** When the build, check or rebuild happens (now by default): dates far ahead of it are warned about. */
  now?: Date;
}

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
interface LastLoad {
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

type CheckedArticle = ValidArticleFile & { rendered: RenderedMarkdown; parsed: LoadedArticleFile };

/** One article file's issues and, when it is usable, what the archive takes of it: checked once per parse and day. */
interface FileChecks {
  day: string;
  issues: ContentIssue[];
  valid?: CheckedArticle;
}

/** The checks of one loaded file against the content folder's images and the day of `now`. */
function checkFile(loaded: LoadedArticleFile, inputPath: string, contentDir: string, now: Date): FileChecks {
  const imageIssue = loaded.image && checkImageReference(loaded.image, inputPath, contentDir);
  const issues = [...loaded.issues, ...(imageIssue ? [imageIssue] : []), ...(loaded.article ? implausibleDates(loaded.article, now) : [])];
  // The preview leaves out an article whose image cannot be made, as it does any broken article.
  const valid = loaded.article && loaded.rendered && !imageIssue ? { ...loaded.article, rendered: loaded.rendered, parsed: loaded } : undefined;
  return { day: now.toISOString().slice(0, 10), issues, ...(valid ? { valid } : {}) };
}


/** Articles resolved by an earlier load, reused while what they were resolved against holds. */
class ArticleMemo {
  private data: DataFiles | undefined;
  private names = "";
  private byParse = new WeakMap<LoadedArticleFile, Article>();

  resolutionFor(data: DataFiles, names: string): { article(parsed: LoadedArticleFile, resolve: () => Article): Article } {
    if (data !== this.data || names !== this.names) {
      this.data = data;
      this.names = names;
      this.byParse = new WeakMap();
    }
    const byParse = this.byParse;
    return {
      article(parsed, resolve) {
        let article = byParse.get(parsed);
        if (!article) byParse.set(parsed, (article = resolve()));
        return article;
      },
    };
  }
}
const articleMemo = new ArticleMemo();

type Resolution = ReturnType<ArticleMemo["resolutionFor"]>;

/** A checked file as the story the site publishes: its names resolved in the registry, its address made. */
function resolveArticle(file: CheckedArticle, registry: RegisteredNames["registry"], resolution: Resolution): Article {
  const { frontMatter: fm } = file;
  const url = urls.article(fm.date.year, fm.date.month, fm.date.day, file.slug);
  const body = file.rendered;
  const entitiesOf = (list: (typeof ENTITY_LISTS)[number][0], type: EntityType) => [
    ...new Map((fm.entities?.[list] ?? []).map((name) => registry.entity(name, type)).map((e) => [e.url, e])).values(),
  ];
  const language = fm.lang?.toLowerCase();
  return resolution.article(file.parsed, (): Article => ({
    inputPath: file.inputPath,
    slug: file.slug,
    url,
    title: fm.title,
    date: fm.date,
    ...(fm.updated ? { updated: fm.updated } : {}),
    corrections: corrections(fm.corrections ?? []),
    modified: lastChange(fm.date, fm.updated, fm.corrections ?? []),
    source: registry.source(fm.source),
    ...(fm.source_url ? { sourceUrl: fm.source_url } : {}),
    ...(fm.author ? { author: fm.author } : {}),
    summary: fm.summary ?? body.firstParagraph,
    ...(fm.image ? { image: withCreditOnce(fm.image) } : {}),
    ...perEntitySection((type, list) => entitiesOf(list, type)),
    tags: [...new Map((fm.tags ?? []).map(tagRef).map((tag) => [tag.url, tag])).values()],
    ...(language ? { lang: fm.lang } : {}),
    dir: language ? directionOf(language) : "ltr",
    draft: fm.draft ?? false,
    redirectFrom: fm.redirect_from ?? [],
    html: body.html,
    wordCount: body.wordCount,
  }));
}

/** Each checked file's body links, made once: the preview checks a story's links again only when they are new objects. */
const storyLinks = new WeakMap<CheckedArticle, StoryLinks | undefined>();

/** A story's body links, as broken-links.ts checks them; undefined when it has none. */
function linksOf(file: CheckedArticle): StoryLinks | undefined {
  if (storyLinks.has(file)) return storyLinks.get(file);
  const { inputPath, bodyLine, frontMatter, rendered } = file;
  const links = rendered.links.length === 0 ? undefined : { file: inputPath, draft: frontMatter.draft ?? false, links: rendered.links.map((link) => ({ href: link.href, line: bodyLine + link.line })) };
  storyLinks.set(file, links);
  return links;
}

/** Validates everything; returns the issues and, when there are no errors, the archive. */
export function collectArchive(options: LoadOptions): { archive?: Archive; issues: ContentIssue[] } {
  const issues: ContentIssue[] = [];
  const now = options.now ?? new Date();
  const display = (path: string) => displayPath(path, options.projectRoot);
  const data = readDataFiles(options.projectRoot, options.contentDir, issues);

  const allowHtml = data?.site.allowHtmlInMarkdown ?? false;
  const md = createMarkdown({ allowHtml });
  // A parse depends on the file, the code that parses it and whether raw HTML is allowed.
  const parseVersion = sha1(codeVersion(), `html=${allowHtml}`);
  const { memory, changedArticleFiles } = options;
  const cache = memory?.parses?.version === parseVersion ? memory.parses.cache : options.parseCacheDir ? new ParseCache<LoadedArticleFile>(options.parseCacheDir, parseVersion) : memoryParseCache(parseVersion);
  if (memory) memory.parses = { version: parseVersion, cache };
  const inPlace = memory?.listing && changedArticleFiles && [...changedArticleFiles].every((path) => memory.loaded.has(path)) ? changedArticleFiles : undefined;
  const today = now.toISOString().slice(0, 10);
  const load = (path: string) => loadArticleFile(path, display(path), md, cache);
  const check = (loaded: LoadedArticleFile, path: string) => checkFile(loaded, display(path), options.contentDir, now);
  if (inPlace && memory?.last && data) {
    const saved = loadInPlace(memory, memory.last, { data, today, issues, changed: inPlace, load, check, includeDrafts: options.includeDrafts, keepGoing: options.keepGoing ?? false });
    if (saved) return saved;
  }

  const listing = (inPlace && memory?.listing) || {
    articleFiles: listArticleFiles(join(options.contentDir, "articles"), { contentDir: options.contentDir, display }),
    linkIssues: refusedContentLinks(options.contentDir, display, [join(options.contentDir, "articles")]),
  };
  const { articleFiles } = listing;
  const listingIssues = [...articleFiles.issues, ...listing.linkIssues];
  issues.push(...listingIssues);
  const loadedNow = new Map<string, LoadedArticleFile>();
  const fileIssues = new Map<string, readonly ContentIssue[]>();
  const valid = new Map<string, CheckedArticle>();
  const unchangedFile = (path: string) => (inPlace && !inPlace.has(path) ? memory?.loaded.get(path) : undefined);
  const loadedFiles = loadArticleFiles(
    articleFiles.files.filter((path) => !unchangedFile(path)),
    display,
    md,
    cache,
    allowHtml,
  );
  for (const path of articleFiles.files) {
    const unchanged = unchangedFile(path);
    const loaded = unchanged ?? loadedFiles.get(path)!;
    loadedNow.set(path, loaded);
    // A file unchanged since the last load is checked as it was then, unless the day moved
    // on; anything but in-place edits (an image added, a file renamed) checks every file again.
    const earlier = unchanged && memory?.checked.get(unchanged);
    const checked = earlier && earlier.day === today ? earlier : check(loaded, path);
    memory?.checked.set(loaded, checked);
    fileIssues.set(path, checked.issues);
    issues.push(...checked.issues);
    if (checked.valid) valid.set(path, checked.valid);
  }
  // After edits in place, the few new parses wait in memory for the next full load to
  // write them (a preview stopped before that parses those files again when it starts):
  // writing the cache's index on every save cost more than the rest of the load.
  if (!inPlace) cache.save(new Set(articleFiles.files.map(display)));
  if (memory) {
    memory.listing = listing;
    memory.loaded = loadedNow;
    memory.last = undefined;
  }
  if (!data) return { issues };

  const publishedByPath = new Map([...valid].filter(([, file]) => options.includeDrafts || !file.frontMatter.draft));
  const published = [...publishedByPath.values()];
  const earlierNames = memory?.names;
  const names = inPlace && earlierNames && namesUnchanged(earlierNames, data, published) ? earlierNames : registerNames(data, published, display, options.contentDir);
  if (memory) memory.names = names;
  const { registry } = names;
  issues.push(...names.issues);

  // An article is resolved again only when its file, the data files or the set of names in
  // use changed (a new name can change another's slug): the preview's rebuilds then reuse
  // every other Article object, and what is computed from them by identity.
  const resolution = articleMemo.resolutionFor(data, names.key);
  const byUrl = new Map<string, string>();
  const clashing = new Set<string>();
  const articles = published.map((file): Article => {
    const article = resolveArticle(file, registry, resolution);
    const other = byUrl.get(article.url);
    if (other) {
      issues.push({
        severity: "error",
        file: file.inputPath,
        field: "slug",
        message: `would publish at ${article.url}, the same address as ${other}. Rename one file or set a different \`slug:\`.`,
      });
      clashing.add(file.inputPath);
    }
    if (!other) byUrl.set(article.url, file.inputPath);
    return article;
  });
  articles.sort(newestFirst);
  const redirectIssues = redirectClashes(articles);
  issues.push(...redirectIssues);

  if (!options.keepGoing && issues.some((issue) => issue.severity === "error")) return { issues };
  const archive: Archive = {
    site: siteSettings(data, options),
    articles: articles.filter((article) => !clashing.has(article.inputPath)),
    entities: registry.allEntities(),
    sources: registry.allSources(),
    issues,
    bodyLinks: published.flatMap((file) => linksOf(file) ?? []),
  };
  // A load with errors (a broken story left out, two at one address) is loaded whole again
  // on the next save: what an error left out can come back with any file.
  if (memory && !issues.some((issue) => issue.severity === "error")) {
    const byPath = new Map(archive.articles.map((article) => [article.inputPath, article]));
    memory.last = {
      data,
      day: today,
      listingIssues,
      fileIssues,
      issuesOfFiles: [...fileIssues.values()].flat(),
      published: publishedByPath,
      stories: new Map([...publishedByPath].map(([path, file]) => [path, byPath.get(file.inputPath)!])),
      taken: new Set(archive.articles.flatMap((article) => [redirectKey(article.url), ...article.redirectFrom.map(redirectKey)])),
      redirectIssues,
      archive,
    };
  }
  return { archive, issues };
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
const newestFirst = (a: Article, b: Article) => b.date.epoch - a.date.epoch || a.url.localeCompare(b.url);

/** Where `article` stands in `articles` (in the archive's order), or would be inserted. */
function placeIn(articles: readonly Article[], article: Article): number {
  let low = 0;
  let high = articles.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (newestFirst(articles[middle]!, article) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The archive after files saved in place, made from the last load without going through
 * every file: each saved file is read, checked and resolved, and its story takes the place
 * of its earlier version, or moves to the place its new date gives it. Undefined when a save
 * may change anything else: a story that breaks, is published or withdrawn, names other
 * sources or entities (a new name can change another's slug), changes its old addresses,
 * or moves to an address another story has or redirects from; or a new day, whose date
 * checks every file again. The whole load then runs as it would have.
 */
function loadInPlace(memory: LoadMemory, last: LastLoad, { data, today, issues, changed, load, check, includeDrafts, keepGoing }: InPlaceLoad): { archive?: Archive; issues: ContentIssue[] } | undefined {
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
    if (last.archive.articles[placeIn(last.archive.articles, earlier)] !== earlier) return undefined;
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
    articles.splice(placeIn(articles, earlier), 1);
    articles.splice(placeIn(articles, article), 0, article);
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

/** Corrections oldest first. */
const corrections = (list: readonly Correction[]): Correction[] => [...list].sort((a, b) => a.date.epoch - b.date.epoch);

/** The newest of a story's dates: when it last changed. */
function lastChange(date: ArticleDate, updated: ArticleDate | undefined, list: readonly Correction[]): ArticleDate {
  return [updated, ...list.map((correction) => correction.date)].reduce<ArticleDate>((latest, next) => (next && next.epoch > latest.epoch ? next : latest), date);
}

export function tagRef(name: string): TagRef {
  const slug = slugify(name);
  return { name, slug, url: urls.tag(slug) };
}

/** The site settings alone, for pages Eleventy renders; data-file errors are thrown. */
export function loadSiteSettings(options: Pick<LoadOptions, "projectRoot" | "contentDir" | "pathPrefix" | "assets">): SiteSettings {
  const issues: ContentIssue[] = [];
  const data = readDataFiles(options.projectRoot, options.contentDir, issues);
  if (!data) throw new ContentErrors(issues);
  return siteSettings(data, options);
}

function siteSettings({ site: { editions, ...settings }, messages }: DataFiles, options: Pick<LoadOptions, "contentDir" | "pathPrefix" | "assets">): SiteSettings {
  return {
    ...settings,
    messages: messages[settings.language]!,
    navigation: navigationFor(options.contentDir),
    pathPrefix: normalizePathPrefix(options.pathPrefix),
    assets: options.assets,
    editions: editionsOf(editions, messages, settings.digits),
    edition: "/",
  };
}

/** For the build: the archive, or every content error at once. */
export function loadArchive(options: LoadOptions): Archive {
  const { archive, issues } = collectArchive(options);
  if (!archive) throw new ContentErrors(issues);
  return archive;
}
