// Writes a new article file where the archive expects it, never over an existing one.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { Document, visit } from "yaml";
import type { ArticleDate } from "../dates.ts";
import { pad2, year4 } from "../dates.ts";
import { displayPath } from "../display-path.ts";
import { AnnalsError } from "../errors.ts";
import { slugify } from "../slugs.ts";
import { urls } from "../urls.ts";
import { createWholeFile } from "../whole-file.ts";

/** Slugs past this length are cut at a word boundary: a URL is not a headline. */
const SLUG_MAX = 72;

export function slugForTitle(title: string): string {
  const slug = slugify(title);
  if (slug.length <= SLUG_MAX) return slug;
  const cut = slug.slice(0, SLUG_MAX + 1);
  return cut.slice(0, cut.lastIndexOf("-") > 0 ? cut.lastIndexOf("-") : SLUG_MAX);
}

export interface ArticleLocation {
  /** Absolute path of the markdown file. */
  file: string;
  /** Where it is published on the site. */
  url: string;
}

export function articleLocation(contentDir: string, date: ArticleDate, slug: string): ArticleLocation {
  return {
    file: join(contentDir, "articles", year4(date.year), pad2(date.month), `${slug}.md`),
    url: urls.article(date.year, date.month, date.day, slug),
  };
}

/**
 * Front-matter as YAML, keys in the order of the reference in docs/authoring.md, followed by
 * commented-out lines an author can fill in.
 */
export function articleText(fields: Record<string, unknown>, body: string, commentedLines: readonly string[] = []): string {
  const present = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
  // Plain scalars where YAML allows them (the library quotes a title with a colon
  // itself), and lists on one line as in docs/authoring.md: `people: [Joe Biden]`.
  const document = new Document(present);
  visit(document, { Seq: (_key, node) => void (node.flow = true) });
  const yaml = document.toString({ lineWidth: 0, flowCollectionPadding: false });
  return `---\n${yaml}${commentedLines.map((line) => `${line}\n`).join("")}---\n${body.trim()}\n`;
}

/** Creates the file whole (a killed command never leaves half of it); an existing file is never touched. */
export function writeNewArticle(location: ArticleLocation, text: string): void {
  try {
    createWholeFile(location.file, (temporary) => writeFileSync(temporary, text));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    throw new AnnalsError(
      `${displayPath(location.file)} already exists and was left as it was. Edit that file, or give this story another headline or a --slug.`,
    );
  }
}
