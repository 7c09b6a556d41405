// The one markdown-it instance articles and pages are rendered with.
import markdownIt, { type MarkdownIt, type Token } from "markdown-it";
import { bodyLinks, type BodyLink } from "./body-links.ts";
import { sha1 } from "./hash.ts";

export interface RenderedMarkdown {
  html: string;
  /** The SHA-1 of `html`, made with it: pages that show a body are fingerprinted by it (src/output/fingerprint.ts) without hashing the body in every process. */
  htmlDigest: string;
  /** Plain text of the first paragraph, the summary when front-matter has none. */
  firstParagraph: string;
  /** Words in the body, counted once here (see countWords) for the open data. */
  wordCount: number;
  /** Where the body links to, line by line: checked against the site's addresses. */
  links: BodyLink[];
}

export function createMarkdown(options: { allowHtml: boolean }): MarkdownIt {
  // markdown-it's default validateLink already refuses javascript:, vbscript:, file:
  // and non-image data: URLs: https://github.com/markdown-it/markdown-it/blob/master/lib/index.mjs
  return markdownIt({ html: options.allowHtml, linkify: true, typographer: false });
}

export function renderMarkdown(md: MarkdownIt, source: string): RenderedMarkdown {
  const tokens = md.parse(source, {});
  const start = tokens.findIndex((token) => token.type === "paragraph_open");
  const inline = start >= 0 ? tokens[start + 1] : undefined;
  const firstParagraph = (inline?.children ?? [])
    .filter((child) => child.type === "text" || child.type === "code_inline" || child.type === "softbreak")
    .map((child) => (child.type === "softbreak" ? " " : child.content))
    .join("")
    .trim();
  const html = md.renderer.render(tokens, md.options, {});
  return { html, htmlDigest: sha1(html), firstParagraph, wordCount: countWords(bodyText(tokens)), links: bodyLinks(tokens) };
}

/** The text a reader sees in a parsed body: prose, inline code and code blocks; not raw HTML, nor images' alt text. */
function bodyText(tokens: readonly Token[]): string {
  return tokens
    .flatMap((token) => {
      if (token.type === "fence" || token.type === "code_block") return [token.content];
      if (token.type !== "inline") return [];
      return (token.children ?? []).filter((child) => child.type === "text" || child.type === "code_inline").map((child) => child.content);
    })
    .join(" ");
}

// A word is a run of letters, marks and digits; an apostrophe, hyphen or point inside
// one does not split it (`don't`, `pro-Iran`, `U.S`, `3.5`), nor does the zero-width
// non-joiner of Persian (`نخست‌وزیر`) or a zero-width joiner. Scripts written without
// spaces (Chinese, Japanese, Thai) count a run as one word. A regular expression, not
// Intl.Segmenter: the segmenter took 30 times as long on a 3,400-word story.
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’.\-\u200C\u200D][\p{L}\p{M}\p{N}]+)*/gu;

export function countWords(text: string): number {
  let count = 0;
  for (const _ of text.matchAll(WORD)) count++;
  return count;
}
