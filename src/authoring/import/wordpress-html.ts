// WordPress stores a post's body as it was typed: paragraphs as blank lines, line
// breaks as bare newlines, and shortcodes such as [caption]. WordPress itself turns that
// into HTML when it shows a page (wpautop, do_shortcode); this does the same before the
// HTML goes to markdown, for the shortcodes newsrooms commonly use.
import { escapeHtml } from "../../html.ts";

export interface AttachmentInfo {
  url: string;
  alt: string;
  caption: string;
  title?: string;
}

export interface WordPressHtml {
  html: string;
  /** Shortcodes with no meaning outside WordPress, dropped (their inner text kept). */
  droppedShortcodes: string[];
}

// Blocks that wpautop leaves alone rather than wrapping in <p>.
const BLOCK_START = /^<(p|div|h[1-6]|ul|ol|li|dl|blockquote|figure|table|thead|tbody|tr|pre|hr|iframe|section|article|aside|header|footer|address|form|fieldset|details|center)[\s>/]/i;
const SELF_CLOSING = new Set(["embed", "gallery", "video", "audio", "playlist", "youtube", "tweet", "twitter", "instagram", "facebook", "soundcloud", "vimeo", "contact-form-7", "contact-form", "wpforms", "ad", "adsense", "related", "related_posts", "share", "sharing", "social"]);

function attributes(text: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const match of text.matchAll(/([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|(\S+))/g)) {
    found[match[1]!.toLowerCase()] = match[2] ?? match[3] ?? match[4] ?? "";
  }
  return found;
}

function linkTo(url: string): string {
  const safe = escapeHtml(url.trim());
  return /^https?:\/\//i.test(url.trim()) ? `<p><a href="${safe}">${safe}</a></p>` : "";
}

function caption(attrs: Record<string, string>, inner: string): string {
  // [caption]<a><img></a> The caption text[/caption]: the text after the image is the caption.
  const image = /^\s*(<a\b[^>]*>\s*)?<img\b[^>]*>(\s*<\/a>)?/i.exec(inner);
  const text = (image ? inner.slice(image[0].length) : inner).trim() || (attrs.caption ?? "");
  return `\n\n<figure>${image?.[0] ?? ""}${text ? `<figcaption>${text}</figcaption>` : ""}</figure>\n\n`;
}

function shortcodes(text: string, attachment: (id: string) => AttachmentInfo | undefined, dropped: Set<string>): string {
  // Paired shortcodes first ([name ...]inner[/name]), then the self-closing ones.
  const paired = text.replace(/\[([a-z][\w-]*)([^\]]*)\]([\s\S]*?)\[\/\1\]/gi, (_all, name: string, attrText: string, inner: string) => {
    const attrs = attributes(attrText);
    switch (name.toLowerCase()) {
      case "caption":
      case "wp_caption":
        return caption(attrs, inner);
      case "embed":
      case "video":
      case "audio":
      case "youtube":
        return `\n\n${linkTo(inner || attrs.src || attrs.url || "")}\n\n`;
      default:
        dropped.add(name.toLowerCase());
        return shortcodes(inner, attachment, dropped);
    }
  });
  return paired.replace(/\[([a-z][\w-]*)(\s[^\]]*)?\/?\]/gi, (all, name: string, attrText = "") => {
    const key = name.toLowerCase();
    if (!SELF_CLOSING.has(key)) return all;
    const attrs = attributes(attrText);
    if (key === "gallery") {
      const images = (attrs.ids ?? "").split(",").map((id) => attachment(id.trim())).filter((found) => found !== undefined);
      if (images.length === 0) dropped.add(key);
      return images.map((image) => `\n\n<figure><img src="${escapeHtml(image.url)}" alt="${escapeHtml(image.alt)}">${image.caption ? `<figcaption>${escapeHtml(image.caption)}</figcaption>` : ""}</figure>\n\n`).join("");
    }
    const url = attrs.src ?? attrs.url ?? attrs.mp4 ?? attrs.mp3 ?? /^\s*=?\s*"?(https?:\/\/[^\s"\]]+)/.exec(attrText)?.[1];
    if (url) return `\n\n${linkTo(url)}\n\n`;
    dropped.add(key);
    return "";
  });
}

/** wpautop, simplified: blank lines make paragraphs, single newlines line breaks. */
function paragraphs(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block !== "")
    .map((block) => (BLOCK_START.test(block) ? block : `<p>${block.replace(/\s*\n\s*/g, "<br>\n")}</p>`))
    .join("\n\n");
}

export function wordpressHtml(content: string, attachment: (id: string) => AttachmentInfo | undefined = () => undefined): WordPressHtml {
  const dropped = new Set<string>();
  const normalized = content.replace(/\r\n?/g, "\n").replace(/<!--\s*\/?wp:[\s\S]*?-->/g, "")
    // Scripts and styles go before paragraphs are made, so they leave no empty lines.
    .replace(/<(script|style)\b[\s\S]*?<\/\1>\s*/gi, "");
  const html = paragraphs(shortcodes(normalized, attachment, dropped));
  return { html, droppedShortcodes: [...dropped].sort() };
}
