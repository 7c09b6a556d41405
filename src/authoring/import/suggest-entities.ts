// Who and what a story names: every registry name or alias found in the text, then the
// people, organisations and places the compromise NLP library finds, titles stripped,
// each looked up in the registry first (by name, alias or unique surname) so it lands on
// its canonical entity; an unknown name is typed by its own words where they say.
import nlp from "compromise";
import { nameKey } from "../../slugs.ts";
import { ENTITY_SECTIONS, type EntityType } from "../../types.ts";
import type { KnownNames } from "../known-names.ts";
import { registeredEntity, typeFromCues, withoutTitles } from "./entity-names.ts";

export type EntityLists = Record<(typeof ENTITY_SECTIONS)[EntityType], string[]>;

export interface EntitySuggestions {
  /** In the registry: safe to file the story under. */
  registered: EntityLists;
  /** Found by the NLP library only: for an editor to confirm. */
  unregistered: EntityLists;
}

// compromise reads about 13,000 words a second on the development machine (a 1,400-word
// story took 106 ms, its first 250 words 15 to 23 ms): over a 50,000-post export that is
// the difference between hours and minutes. A news story introduces the people and bodies
// it is about in its first two or three paragraphs, and the registry is still matched
// against the whole text, so names beyond the limit that the registry knows are filed.
const NLP_WORD_LIMIT = 200;

function leadWords(text: string, limit: number): string {
  const words = text.split(/(?<=\s)/);
  return words.length <= limit ? text : words.slice(0, limit).join("");
}

const emptyLists = (): EntityLists => ({ people: [], organizations: [], places: [] });

function cleanName(text: string): string {
  return text
    .replace(/[’']s$/u, "")
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}+)]+$/gu, "")
    .trim();
}

export function suggestEntities(text: string, known: KnownNames): EntitySuggestions {
  const registered = emptyLists();
  const unregistered = emptyLists();
  const seen = new Set<string>();
  const add = (lists: EntityLists, type: EntityType, name: string) => {
    const key = `${type}:${nameKey(name)}`;
    if (seen.has(key)) return;
    seen.add(key);
    lists[ENTITY_SECTIONS[type]].push(name);
  };

  const haystack = ` ${nameKey(text)} `;
  for (const [spelling, entity] of known.entityNames()) {
    const key = nameKey(spelling);
    if (key.length >= 2 && haystack.includes(` ${key} `)) add(registered, entity.type, entity.name);
  }

  const document = nlp(leadWords(text, NLP_WORD_LIMIT));
  const found: [EntityType, string[]][] = [
    ["person", document.people().out("array") as string[]],
    ["organization", document.organizations().out("array") as string[]],
    ["place", document.places().out("array") as string[]],
  ];
  for (const [guessed, names] of found) {
    for (const written of names.map(cleanName)) {
      // "Imam Ali Brigades" is an organisation's whole name: titles are a person's.
      const cue = typeFromCues(written);
      const name = cue ? written : cleanName(withoutTitles(written));
      if (name.length <= 1) continue;
      const entity = known.entity(written) ?? registeredEntity(name, known);
      if (entity) add(registered, entity.type, entity.name);
      else add(unregistered, cue ?? guessed, name);
    }
  }
  return { registered, unregistered };
}
