// A built site's article pages as the search planner sees them, read back from disk
// (the benchmark compares index layouts on one built site without rebuilding it), and
// the layouts named on a command line.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import type { ArticleDate } from "../dates.ts";
import { defaultBundleLayout, type BundleLayout, type PlannedArticle } from "../search/bundle-plan.ts";

const ARTICLE_PAGE = /^(\d{4})\/(\d{2})\/(\d{2})\/([^/]+)\/index\.html$/;

/** Every /YYYY/MM/DD/<slug>/ page under `siteDir`, dated by its URL. */
export function articlesOnDisk(siteDir: string): PlannedArticle[] {
  const articles: PlannedArticle[] = [];
  for (const file of readdirSync(siteDir, { recursive: true, encoding: "utf8" })) {
    const match = ARTICLE_PAGE.exec(file.split("\\").join("/"));
    if (!match) continue;
    const [, year, month, day, slug] = match;
    const iso = `${year}-${month}-${day}`;
    const date: ArticleDate = { iso, display: iso, year: Number(year), month: Number(month), day: Number(day), epoch: Date.parse(`${iso}T00:00:00Z`), hasTime: false };
    articles.push({ url: `/${year}/${month}/${day}/${slug}/`, date });
  }
  return articles;
}

/** `single`, `year`, `period:N`, or `default` (what a build of `articleCount` stories uses). */
export function parseLayout(text: string, articleCount: number): BundleLayout {
  if (text === "default") return defaultBundleLayout(articleCount);
  if (text === "single" || text === "year") return { kind: text };
  const period = /^period:(\d+)$/.exec(text);
  if (period) return { kind: "period", maxArticles: Number(period[1]) };
  throw new Error(`A search layout is "single", "year", "default" or "period:N" (N stories at most per bundle), got "${text}".`);
}

export function layoutName(layout: BundleLayout): string {
  return layout.kind === "period" ? `period:${layout.maxArticles}` : layout.kind;
}

/** Joins `siteDir` and a URL path. */
export const pagePath = (siteDir: string, url: string) => join(siteDir, url, "index.html");
