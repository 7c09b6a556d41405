// Synthetic outlets and entities for content/_data: thousands of distinct names whose
// every spelling (name and aliases) is unique under Annals' name matching, because
// an alias claimed twice is a content error.
import { nameKey } from "../slugs.ts";
import type { Random } from "./prng.ts";
import {
  FIRST_NAMES,
  LAST_NAMES,
  ORG_PATTERNS,
  ORG_SUBJECTS,
  OUTLETS,
  PERSON_ROLES,
  PLACE_KINDS,
  PLACE_SYLLABLES,
} from "./word-lists.ts";

export type EntityKind = "person" | "organization" | "place";

export interface SyntheticEntity {
  name: string;
  type: EntityKind;
  aliases: string[];
  description: string;
  links: string[];
  /** An Arabic-script spelling among the aliases, used by Arabic and Persian articles. */
  nativeName?: string;
}

export interface SyntheticSource {
  name: string;
  url: string;
  description: string;
  aliases: string[];
}

export interface RegistryCounts {
  people: number;
  organizations: number;
  places: number;
}

export const DEFAULT_COUNTS: RegistryCounts = { people: 900, organizations: 550, places: 550 };

const capitalize = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/** Another common romanisation; returns the name unchanged when none applies. */
function transliterate(word: string): string {
  return word.replace(/ou/g, "u").replace(/ee/g, "i").replace(/ss/g, "s").replace(/^Mo/, "Mu").replace(/q/g, "k");
}

function webSlug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}

/** Claims spellings so that no two entities (or one entity twice) share a matching key. */
class SpellingBook {
  private readonly taken = new Set<string>();
  claim(spelling: string): boolean {
    const key = nameKey(spelling);
    if (key === "" || this.taken.has(key)) return false;
    this.taken.add(key);
    return true;
  }
}

function aliasesFrom(book: SpellingBook, candidates: readonly string[]): string[] {
  return candidates.filter((candidate) => book.claim(candidate));
}

function makePeople(random: Random, count: number, book: SpellingBook): SyntheticEntity[] {
  const people: SyntheticEntity[] = [];
  // Walking a shuffled grid of first x last names gives unique names without retries.
  const total = FIRST_NAMES.length * LAST_NAMES.length;
  const stride = 617; // coprime with 2,500, so the walk visits every pair once
  for (let i = 0; people.length < count && i < total; i++) {
    const cell = (i * stride + 11) % total;
    const [first, firstAr] = FIRST_NAMES[cell % FIRST_NAMES.length]!;
    const [last, lastAr] = LAST_NAMES[Math.floor(cell / FIRST_NAMES.length)]!;
    const withArticle = random.chance(0.35);
    const name = withArticle ? `${first} Al-${last}` : `${first} ${last}`;
    if (!book.claim(name)) continue;
    const role = random.pick(PERSON_ROLES);
    const nativeName = `${firstAr} ${lastAr}`;
    const candidates = [
      `${first.charAt(0)}. ${last}`,
      ...(random.chance(0.5) ? [`${capitalize(role)} ${last}`] : []),
      ...(random.chance(0.4) ? [`${transliterate(first)} ${transliterate(last)}`] : []),
      nativeName,
    ];
    const aliases = aliasesFrom(book, candidates);
    people.push({
      name,
      type: "person",
      aliases,
      description: `A ${role} frequently quoted in regional news.`,
      links: random.chance(0.3) ? [`https://en.wikipedia.org/wiki/${name.replace(/ /g, "_")}`] : [],
      ...(aliases.includes(nativeName) ? { nativeName } : {}),
    });
  }
  return people;
}

function placeName(random: Random): string {
  const syllables = random.int(2, 3);
  let word = "";
  for (let i = 0; i < syllables; i++) word += random.pick(PLACE_SYLLABLES);
  return capitalize(word);
}

function makePlaces(random: Random, count: number, book: SpellingBook): SyntheticEntity[] {
  const places: SyntheticEntity[] = [];
  while (places.length < count) {
    const base = placeName(random);
    const name = `${base}${random.pick(PLACE_KINDS)}`;
    if (!book.claim(name)) continue;
    const aliases = aliasesFrom(book, [
      ...(random.chance(0.6) ? [`Al-${base}`] : []),
      ...(random.chance(0.4) ? [base.replace(/a/, "e")] : []),
      ...(random.chance(0.3) ? [`${base}abad`] : []),
    ]);
    places.push({ name, type: "place", aliases, description: `A place in the region, often in the news.`, links: [] });
  }
  return places;
}

function makeOrganizations(random: Random, count: number, book: SpellingBook, places: readonly SyntheticEntity[]): SyntheticEntity[] {
  const organizations: SyntheticEntity[] = [];
  while (organizations.length < count) {
    const pattern = random.pick(ORG_PATTERNS);
    const place = random.pick(places).name.replace(/ (Province|District|Valley|Port|Crossing)$/, "");
    const name = pattern.replace("{X}", place).replace("{Y}", random.pick(ORG_SUBJECTS));
    if (!book.claim(name)) continue;
    const initials = name.split(/\s+/).filter((word) => /^[A-Z]/.test(word)).map((word) => word.charAt(0)).join("");
    const aliases = aliasesFrom(book, [
      ...(initials.length >= 3 && random.chance(0.7) ? [initials] : []),
      ...(random.chance(0.4) ? [`The ${name}`] : []),
    ]);
    organizations.push({ name, type: "organization", aliases, description: `An organisation that appears in the archive's stories.`, links: [] });
  }
  return organizations;
}

export function makeEntities(random: Random, counts: RegistryCounts = DEFAULT_COUNTS): SyntheticEntity[] {
  const book = new SpellingBook();
  const people = makePeople(random, counts.people, book);
  const places = makePlaces(random, counts.places, book);
  const organizations = makeOrganizations(random, counts.organizations, book, places);
  return [...people, ...organizations, ...places];
}

export function makeSources(random: Random): SyntheticSource[] {
  return OUTLETS.map((name) => ({
    name,
    url: `https://www.${webSlug(name)}.example/`,
    description: `News outlet ${name}.`,
    aliases: random.chance(0.4) && !/News|Times|Online/.test(name) ? [`${name} News`] : [],
  }));
}
