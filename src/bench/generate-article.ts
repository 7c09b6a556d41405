// One synthetic article: front-matter and markdown body, as an editor would write it.
// Strings are written as JSON, which is valid double-quoted YAML, so no title or
// name can break the front-matter.
import type { Random } from "./prng.ts";
import type { SyntheticEntity, SyntheticSource } from "./generate-registry.ts";
import { englishBody, headline, nativeBody, nativeHeadline, summarySentence, type Mentions } from "./generate-text.ts";
import { TAGS } from "./word-lists.ts";

export interface ArticleChoices {
  random: Random;
  /** A calendar day, `YYYY-MM-DD`, in the article's own time zone. */
  day: string;
  source: SyntheticSource;
  entities: readonly SyntheticEntity[];
  tags: readonly string[];
  lang?: "ar" | "fa";
}

export interface GeneratedArticle {
  /** Headline in English, from which the file name (the slug) is made. */
  slugSource: string;
  text: string;
}

const OFFSETS = ["+03:00", "+03:30", "+04:00", "+02:00", "+01:00", "Z", "-05:00"] as const;
const AUTHORS = ["Jane Doe", "Sami Karam", "Laura Finch", "Omar Bakri", "Nadia Saab", "Peter Holm"] as const;

const q = (text: string): string => JSON.stringify(text);
const list = (items: readonly string[]): string => `[${items.map(q).join(", ")}]`;
const pad2 = (n: number): string => String(n).padStart(2, "0");

/** An entity as an article names it: usually its name, sometimes an alias. */
function spelling(random: Random, entity: SyntheticEntity, lang: ArticleChoices["lang"]): string {
  if (lang && entity.nativeName && random.chance(0.5)) return entity.nativeName;
  const latinAliases = entity.aliases.filter((alias) => alias !== entity.nativeName);
  return latinAliases.length > 0 && random.chance(0.15) ? random.pick(latinAliases) : entity.name;
}

function dateValue(random: Random, day: string): string {
  if (!random.chance(0.15)) return day;
  return `${day}T${pad2(random.int(5, 22))}:${pad2(random.int(0, 59))}:00${random.pick(OFFSETS)}`;
}

function laterDay(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

export function generateArticle(choices: ArticleChoices): GeneratedArticle {
  const { random, day, source, lang } = choices;
  const named = { person: [] as string[], organization: [] as string[], place: [] as string[] };
  for (const entity of choices.entities) named[entity.type].push(spelling(random, entity, lang));
  const mentions: Mentions = { people: named.person, organizations: named.organization, places: named.place, source: source.name };

  const english = headline(random, mentions);
  const nativeNames = choices.entities.flatMap((entity) => (entity.nativeName ? [entity.nativeName] : []));
  const title = lang ? nativeHeadline(random, lang, nativeNames) : english;
  const lines = ["---", `title: ${q(title)}`, `date: ${dateValue(random, day)}`];
  const sourceName = source.aliases.length > 0 && random.chance(0.1) ? random.pick(source.aliases) : source.name;
  lines.push(`source: ${q(sourceName)}`);
  if (random.chance(0.4)) lines.push(`source_url: https://example.org/${source.name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}/${day.replace(/-/g, "/")}/${random.int(10000, 999999)}`);
  if (random.chance(0.3)) lines.push(`author: ${q(random.pick(AUTHORS))}`);
  if (!lang && random.chance(0.5)) lines.push(`summary: ${q(summarySentence(random, mentions))}`);
  if (choices.entities.length > 0) {
    lines.push("entities:");
    if (named.person.length > 0) lines.push(`  people: ${list(named.person)}`);
    if (named.organization.length > 0) lines.push(`  organizations: ${list(named.organization)}`);
    if (named.place.length > 0) lines.push(`  places: ${list(named.place)}`);
  }
  if (choices.tags.length > 0) lines.push(`tags: ${list(choices.tags)}`);
  if (lang) lines.push(`lang: ${lang}`);
  if (random.chance(0.05)) lines.push(`updated: ${laterDay(day, random.int(1, 5))}`);
  lines.push("---");

  const words = random.int(400, 900);
  const body = lang ? nativeBody(random, lang, nativeNames, words) : englishBody(random, mentions, words);
  return { slugSource: english, text: `${lines.join("\n")}\n${body}\n` };
}

export function pickTags(random: Random, zipf: (random: Random) => number): string[] {
  const tags = new Set<string>();
  for (let n = random.int(0, 4); n > 0; n--) tags.add(TAGS[zipf(random)]!);
  return [...tags];
}
