// The article HTML a feed carries. Feed readers show it inside another site's page, so
// even with allowHtmlInMarkdown on, scripts, styles, frames, embedded objects, event
// handlers and javascript: links never leave through a feed. sanitize-html keeps an
// allow-list: what markdown-it writes, plus images and the text-direction attributes.
import sanitizeHtml from "sanitize-html";

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [...sanitizeHtml.defaults.allowedTags, "img", "picture", "source", "del", "ins", "details", "summary"],
  allowedAttributes: {
    "*": ["lang", "dir", "id", "class", "title"],
    a: ["href", "name", "rel", "hreflang"],
    img: ["src", "srcset", "sizes", "alt", "width", "height", "loading"],
    source: ["srcset", "type", "media", "sizes"],
    // markdown-it writes a table column's alignment as style="text-align:right".
    th: ["style", "colspan", "rowspan"],
    td: ["style", "colspan", "rowspan"],
    ol: ["start", "reversed"],
    time: ["datetime"],
  },
  allowedStyles: { "*": { "text-align": [/^(left|right|center)$/] } },
  // http(s), mail and telephone links; javascript:, data: and the rest are dropped.
  allowedSchemes: ["http", "https", "mailto", "tel"],
  allowedSchemesByTag: {},
  allowProtocolRelative: false,
};

export function feedHtml(html: string): string {
  return sanitizeHtml(html, OPTIONS);
}
