// The editions of a site (site.yaml `editions:`): which stories each lists, and what every
// page knows of the others, for its language switcher and its hreflang alternates.
import { primaryLanguage, type Digits } from "./languages.ts";
import type { MessageTable } from "./messages/table.ts";
import { ENTITY_TYPES, type Article, type Edition, type SiteSettings } from "./types.ts";
import { editionLink, urls } from "./urls.ts";

interface DeclaredEdition {
  lang: string;
  digits?: Digits | undefined;
  path: string;
  stories: "own" | "all";
  title?: string | undefined;
  description?: string | undefined;
}

/** The declared editions with their messages and names, the one at `/` first. */
export function editionsOf(declared: readonly DeclaredEdition[], messages: Readonly<Record<string, MessageTable>>, siteDigits: Digits): Edition[] {
  return [...declared]
    .sort((a, b) => Number(b.path === "/") - Number(a.path === "/"))
    .map(({ lang, path, stories, title, description, digits }) => ({
      lang,
      path,
      stories,
      digits: digits ?? siteDigits,
      name: new Intl.DisplayNames([lang], { type: "language" }).of(lang) ?? lang,
      ...(title ? { title } : {}),
      ...(description ? { description } : {}),
      messages: messages[lang]!,
    }));
}

const sameLanguage = (a: string, b: string) => a === b || primaryLanguage(a) === primaryLanguage(b);

/**
 * Whether `edition` lists the article: every story when it lists all, else the stories in
 * its language (a story without `lang` is in the language of the edition at `/`, the
 * site's); the edition at `/` also lists the stories in a language no edition has.
 */
export function editionLists(edition: Pick<Edition, "lang" | "path" | "stories">, article: Pick<Article, "lang">, editions: readonly Pick<Edition, "lang">[]): boolean {
  if (edition.stories === "all") return true;
  const language = article.lang ?? editions[0]?.lang ?? edition.lang;
  if (sameLanguage(language, edition.lang)) return true;
  return edition.path === "/" && !editions.some((other) => sameLanguage(language, other.lang));
}

/** Pages every edition has, at the same address within it. */
const IN_EVERY_EDITION = new Set<string>([
  urls.home,
  urls.archive,
  urls.entities,
  urls.sources,
  urls.tags,
  urls.search,
  urls.corrections,
  ...ENTITY_TYPES.flatMap((type) => [urls.entityIndex(type), urls.entityIndexByCount(type)]),
]);

export interface EditionAlternate {
  edition: Edition;
  /** The link from the page: relative, across editions. */
  href: string;
  /** The same page in the edition's language (an hreflang alternate), rather than the edition's home. */
  samePage: boolean;
}

/**
 * The page at `url` (within its edition) in every other edition: the same page where that
 * edition has it (a page every edition has, or a story it lists), else its home.
 */
export function editionAlternates(site: Pick<SiteSettings, "editions" | "edition">, url: string, article?: Pick<Article, "lang">): EditionAlternate[] {
  return site.editions
    .filter((edition) => edition.path !== site.edition)
    .map((edition) => {
      const samePage = article ? editionLists(edition, article, site.editions) : IN_EVERY_EDITION.has(url);
      return { edition, href: editionLink(url, site.edition, edition.path, samePage ? url : urls.home), samePage };
    });
}
