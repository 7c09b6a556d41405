// What an article page gives the search index beyond its visible text, in fields
// Pagefind searches (it searches metadata since 1.5) but the results never display as
// text: every name the registry knows for the entities the article names, and the
// folded spelling of its words (fold.ts). The alias table reaches the browser only
// with the results it explains, never whole.
import type { Article, EntityRef } from "../types.ts";
import { foldedVariants } from "./fold.ts";

/** Pagefind meta keys, read back by the search page (layouts/assets/search/render.js). */
export const NAMES_FIELD = "names";
export const FOLDED_FIELD = "folded";

// The field's own separators; a name holding one is written with a space instead.
const BETWEEN_ENTITIES = " | ";
const BETWEEN_NAMES = " = ";
const SEPARATORS = /[|=]/g;

function entitiesOf(article: Pick<Article, "people" | "organizations" | "places">): EntityRef[] {
  return [...article.people, ...article.organizations, ...article.places];
}

/**
 * `Daesh = ISIS = Islamic State | Moqtada Al-Sadr = Muqtada al-Sadr`: each named entity
 * that has other names, canonical name first. Entities without aliases are left out:
 * their one name is already in the page's list of names.
 */
export function entityNamesField(article: Pick<Article, "people" | "organizations" | "places">): string {
  return entitiesOf(article)
    .filter((entity) => entity.aliases.length > 0)
    .map((entity) => [entity.name, ...entity.aliases].map((name) => name.replace(SEPARATORS, " ")).join(BETWEEN_NAMES))
    .join(BETWEEN_ENTITIES);
}

/** The article's words as a reader sees them: title, summary, body text and every name. */
function searchableText(article: Pick<Article, "title" | "summary" | "html" | "people" | "organizations" | "places">): string {
  const body = article.html.replace(/<[^>]*>/g, " ");
  const names = entitiesOf(article).flatMap((entity) => [entity.name, ...entity.aliases]);
  return [article.title, article.summary, body, ...names].join(" ");
}

/** The folded spellings that differ from the words as written, space-separated; "" for most English stories. */
export function foldedField(article: Pick<Article, "title" | "summary" | "html" | "people" | "organizations" | "places">): string {
  return foldedVariants(searchableText(article)).join(" ");
}

