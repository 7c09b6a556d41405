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
export function editionsOf(declared: readonly DeclaredEdition[], messages: Readonly<Record<string, MessageTable>>, digits: Digits): Edition[] {
  return [...declared]
    .sort((a, b) => Number(b.path === "/") - Number(a.path === "/"))
    .map(({ lang, path, stories, title, description, ...declaredDigits }) => ({
      lang,
      path,
      stories,
      digits: declaredDigits.digits ?? digits,
      name: new Intl.DisplayNames([lang], { type: "language" }).of(lang) ?? lang,
      ...(title ? { title } : {}),
      ...(description ? { description } : {}),
      messages: messages[lang]!,
    }));
}

const sameLanguage = (a: string, b: string) => a === b || primaryLanguage(a) === primaryLanguage(b);

/**
 * Whether `edition` lists the article: every story when it lists all, else the stories in
 * its language; the edition at `/` also lists the stories in a language no edition has.
 */
export function editionLists(edition: Pick<Edition, "lang" | "path" | "stories">, article: Pick<Article, "lang">, site: Pick<SiteSettings, "language" | "editions">): boolean {
  if (edition.stories === "all") return true;
  const language = article.lang ?? site.language;
  if (sameLanguage(language, edition.lang)) return true;
  return edition.path === "/" && !site.editions.some((other) => sameLanguage(language, other.lang));
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
export function editionAlternates(site: Pick<SiteSettings, "editions" | "edition" | "language">, url: string, article?: Pick<Article, "lang">): EditionAlternate[] {
  return site.editions
    .filter((edition) => edition.path !== site.edition)
    .map((edition) => {
      const samePage = article ? editionLists(edition, article, site.editions[0] ? { ...site, language: site.editions[0].lang } : site) : IN_EVERY_EDITION.has(url);
      return { edition, href: editionLink(url, site.edition, edition.path, samePage ? url : urls.home), samePage };
    });
}
