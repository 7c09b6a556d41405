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

/** An entity's folded names, made once per entity: the same names come back in many stories, often in Arabic script. */
const foldedNames = new WeakMap<EntityRef, readonly string[]>();
function foldedNamesOf(entity: EntityRef): readonly string[] {
  let variants = foldedNames.get(entity);
  if (!variants) foldedNames.set(entity, (variants = foldedVariants([entity.name, ...entity.aliases].join(" "))));
  return variants;
}

/**
 * The folded spellings that differ from the words as written, space-separated, in order of
 * first use in the title, summary, body text and then every name; "" for most English stories.
 */
export function foldedField(article: Pick<Article, "title" | "summary" | "html" | "people" | "organizations" | "places">): string {
  const body = article.html.replace(/<[^>]*>/g, " ");
  const variants = new Set(foldedVariants([article.title, article.summary, body].join(" ")));
  for (const entity of entitiesOf(article)) for (const variant of foldedNamesOf(entity)) variants.add(variant);
  return [...variants].join(" ");
}

