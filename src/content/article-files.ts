// Reads, validates and renders article files, remembering each by its size and
// modification time so a rebuild in the preview server only re-reads what changed.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import type { MarkdownIt } from "markdown-it";
import { renderMarkdown, type RenderedMarkdown } from "../markdown.ts";
import { slugify } from "../slugs.ts";
import { validateArticle, type ArticleValidation } from "./validate-article.ts";

export interface LoadedArticleFile extends ArticleValidation {
  rendered?: RenderedMarkdown;
}

const cache = new Map<string, { version: string; loaded: LoadedArticleFile }>();

export function listArticleFiles(articlesDir: string): string[] {
  if (!existsSync(articlesDir)) return [];
  return readdirSync(articlesDir, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".md"))
    .map((name) => join(articlesDir, name))
    .sort();
}

export function loadArticleFile(path: string, displayPath: string, md: MarkdownIt, mdVersion: string): LoadedArticleFile {
  const stat = statSync(path);
  const version = `${stat.mtimeMs}:${stat.size}:${mdVersion}`;
  const hit = cache.get(path);
  if (hit?.version === version) return hit.loaded;
  const result = validateArticle(displayPath, readFileSync(path), { fileSlug: slugify(basename(path, ".md")) });
  const loaded: LoadedArticleFile = result.article ? { ...result, rendered: renderMarkdown(md, result.article.body) } : result;
  cache.set(path, { version, loaded });
  return loaded;
}
