// Reads, validates and renders article files, remembering each by its size and
// modification time so a rebuild in the preview server only re-reads what changed.
import { readFileSync, statSync } from "node:fs";
import { basename } from "node:path";
import type { MarkdownIt } from "markdown-it";
import type { ContentIssue } from "../errors.ts";
import { renderMarkdown, type RenderedMarkdown } from "../markdown.ts";
import { slugify } from "../slugs.ts";
import { listContentFiles, type ContentFileList } from "./content-files.ts";
import { validateArticle, type ArticleValidation } from "./validate-article.ts";

export interface LoadedArticleFile extends ArticleValidation {
  rendered?: RenderedMarkdown;
}

const cache = new Map<string, { version: string; loaded: LoadedArticleFile }>();

/** Every article file under `articlesDir`, and an error for each link or odd file that is refused. */
export function listArticleFiles(articlesDir: string, options: { contentDir: string; display(path: string): string }): ContentFileList {
  return listContentFiles(articlesDir, { ...options, wanted: (name) => name.endsWith(".md") });
}

function unreadable(displayPath: string, error: unknown): LoadedArticleFile {
  const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
  const issue: ContentIssue = { severity: "error", file: displayPath, field: "", message: `could not be read (${code}). Check that the file exists and that you may read it.` };
  return { issues: [issue] };
}

export function loadArticleFile(path: string, displayPath: string, md: MarkdownIt, mdVersion: string): LoadedArticleFile {
  let bytes: Buffer;
  let version: string;
  try {
    const stat = statSync(path);
    version = `${stat.mtimeMs}:${stat.size}:${mdVersion}`;
    const hit = cache.get(path);
    if (hit?.version === version) return hit.loaded;
    bytes = readFileSync(path);
  } catch (error) {
    // Deleted or made unreadable between listing and reading.
    return unreadable(displayPath, error);
  }
  const result = validateArticle(displayPath, bytes, { fileSlug: slugify(basename(path, ".md")) });
  const loaded: LoadedArticleFile = result.article ? { ...result, rendered: renderMarkdown(md, result.article.body) } : result;
  cache.set(path, { version, loaded });
  return loaded;
}
