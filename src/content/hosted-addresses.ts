// The addresses of a site's own pages (content/about.md, content/<name>.11ty.ts), as
// Eleventy gives them, found without running Eleventy: for `npm run check`, which builds
// nothing and must stay quick. A build takes them from Eleventy itself (hosted-pages.ts).
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import matter from "gray-matter";

/** Folders of content/ that hold no pages of their own. */
const NOT_PAGES = new Set(["articles", "_data", "_includes", "images", "node_modules"]);
const TEMPLATE = /\.(md|html|11ty\.ts|11ty\.js)$/;

/** Eleventy's default address: `about.md` -> `/about/`, `index.md` -> `/`, `a/b.md` -> `/a/b/`. */
function defaultAddress(file: string): string {
  const path = file.replace(TEMPLATE, "").replace(/(^|\/)index$/, "");
  return path === "" ? "/" : `/${path}/`;
}

/** A markdown or HTML page's `permalink:`, when it is a plain address; undefined to take the default, null for no page. */
function permalinkOf(path: string): string | null | undefined {
  if (!/\.(md|html)$/.test(path)) return undefined;
  try {
    const { permalink } = matter(readFileSync(path, "utf8")).data as { permalink?: unknown };
    if (permalink === false) return null;
    if (typeof permalink !== "string" || permalink.includes("{")) return undefined;
    return `/${permalink.replace(/^\/+/, "").replace(/index\.html$/, "")}`;
  } catch {
    // A page that does not parse is Eleventy's to report, in a build.
    return undefined;
  }
}

/** Template files below `dir` (relative to `root`), leaving out the folders that hold no pages. */
function templatesUnder(root: string, dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name.startsWith(".") || entry.name.startsWith("_") || (dir === root && NOT_PAGES.has(entry.name))) return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return templatesUnder(root, path);
    return entry.isFile() && TEMPLATE.test(entry.name) ? [relative(root, path).split(sep).join("/")] : [];
  });
}

export function hostedPageAddresses(contentDir: string): string[] {
  return templatesUnder(contentDir, contentDir).flatMap((file) => {
    const permalink = permalinkOf(join(contentDir, file));
    return permalink === null ? [] : [permalink ?? defaultAddress(file)];
  });
}
