// Loads the whole archive once per build: data files, then every article, validated
// together so that all content errors are reported at once, before anything is written.
import { join } from "node:path";
import { displayPathsFrom } from "../display-path.ts";
import { codeVersion, sha1 } from "../hash.ts";
import { ContentErrors, type ContentIssue } from "../errors.ts";
import { createMarkdown } from "../markdown.ts";
import type { Article, AssetUrls, SiteSettings } from "../types.ts";
import { editionsOf } from "../editions.ts";
import { navigationFor } from "../navigation.ts";
import { normalizePathPrefix } from "../urls.ts";
import type { Archive } from "./archive.ts";
import { readDataFiles, type DataFiles } from "./data-files.ts";
import { redirectClashes } from "./redirect-clashes.ts";
import { redirectKey } from "./redirect-paths.ts";
import { namesUnchanged, registerNames } from "./registered-names.ts";
import { listArticleFiles, loadArticleFile, loadArticleFiles, memoryParseCache } from "./article-files.ts";
import type { LoadedArticleFile } from "./article-parse.ts";
import { refusedContentLinks } from "./content-files.ts";
import { ParseCache } from "./parse-cache.ts";
import { loadInPlace, newestFirst, type LoadMemory } from "./load-in-place.ts";
import { articleMemo, checkFile, linksOf, resolveArticle, type CheckedArticle } from "./resolve-article.ts";

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

/** Validates everything; returns the issues and, when there are no errors, the archive. */
export function collectArchive(options: LoadOptions): { archive?: Archive; issues: ContentIssue[] } {
  const issues: ContentIssue[] = [];
  const now = options.now ?? new Date();
  const display = displayPathsFrom(options.projectRoot);
  const data = readDataFiles(options.projectRoot, options.contentDir, issues, options.parseCacheDir);

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

  const listedEarlier = inPlace && memory?.listing;
  const listing = listedEarlier || {
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
    // A listing kept from an earlier load has stamps older than the files saved since.
    listedEarlier ? undefined : articleFiles.stamps,
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
