// HTML from WordPress posts, feeds and saved pages, as the clean markdown an editor
// reads and edits: paragraphs, headings, lists, quotes, links and images kept; scripts,
// styles, forms and embeds' machinery dropped; links that are not web or mail links
// kept as their text.
import TurndownService from "turndown";

export interface MarkdownOptions {
  /** Where an image reference should point instead (a copied local file); the same src to keep it. */
  imageSrc?: (src: string) => string;
}

const DROPPED = new Set(["script", "style", "noscript", "form", "button", "input", "select", "textarea", "svg", "canvas", "object", "embed", "template", "head", "link", "meta"]);
// Widgets that ride along inside a story's HTML: share bars, related links, sign-up boxes.
const WIDGET_CLASS = /(^|[\s_-])(share|sharing|social|related|newsletter|subscribe|advert|advertisement|promo|sponsored)([\s_-]|$)/i;
const SAFE_LINK = /^(https?:|mailto:|\/|#|\.{0,2}\/?[\w%-])/i;

function attribute(node: TurndownService.Node, name: string): string {
  return (node as HTMLElement).getAttribute(name)?.trim() ?? "";
}

/** A URL that cannot end a markdown link early. */
function linkTarget(url: string): string {
  return url.replace(/[()\s<>]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}

function markdownTitle(text: string): string {
  return text.replace(/\s+/g, " ").replace(/[[\]\\]/g, "\\$&").trim();
}

function converter(options: MarkdownOptions): TurndownService {
  const service = new TurndownService({ headingStyle: "atx", bulletListMarker: "-", codeBlockStyle: "fenced", emDelimiter: "_", strongDelimiter: "**", hr: "---" });
  service.remove((node) => DROPPED.has(node.nodeName.toLowerCase()) || WIDGET_CLASS.test(`${attribute(node, "class")} ${attribute(node, "id")}`));
  service.addRule("safe-links", {
    filter: (node) => node.nodeName === "A" && attribute(node, "href") !== "",
    replacement: (content, node) => {
      const href = attribute(node, "href");
      if (!SAFE_LINK.test(href) || /^\s*javascript:/i.test(href) || content.trim() === "") return content;
      return `[${content}](${linkTarget(href)})`;
    },
  });
  service.addRule("images", {
    filter: "img",
    replacement: (_content, node) => {
      const src = attribute(node, "src") || attribute(node, "data-src");
      if (!/^(https?:|\/)/i.test(src)) return "";
      const target = options.imageSrc ? options.imageSrc(src) : src;
      return `![${markdownTitle(attribute(node, "alt"))}](${linkTarget(target)})`;
    },
  });
  // An embedded video or post becomes a link to it: the reader can still follow it.
  service.addRule("iframes", {
    filter: "iframe",
    replacement: (_content, node) => {
      const src = attribute(node, "src");
      return /^https:/i.test(src) ? `\n\n[${markdownTitle(attribute(node, "title") || src)}](${src})\n\n` : "";
    },
  });
  // `- item` and `1. item`, as people write them (turndown pads markers to four columns).
  service.addRule("list-items", {
    filter: "li",
    replacement: (content, node) => {
      const parent = node.parentNode as HTMLElement | null;
      const ordered = parent?.nodeName === "OL";
      const start = Number(parent?.getAttribute("start") ?? 1);
      const marker = ordered ? `${start + Array.prototype.indexOf.call(parent!.children, node)}. ` : "- ";
      const text = content.replace(/^\n+/, "").replace(/\n+$/, "\n").replace(/\n/gm, `\n${" ".repeat(marker.length)}`);
      return `${marker}${text}${node.nextSibling && !/\n$/.test(text) ? "\n" : ""}`;
    },
  });
  // A caption reads as an italic line under its photo.
  service.addRule("figcaption", {
    filter: "figcaption",
    replacement: (content) => (content.trim() ? `\n\n_${content.trim()}_\n\n` : ""),
  });
  return service;
}

export function htmlToMarkdown(html: string, options: MarkdownOptions = {}): string {
  return converter(options)
    .turndown(html)
    // A line break left alone on a line (where a script stood) is no break at all.
    .replace(/^[ \t]+$/gm, "")
    .replace(/ {2}\n(?=\n)/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
