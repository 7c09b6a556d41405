// One file of a built site read back as a visitor's browser or feed reader would: whole
// (an HTML page ends with </html>, JSON parses, XML is well-formed), and the addresses
// inside the site it points to, each as a path below the site's root, for the caller to
// find on disk (site-check.ts).
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { parse } from "node-html-parser";

/** Where the site is published: what makes an absolute link one to the site itself. */
export interface SiteAddress {
  /** site.yaml's `url`, like https://example.org */
  url: string;
  /** `/`, or `/archive/` for a site built with a path prefix. */
  pathPrefix: string;
}

export interface FileVerdict {
  /** Why the file is not whole, if it is not. */
  problem?: string;
  /** The addresses in the site it points to, as paths below the site's root (`/2021/`, `/feed.xml`), each once. */
  references: string[];
}

// The attributes of an HTML page that lead a browser to another file.
const HTML_REFERENCES: readonly [selector: string, attribute: string][] = [
  ["a[href]", "href"],
  ["link[href]", "href"],
  ["img[src]", "src"],
  ["img[srcset]", "srcset"],
  ["source[srcset]", "srcset"],
  ["script[src]", "src"],
  ["form[action]", "action"],
  ["video[poster]", "poster"],
  ["iframe[src]", "src"],
  // og:url, og:image: absolute, so only those naming the site itself count (see siteReference).
  ["meta[content]", "content"],
];

/** The path below the site's root that `value`, found in the file at site URL `base`, points to; undefined for another site. */
function siteReference(value: string, base: string, site: SiteAddress): string | undefined {
  let target: URL;
  try {
    target = new URL(value, `${site.url}${site.pathPrefix}${base.slice(1)}`);
  } catch {
    return undefined;
  }
  if (target.origin !== new URL(site.url).origin) return undefined;
  if (!target.pathname.startsWith(site.pathPrefix)) return `${target.pathname} (outside the site's path prefix ${site.pathPrefix})`;
  try {
    return `/${decodeURIComponent(target.pathname.slice(site.pathPrefix.length))}`;
  } catch {
    return target.pathname;
  }
}

function htmlReferences(text: string, base: string, site: SiteAddress): string[] {
  const document = parse(text);
  const found = new Set<string>();
  for (const [selector, attribute] of HTML_REFERENCES) {
    for (const element of document.querySelectorAll(selector)) {
      const raw = (element.getAttribute(attribute) ?? "").trim();
      if (raw === "" || raw.startsWith("#")) continue;
      // A meta's content is text unless it is an absolute address.
      if (attribute === "content" && !/^https?:\/\//.test(raw)) continue;
      // Only srcset lists several candidates ("a.jpg 400w, b.jpg 800w").
      const values = attribute === "srcset" ? raw.split(",").map((part) => part.trim().split(/\s+/)[0] ?? "") : [raw];
      for (const value of values) {
        const reference = value && siteReference(value, base, site);
        if (reference) found.add(reference);
      }
    }
  }
  return [...found];
}

/** Every `<loc>` (sitemaps) and `<link href>` (Atom) in a parsed XML document. */
function xmlAddresses(node: unknown, into: string[], key = ""): void {
  if (typeof node === "string" && key === "loc") into.push(node.trim());
  if (Array.isArray(node)) for (const item of node) xmlAddresses(item, into, key);
  else if (node && typeof node === "object") {
    for (const [child, value] of Object.entries(node as Record<string, unknown>)) {
      if (key === "link" && child === "@_href" && typeof value === "string") into.push(value);
      xmlAddresses(value, into, child);
    }
  }
}

const xmlParser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_" });

function xmlVerdict(text: string, base: string, site: SiteAddress): FileVerdict {
  const valid = XMLValidator.validate(text);
  if (valid !== true) return { problem: `is not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`, references: [] };
  const addresses: string[] = [];
  xmlAddresses(xmlParser.parse(text) as unknown, addresses);
  return { references: unique(addresses.map((value) => siteReference(value, base, site))) };
}

interface JsonFeed {
  version?: unknown;
  home_page_url?: unknown;
  feed_url?: unknown;
  items?: { url?: unknown }[];
}

function jsonVerdict(text: string, base: string, site: SiteAddress): FileVerdict {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { problem: `does not parse as JSON: ${(error as Error).message}`, references: [] };
  }
  const feed = value as JsonFeed;
  if (typeof feed.version !== "string" || !feed.version.startsWith("https://jsonfeed.org/")) return { references: [] };
  const addresses = [feed.home_page_url, feed.feed_url, ...(feed.items ?? []).map((item) => item.url)];
  return { references: unique(addresses.map((address) => (typeof address === "string" ? siteReference(address, base, site) : undefined))) };
}

const unique = (values: readonly (string | undefined)[]): string[] => [...new Set(values.filter((value): value is string => value !== undefined))];

/** The site URL of an output file: `a/index.html` -> `/a/`, `feed.xml` -> `/feed.xml`. */
export const siteUrlOf = (file: string): string => `/${file.replace(/(^|\/)index\.html$/, "$1")}`;

/** Whether `file` (relative to the output folder, `/` separators) is whole, and where it points. */
export function inspectFile(file: string, bytes: Uint8Array, site: SiteAddress): FileVerdict {
  if (bytes.byteLength === 0) return { problem: "is empty", references: [] };
  const base = siteUrlOf(file);
  const text = () => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
  if (file.endsWith(".html")) {
    const page = text();
    if (!page.trimEnd().endsWith("</html>")) return { problem: "is cut short: it does not end with </html>", references: [] };
    return { references: htmlReferences(page, base, site) };
  }
  if (file.endsWith(".xml")) return xmlVerdict(text(), base, site);
  if (file.endsWith(".json")) return jsonVerdict(text(), base, site);
  if (file === "robots.txt") return { references: unique([...text().matchAll(/^sitemap:\s*(\S+)/gim)].map((match) => siteReference(match[1]!, base, site))) };
  return { references: [] };
}
