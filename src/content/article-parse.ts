// One article file's bytes read into what the parse cache keeps of it: its front matter
// checked and its markdown rendered. Runs on the main thread and in the parse workers.
import type { MarkdownIt } from "markdown-it";
import { renderMarkdown, type RenderedMarkdown } from "../markdown.ts";
import { slugify } from "../slugs.ts";
import type { FileStamp } from "./parse-cache.ts";
import { validateArticle, type ArticleValidation } from "./validate-article.ts";

export interface LoadedArticleFile extends ArticleValidation {
  rendered?: RenderedMarkdown;
}

/** A file the parse cache lacks, with what it takes to parse and keep it. */
export interface ArticleToParse {
  displayPath: string;
  /** The file's name without `.md`: its slug unless the front matter sets one. */
  fileName: string;
  bytes: Uint8Array;
  stamp: FileStamp;
  key: string;
}

/** A file's bytes validated and rendered: what the parse cache keeps of it. */
export function parseArticleBytes({ displayPath, fileName, bytes }: Pick<ArticleToParse, "displayPath" | "fileName" | "bytes">, md: MarkdownIt): LoadedArticleFile {
  const result = validateArticle(displayPath, bytes, { fileSlug: slugify(fileName) });
  // The markdown is not kept once rendered: on a 100,000-story archive it would hold
  // half a gigabyte for nothing.
  return result.article ? { ...result, article: { ...result.article, body: "" }, rendered: renderMarkdown(md, result.article.body) } : result;
}
