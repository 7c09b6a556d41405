// One article file from its parse to the story the site publishes: checked against the
// content folder and the day, its names resolved in the registry, its address made.
import type { StoryLinks } from "../body-links.ts";
import type { ArticleDate } from "../dates.ts";
import type { ContentIssue } from "../errors.ts";
import { directionOf } from "../languages.ts";
import type { RenderedMarkdown } from "../markdown.ts";
import { slugify } from "../slugs.ts";
import { perEntitySection, type Article, type Correction, type EntityType, type TagRef } from "../types.ts";
import { urls } from "../urls.ts";
import type { LoadedArticleFile } from "./article-parse.ts";
import type { DataFiles } from "./data-files.ts";
import { implausibleDates } from "./date-range.ts";
import { withCreditOnce } from "./photo-credit.ts";
import { ENTITY_LISTS, type RegisteredNames } from "./registered-names.ts";
import { checkImageReference, type ValidArticleFile } from "./validate-article.ts";

export type CheckedArticle = ValidArticleFile & { rendered: RenderedMarkdown; parsed: LoadedArticleFile };

/** One article file's issues and, when it is usable, what the archive takes of it: checked once per parse and day. */
export interface FileChecks {
  day: string;
  issues: ContentIssue[];
  valid?: CheckedArticle;
}

/** The checks of one loaded file against the content folder's images and the day of `now`. */
export function checkFile(loaded: LoadedArticleFile, inputPath: string, contentDir: string, now: Date): FileChecks {
  const imageIssue = loaded.image && checkImageReference(loaded.image, inputPath, contentDir);
  const issues = [...loaded.issues, ...(imageIssue ? [imageIssue] : []), ...(loaded.article ? implausibleDates(loaded.article, now) : [])];
  // The preview leaves out an article whose image cannot be made, as it does any broken article.
  const valid = loaded.article && loaded.rendered && !imageIssue ? { ...loaded.article, rendered: loaded.rendered, parsed: loaded } : undefined;
  return { day: now.toISOString().slice(0, 10), issues, ...(valid ? { valid } : {}) };
}


/** Articles resolved by an earlier load, reused while what they were resolved against holds. */
class ArticleMemo {
  private data: DataFiles | undefined;
  private names = "";
  private byParse = new WeakMap<LoadedArticleFile, Article>();

  resolutionFor(data: DataFiles, names: string): { article(parsed: LoadedArticleFile, resolve: () => Article): Article } {
    if (data !== this.data || names !== this.names) {
      this.data = data;
      this.names = names;
      this.byParse = new WeakMap();
    }
    const byParse = this.byParse;
    return {
      article(parsed, resolve) {
        let article = byParse.get(parsed);
        if (!article) byParse.set(parsed, (article = resolve()));
        return article;
      },
    };
  }
}
export const articleMemo = new ArticleMemo();

type Resolution = ReturnType<ArticleMemo["resolutionFor"]>;

/** A checked file as the story the site publishes: its names resolved in the registry, its address made. */
export function resolveArticle(file: CheckedArticle, registry: RegisteredNames["registry"], resolution: Resolution): Article {
  const { frontMatter: fm } = file;
  const url = urls.article(fm.date.year, fm.date.month, fm.date.day, file.slug);
  const body = file.rendered;
  const entitiesOf = (list: (typeof ENTITY_LISTS)[number][0], type: EntityType) => [
    ...new Map((fm.entities?.[list] ?? []).map((name) => registry.entity(name, type)).map((e) => [e.url, e])).values(),
  ];
  const language = fm.lang?.toLowerCase();
  return resolution.article(file.parsed, (): Article => ({
    inputPath: file.inputPath,
    slug: file.slug,
    url,
    title: fm.title,
    date: fm.date,
    ...(fm.updated ? { updated: fm.updated } : {}),
    corrections: corrections(fm.corrections ?? []),
    modified: lastChange(fm.date, fm.updated, fm.corrections ?? []),
    source: registry.source(fm.source),
    ...(fm.source_url ? { sourceUrl: fm.source_url } : {}),
    ...(fm.author ? { author: fm.author } : {}),
    summary: fm.summary ?? body.firstParagraph,
    ...(fm.image ? { image: withCreditOnce(fm.image) } : {}),
    ...perEntitySection((type, list) => entitiesOf(list, type)),
    tags: [...new Map((fm.tags ?? []).map(tagRef).map((tag) => [tag.url, tag])).values()],
    ...(language ? { lang: fm.lang } : {}),
    dir: language ? directionOf(language) : "ltr",
    draft: fm.draft ?? false,
    redirectFrom: fm.redirect_from ?? [],
    html: body.html,
    bodyDigest: body.htmlDigest,
    wordCount: body.wordCount,
  }));
}

/** Each checked file's body links, made once: the preview checks a story's links again only when they are new objects. */
const storyLinks = new WeakMap<CheckedArticle, StoryLinks | undefined>();

/** A story's body links, as broken-links.ts checks them; undefined when it has none. */
export function linksOf(file: CheckedArticle): StoryLinks | undefined {
  if (storyLinks.has(file)) return storyLinks.get(file);
  const { inputPath, bodyLine, frontMatter, rendered } = file;
  const links = rendered.links.length === 0 ? undefined : { file: inputPath, draft: frontMatter.draft ?? false, links: rendered.links.map((link) => ({ href: link.href, line: bodyLine + link.line })) };
  storyLinks.set(file, links);
  return links;
}

/** Corrections oldest first. */
const corrections = (list: readonly Correction[]): Correction[] => [...list].sort((a, b) => a.date.epoch - b.date.epoch);

/** The newest of a story's dates: when it last changed. */
function lastChange(date: ArticleDate, updated: ArticleDate | undefined, list: readonly Correction[]): ArticleDate {
  return [updated, ...list.map((correction) => correction.date)].reduce<ArticleDate>((latest, next) => (next && next.epoch > latest.epoch ? next : latest), date);
}

function tagRef(name: string): TagRef {
  const slug = slugify(name);
  return { name, slug, url: urls.tag(slug) };
}
