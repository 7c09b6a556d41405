// Reads, validates and renders article files, through a parse cache so that a build or
// a preview rebuild only re-reads and re-parses what changed.
import { readFileSync, statSync } from "node:fs";
import { basename } from "node:path";
import type { MarkdownIt } from "markdown-it";
import type { ContentIssue } from "../errors.ts";
import { renderMarkdown, type RenderedMarkdown } from "../markdown.ts";
import { slugify } from "../slugs.ts";
import { listContentFiles, type ContentFileList } from "./content-files.ts";
import { ParseCache } from "./parse-cache.ts";
import { validateArticle, type ArticleValidation } from "./validate-article.ts";

export interface LoadedArticleFile extends ArticleValidation {
  rendered?: RenderedMarkdown;
}

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

export function loadArticleFile(path: string, displayPath: string, md: MarkdownIt, cache: ArticleParseCache): LoadedArticleFile {
  let hit: ReturnType<ArticleParseCache["get"]>;
  let stamp: { mtimeMs: number; size: number };
  try {
    const stat = statSync(path);
    stamp = { mtimeMs: stat.mtimeMs, size: stat.size };
    hit = cache.get(displayPath, stamp, () => readFileSync(path));
  } catch (error) {
    // Deleted or made unreadable between listing and reading.
    return unreadable(displayPath, error);
  }
  if (hit.value) return hit.value;
  const result = validateArticle(displayPath, hit.bytes!, { fileSlug: slugify(basename(path, ".md")) });
  // The markdown is not kept once rendered: on a 100,000-story archive it would hold
  // half a gigabyte for nothing.
  const loaded: LoadedArticleFile = result.article ? { ...result, article: { ...result.article, body: "" }, rendered: renderMarkdown(md, result.article.body) } : result;
  cache.set(displayPath, stamp, hit.key, loaded);
  return loaded;
}
