// The one markdown-it instance articles and pages are rendered with.
import markdownIt, { type MarkdownIt } from "markdown-it";
import { bodyLinks, type BodyLink } from "./body-links.ts";

export interface RenderedMarkdown {
  html: string;
  /** Plain text of the first paragraph, the summary when front-matter has none. */
  firstParagraph: string;
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
  return { html: md.renderer.render(tokens, md.options, {}), firstParagraph, links: bodyLinks(tokens) };
}
