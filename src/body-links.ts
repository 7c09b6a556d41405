// The links a story's body makes, each with the line it is on, read from markdown-it's
// tokens as the body is rendered (markdown.ts), so that a link to an address the site
// does not have can be reported at its line (src/model/broken-links.ts).
import type { Token } from "markdown-it";

export interface BodyLink {
  /** The address as markdown-it resolved it (a reference link's target, a bare URL made a link). */
  href: string;
  /** The line in the body, counted from 0. */
  line: number;
}

/** A story's links, each at its line in the story's file. */
export interface StoryLinks {
  /** The story's file, as issues name it. */
  file: string;
  draft: boolean;
  links: BodyLink[];
}

/** Every link of a parsed body, in order. Raw HTML links (when a site allows HTML) are not read. */
export function bodyLinks(tokens: readonly Token[]): BodyLink[] {
  const links: BodyLink[] = [];
  // A table cell's inline token has no line of its own: it is on its row's.
  let line = 0;
  for (const token of tokens) {
    if (token.map) line = token.map[0];
    if (token.type !== "inline") continue;
    let breaks = 0;
    for (const child of token.children ?? []) {
      if (child.type === "softbreak" || child.type === "hardbreak") breaks++;
      const href = child.type === "link_open" ? child.attrGet("href") : null;
      if (typeof href === "string" && href !== "") links.push({ href, line: line + breaks });
    }
  }
  return links;
}
