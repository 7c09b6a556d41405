// Prose for synthetic articles: sentences from templates over word lists, so bodies
// vary in length and vocabulary and mention the article's own entities, as real
// stories do (search and related-story ranking depend on that).
import type { Random } from "./prng.ts";
import {
  ADVERBIALS,
  ARABIC_WORDS,
  CLAUSES,
  NOUNS,
  NUMBERS,
  OBJECTS,
  PERSIAN_WORDS,
  PERSON_ROLES,
  QUOTES,
  SUBJECTS,
  VERBS,
} from "./word-lists.ts";

export interface Mentions {
  people: readonly string[];
  organizations: readonly string[];
  places: readonly string[];
  source: string;
}

const HEADLINE_VERBS = [
  "rejects", "approves", "postpones", "welcomes", "criticises", "demands", "proposes", "suspends",
  "resumes", "signs", "denies", "confirms", "launches", "extends", "blocks", "reviews", "backs",
] as const;

const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

function pickOr(random: Random, names: readonly string[], fallback: readonly string[]): string {
  return names.length > 0 && random.chance(0.6) ? random.pick(names) : random.pick(fallback);
}

export function headline(random: Random, mentions: Mentions): string {
  const who = pickOr(random, [...mentions.people, ...mentions.organizations], SUBJECTS);
  const where = mentions.places.length > 0 && random.chance(0.5) ? ` in ${random.pick(mentions.places)}` : "";
  return capitalize(`${who} ${random.pick(HEADLINE_VERBS)} ${random.pick(OBJECTS)}${where}`);
}

function sentence(random: Random, mentions: Mentions): string {
  const subject = pickOr(random, mentions.organizations, SUBJECTS);
  const place = pickOr(random, mentions.places, ["the capital", "the north", "the south", "the province"]);
  switch (random.int(0, 5)) {
    case 0:
      return `${capitalize(subject)} ${random.pick(VERBS)} ${random.pick(OBJECTS)} ${random.pick(ADVERBIALS)}, ${mentions.source} reported.`;
    case 1: {
      const person = pickOr(random, mentions.people, SUBJECTS);
      return `${capitalize(person)}, the ${random.pick(PERSON_ROLES)}, said ${random.pick(ADVERBIALS)} that ${random.pick(CLAUSES)}.`;
    }
    case 2:
      return `According to ${subject}, ${random.pick(NUMBERS)} ${random.pick(NOUNS)} in ${place} were affected.`;
    case 3:
      return `In ${place}, ${random.pick(SUBJECTS)} ${random.pick(VERBS)} ${random.pick(OBJECTS)} ${random.pick(ADVERBIALS)}.`;
    case 4:
      return `${capitalize(random.pick(SUBJECTS))} said ${random.pick(CLAUSES)}, while ${random.pick(CLAUSES)}.`;
    default:
      return `${capitalize(random.pick(NUMBERS))} ${random.pick(NOUNS)} ${random.pick(VERBS)} ${random.pick(OBJECTS)}, ${subject} said.`;
  }
}

function countWords(text: string): number {
  let count = 1;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 32) count++;
  return count;
}

function withLink(random: Random, paragraph: string): string {
  // Link the first few words, as an editor linking "a statement" would.
  const cut = paragraph.indexOf(" ", paragraph.indexOf(" ", paragraph.indexOf(" ") + 1) + 1);
  if (cut < 0) return paragraph;
  const url = `https://example.org/${random.pick(["statement", "report", "documents", "video", "ruling"])}/${random.int(1000, 99999)}`;
  return `[${paragraph.slice(0, cut)}](${url})${paragraph.slice(cut)}`;
}

/** One English sentence, used as a summary. */
export function summarySentence(random: Random, mentions: Mentions): string {
  return sentence(random, mentions);
}

/** Markdown paragraphs totalling about `targetWords` words. */
export function englishBody(random: Random, mentions: Mentions, targetWords: number): string {
  const blocks: string[] = [];
  let words = 0;
  let quoted = false;
  while (words < targetWords) {
    if (!quoted && blocks.length >= 2 && random.chance(0.12)) {
      quoted = true;
      const speaker = pickOr(random, mentions.people, SUBJECTS);
      const quote = `> "${random.pick(QUOTES)}" ${random.pick(QUOTES)}\n>\n> — ${speaker}`;
      blocks.push(quote);
      words += countWords(quote);
      continue;
    }
    if (blocks.length >= 4 && random.chance(0.04)) {
      blocks.push(`## ${random.pick(["Background", "What comes next", "Reactions", "Context"])}`);
      continue;
    }
    const sentences: string[] = [];
    const count = random.int(2, 5);
    for (let i = 0; i < count; i++) sentences.push(sentence(random, mentions));
    let paragraph = sentences.join(" ");
    if (random.chance(0.08)) paragraph = withLink(random, paragraph);
    blocks.push(paragraph);
    words += countWords(paragraph);
  }
  return blocks.join("\n\n");
}

/** Arabic- or Persian-script paragraphs; the words carry no meaning, only realistic letters. */
export function nativeBody(random: Random, lang: "ar" | "fa", names: readonly string[], targetWords: number): string {
  const vocabulary = lang === "ar" ? ARABIC_WORDS : PERSIAN_WORDS;
  const paragraphs: string[] = [];
  let words = 0;
  while (words < targetWords) {
    const sentences: string[] = [];
    for (let s = random.int(2, 4); s > 0; s--) {
      const length = random.int(8, 16);
      const parts: string[] = [];
      for (let w = 0; w < length; w++) parts.push(names.length > 0 && random.chance(0.05) ? random.pick(names) : random.pick(vocabulary));
      sentences.push(`${parts.join(" ")}.`);
      words += length;
    }
    paragraphs.push(sentences.join(" "));
  }
  return paragraphs.join("\n\n");
}

export function nativeHeadline(random: Random, lang: "ar" | "fa", names: readonly string[]): string {
  const vocabulary = lang === "ar" ? ARABIC_WORDS : PERSIAN_WORDS;
  const parts: string[] = [];
  for (let w = random.int(5, 9); w > 0; w--) parts.push(random.pick(vocabulary));
  if (names.length > 0) parts.splice(1, 0, random.pick(names));
  return parts.join(" ");
}
