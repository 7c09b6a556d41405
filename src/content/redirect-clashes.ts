// Two articles cannot both answer at one old address, and an old address cannot be a
// live article's address: either would make the redirect overwrite a page or another
// redirect. Reported as content errors naming both files.
import type { ContentIssue } from "../errors.ts";
import type { Article } from "../types.ts";
import { redirectKey } from "./redirect-paths.ts";

type RedirectingArticle = Pick<Article, "inputPath" | "url" | "redirectFrom">;

export function redirectClashes(articles: readonly RedirectingArticle[]): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const articleAt = new Map(articles.map((article) => [redirectKey(article.url), article]));
  const claimedBy = new Map<string, RedirectingArticle>();
  for (const article of articles) {
    article.redirectFrom.forEach((path, index) => {
      const key = redirectKey(path);
      const field = `redirect_from[${index}]`;
      const live = articleAt.get(key);
      if (live && live !== article) {
        issues.push({ severity: "error", file: article.inputPath, field, message: `"${path}" is the address of ${live.inputPath}; a redirect there would hide that story. Remove it from the list.` });
        return;
      }
      const other = claimedBy.get(key);
      if (other && other !== article) {
        issues.push({ severity: "error", file: article.inputPath, field, message: `"${path}" is also in redirect_from of ${other.inputPath}; an old address can lead to one story only. Keep it in one of the two.` });
        return;
      }
      claimedBy.set(key, article);
    });
  }
  return issues;
}

/**
 * Old addresses that are the address of one of the site's own pages (a year, a feed, the
 * search page, about.md): the redirect would replace that page. `pages` maps each file the
 * site writes, besides redirects, to its URL; `fileFor` is where a redirect is written.
 */
export function redirectsOverPages(articles: readonly RedirectingArticle[], pages: ReadonlyMap<string, string>, fileFor: (path: string) => string | undefined): ContentIssue[] {
  const issues: ContentIssue[] = [];
  // A loop over the stories with old addresses, not a list made per story: the preview checks after every save.
  for (const article of articles) {
    if (article.redirectFrom.length === 0) continue;
    for (const [index, path] of article.redirectFrom.entries()) {
      const file = fileFor(path);
      const page = file === undefined ? undefined : pages.get(file);
      if (page !== undefined) issues.push({ severity: "error", file: article.inputPath, field: `redirect_from[${index}]`, message: `"${path}" is the address of the site's own page ${page}; a redirect there would replace it. Remove it from the list.` });
    }
  }
  return issues;
}
