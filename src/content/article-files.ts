// Reads, validates and renders article files, through a parse cache so that a build or
// a preview rebuild only re-reads and re-parses what changed.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import type { MarkdownIt } from "markdown-it";
import { renderMarkdown, type RenderedMarkdown } from "../markdown.ts";
import { slugify } from "../slugs.ts";
import { ParseCache } from "./parse-cache.ts";
import { validateArticle, type ArticleValidation } from "./validate-article.ts";

export interface LoadedArticleFile extends ArticleValidation {
  rendered?: RenderedMarkdown;
}

/** Files editors leave beside the one being edited: `.#x.md`, `#x.md#`, `x.md~`, `.x.md.swp`. */
export function isEditorLeftover(path: string): boolean {
  const name = basename(path);
  return name.startsWith(".#") || (name.startsWith("#") && name.endsWith("#")) || name.endsWith("~") || /^\..*\.sw[a-p]$/.test(name);
}

export function listArticleFiles(articlesDir: string): string[] {
  if (!existsSync(articlesDir)) return [];
  return readdirSync(articlesDir, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".md"))
    .map((name) => join(articlesDir, name))
    .sort();
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

export function loadArticleFile(path: string, displayPath: string, md: MarkdownIt, cache: ArticleParseCache): LoadedArticleFile {
  const stat = statSync(path);
  const stamp = { mtimeMs: stat.mtimeMs, size: stat.size };
  const hit = cache.get(displayPath, stamp, () => readFileSync(path));
  if (hit.value) return hit.value;
  const result = validateArticle(displayPath, hit.bytes ?? readFileSync(path), { fileSlug: slugify(basename(path, ".md")) });
  const loaded: LoadedArticleFile = result.article ? { ...result, rendered: renderMarkdown(md, result.article.body) } : result;
  cache.set(displayPath, stamp, hit.key, loaded);
  return loaded;
}
