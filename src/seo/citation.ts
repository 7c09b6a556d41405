// What reference managers read of a story: the Highwire Press `citation_*` tags in its
// head (Zotero's embedded-metadata translator and Google Scholar read them) and a
// CSL-JSON item (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html),
// the form Citation.js turns into BibTeX, RIS and styled references. Both say what the
// NewsArticle JSON-LD says: the same title, date, outlet and address.
import type { ArticleDate } from "../dates.ts";
import type { Article, SiteSettings } from "../types.ts";
import { absoluteUrl } from "../urls.ts";

type DateParts = { "date-parts": [[number, number, number]] };

/** A story as a CSL-JSON item. */
export interface CslItem {
  id: string;
  type: "article-newspaper";
  title: string;
  /** The outlet, where the story first appeared. */
  "container-title": string;
  publisher: string;
  author?: { literal: string }[];
  issued: DateParts;
  /** The archive's copy: what a reader of the archive cites. */
  URL: string;
  /** The archive, and the date it published its copy. */
  archive: string;
  "available-date": DateParts;
  language: string;
  abstract: string;
  /** Where and when the archive published its copy, and the original story's address when known: BibTeX and RIS have no field of their own for these. */
  note: string;
}

const dateParts = (date: ArticleDate): DateParts => ({ "date-parts": [[date.year, date.month, date.day]] });

export function cslItem(site: SiteSettings, article: Article): CslItem {
  return {
    id: article.slug,
    type: "article-newspaper",
    title: article.title,
    "container-title": article.source.name,
    publisher: article.source.name,
    // As written: "Jane Doe" or "Staff and agencies" would be split wrongly into family and given names.
    ...(article.author ? { author: [{ literal: article.author }] } : {}),
    issued: dateParts(article.date),
    URL: absoluteUrl(site, article.url),
    archive: site.title,
    // The archive publishes its copy under the date the story carries.
    "available-date": dateParts(article.date),
    language: article.lang ?? site.language,
    abstract: article.summary,
    note: `Archived by ${site.title} on ${article.date.display}${article.sourceUrl ? `. Original: ${article.sourceUrl}` : ""}`,
  };
}

const pad = (n: number) => String(n).padStart(2, "0");
const highwireDate = (date: ArticleDate) => `${date.year}/${pad(date.month)}/${pad(date.day)}`;

/** The `citation_*` meta tags, name and content, in the order Google Scholar's guidelines list them. */
export function citationTags(site: SiteSettings, article: Article): [name: string, content: string][] {
  return [
    ["citation_title", article.title],
    ...(article.author ? [["citation_author", article.author] as [string, string]] : []),
    ["citation_publication_date", highwireDate(article.date)],
    ["citation_online_date", highwireDate(article.date)],
    ["citation_journal_title", article.source.name],
    ["citation_publisher", article.source.name],
    ["citation_language", article.lang ?? site.language],
    ["citation_public_url", absoluteUrl(site, article.url)],
    ["citation_abstract", article.summary],
  ];
}
