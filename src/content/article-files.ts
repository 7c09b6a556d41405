// Reads, validates and renders article files, through a parse cache so that a build or
// a preview rebuild only re-reads and re-parses what changed.
import { readFileSync, statSync } from "node:fs";
import { basename } from "node:path";
import type { MarkdownIt } from "markdown-it";
import type { ContentIssue } from "../errors.ts";
import { listContentFiles, type ContentFileList } from "./content-files.ts";
import { ParseCache, type FileStamp } from "./parse-cache.ts";
import { FILES_PER_MESSAGE, ParseWorkers } from "./parse-workers.ts";
import { parseArticleBytes, type ArticleToParse, type LoadedArticleFile } from "./article-parse.ts";

/** Parses of article files, kept by content (see parse-cache.ts). */
export type ArticleParseCache = ParseCache<LoadedArticleFile>;

/** The preview and `check` keep parses in memory for the life of the process. */
const inMemory = new Map<string, ArticleParseCache>();
export function memoryParseCache(version: string): ArticleParseCache {
  let cache = inMemory.get(version);
  if (!cache) inMemory.set(version, (cache = new ParseCache(undefined, version)));
  return cache;
}

/** Every article file under `articlesDir`, and an error for each link or odd file that is refused. */
export function listArticleFiles(articlesDir: string, options: { contentDir: string; display(path: string): string }): ContentFileList {
  return listContentFiles(articlesDir, { ...options, wanted: (name) => name.endsWith(".md") });
}

function unreadable(displayPath: string, error: unknown): LoadedArticleFile {
  const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
  const issue: ContentIssue = { severity: "error", file: displayPath, field: "", message: `could not be read (${code}). Check that the file exists and that you may read it.` };
  return { issues: [issue] };
}

/**
 * A file's parse from the cache, or, when the cache lacks it, what it takes to parse it.
 * `listed`: the file's stamp from a listing made for this load (content-files.ts), which
 * saves a stat per file; without it the file is looked at now.
 */
export function lookUpArticleFile(path: string, displayPath: string, cache: ArticleParseCache, listed?: FileStamp): { loaded: LoadedArticleFile } | { toParse: ArticleToParse } {
  let hit: ReturnType<ArticleParseCache["get"]>;
  let stamp: FileStamp;
  try {
    if (listed) stamp = listed;
    else {
      const stat = statSync(path);
      stamp = { mtimeMs: stat.mtimeMs, size: stat.size };
    }
    hit = cache.get(displayPath, stamp, () => readFileSync(path));
  } catch (error) {
    // Deleted or made unreadable between listing and reading.
    return { loaded: unreadable(displayPath, error) };
  }
  if (hit.value) return { loaded: hit.value };
  return { toParse: { displayPath, fileName: basename(path, ".md"), bytes: hit.bytes!, stamp, key: hit.key } };
}

/** Keeps a new parse in the cache and returns it. */
export function keepParse(cache: ArticleParseCache, { displayPath, stamp, key }: ArticleToParse, loaded: LoadedArticleFile): LoadedArticleFile {
  cache.set(displayPath, stamp, key, loaded);
  return loaded;
}

export function loadArticleFile(path: string, displayPath: string, md: MarkdownIt, cache: ArticleParseCache): LoadedArticleFile {
  const found = lookUpArticleFile(path, displayPath, cache);
  return "loaded" in found ? found.loaded : keepParse(cache, found.toParse, parseArticleBytes(found.toParse, md));
}

/**
 * New files parsed on the main thread at most: past this many, a pool of workers parses
 * them on every core (starting one costs about as much as parsing a few hundred files).
 */
export const PARSED_HERE_AT_MOST = 400;

/**
 * The parse of every file of `paths`, from the cache or parsed now; when many are new (a
 * clean build), on every core: in workers (parse-workers.ts), and on this thread while they are busy.
 * `listed`: the stamps of a listing made for this load, if there is one.
 */
export function loadArticleFiles(paths: Iterable<string>, display: (path: string) => string, md: MarkdownIt, cache: ArticleParseCache, allowHtml: boolean, listed?: ReadonlyMap<string, FileStamp>): Map<string, LoadedArticleFile> {
  const loaded = new Map<string, LoadedArticleFile>();
  let waiting: { path: string; toParse: ArticleToParse }[] = [];
  let workers: ParseWorkers | undefined;
  const sendWaiting = (pool: ParseWorkers) => {
    for (let start = 0; start < waiting.length; start += FILES_PER_MESSAGE) {
      const files = waiting.slice(start, start + FILES_PER_MESSAGE);
      const keep = (parsed: readonly LoadedArticleFile[]) => files.forEach(({ path, toParse }, i) => loaded.set(path, keepParse(cache, toParse, parsed[i]!)));
      // While the workers are busy, this thread parses too.
      if (pool.hasRoom()) pool.parse(files.map(({ toParse: { displayPath, fileName, bytes } }) => ({ displayPath, fileName, bytes })), keep);
      else keep(files.map(({ toParse }) => parseArticleBytes(toParse, md)));
    }
    waiting = [];
  };
  try {
    for (const path of paths) {
      const found = lookUpArticleFile(path, display(path), cache, listed?.get(path));
      if ("loaded" in found) loaded.set(path, found.loaded);
      else waiting.push({ path, toParse: found.toParse });
      if (waiting.length >= (workers ? FILES_PER_MESSAGE : PARSED_HERE_AT_MOST)) sendWaiting((workers ??= new ParseWorkers(allowHtml)));
    }
    if (workers) {
      sendWaiting(workers);
      workers.finish();
    }
    for (const { path, toParse } of waiting) loaded.set(path, keepParse(cache, toParse, parseArticleBytes(toParse, md)));
  } finally {
    workers?.stop();
  }
  return loaded;
}
