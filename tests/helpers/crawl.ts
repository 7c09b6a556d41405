// Follows every internal link and asset reference of a built site, from the home page.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { parse } from "node-html-parser";
import { outputFile } from "./site.ts";

export interface CrawlReport {
  /** Site URLs of the pages reached from the home page. */
  reached: Set<string>;
  /** "page -> target" for every internal reference to nothing. */
  broken: string[];
  /** Every HTML page in the output, as a site URL. */
  allPages: Set<string>;
}

const REFERENCES: readonly [selector: string, attribute: string][] = [
  ["a[href]", "href"],
  ["link[href]", "href"],
  ["img[src]", "src"],
  ["script[src]", "src"],
  ["source[srcset]", "srcset"],
  ["img[srcset]", "srcset"],
  ["form[action]", "action"],
];

function pageUrlOf(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, "$1")}`;
}

export function crawlSite(output: string, pathPrefix = "/"): CrawlReport {
  const allPages = new Set(
    readdirSync(output, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".html")).map(pageUrlOf),
  );
  const reached = new Set<string>();
  const broken: string[] = [];
  const queue = ["/"];
  while (queue.length > 0) {
    const url = queue.shift()!;
    if (reached.has(url)) continue;
    reached.add(url);
    const document = parse(readFileSync(outputFile(output, url), "utf8"));
    const ids = new Set(document.querySelectorAll("[id]").map((element) => element.id));
    for (const [selector, attribute] of REFERENCES) {
      for (const element of document.querySelectorAll(selector)) {
        const raw = element.getAttribute(attribute) ?? "";
        // Only srcset lists several candidates ("a.jpg 400w, b.jpg 800w"); a comma in a URL is just a comma.
        const values = attribute === "srcset" ? raw.split(",").map((part) => part.trim().split(/\s+/)[0] ?? "") : [raw.trim()];
        for (const value of values) {
          const target = new URL(value, `http://site.invalid${pathPrefix}${url.slice(1)}`);
          if (target.host !== "site.invalid") continue;
          if (!target.pathname.startsWith(pathPrefix)) {
            broken.push(`${url} -> ${value} (outside ${pathPrefix})`);
            continue;
          }
          const path = `/${decodeURIComponent(target.pathname.slice(pathPrefix.length))}`;
          if (path === url && target.hash && !ids.has(decodeURIComponent(target.hash.slice(1)))) {
            broken.push(`${url} -> ${value} (no such id)`);
          } else if (!existsSync(outputFile(output, path))) {
            broken.push(`${url} -> ${value}`);
          } else if (path.endsWith("/") && (element.tagName === "A" || element.tagName === "FORM")) {
            // A search form leads to its results page as surely as a link does.
            queue.push(path);
          }
        }
      }
    }
  }
  return { reached, broken, allPages };
}
