// A-Z sections for index pages: names grouped under their first letter, accents aside.

export interface LetterSection<T> {
  letter: string;
  /** Fragment id for the jump links. */
  id: string;
  items: T[];
}

export function firstLetter(name: string): string {
  const letter = name.normalize("NFKD").replace(/\p{M}/gu, "").match(/[\p{L}\p{N}]/u)?.[0] ?? "#";
  return /\p{N}/u.test(letter) ? "#" : letter.toLocaleUpperCase("en");
}

/** One collator for every comparison: `localeCompare` with options builds a new one each call. */
const byName = new Intl.Collator("en", { sensitivity: "base" });

export function alphabeticalSections<T>(items: readonly T[], nameOf: (item: T) => string): LetterSection<T>[] {
  const sorted = [...items].sort((a, b) => byName.compare(nameOf(a), nameOf(b)));
  const sections = new Map<string, T[]>();
  for (const item of sorted) {
    const letter = firstLetter(nameOf(item));
    const section = sections.get(letter);
    if (section) section.push(item);
    else sections.set(letter, [item]);
  }
  return [...sections].map(([letter, list]) => ({ letter, id: `letter-${letter === "#" ? "0-9" : letter.toLowerCase()}`, items: list }));
}
