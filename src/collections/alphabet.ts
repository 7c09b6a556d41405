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

export function alphabeticalSections<T>(items: readonly T[], nameOf: (item: T) => string): LetterSection<T>[] {
  const sorted = [...items].sort((a, b) => nameOf(a).localeCompare(nameOf(b), "en", { sensitivity: "base" }));
  const sections = new Map<string, T[]>();
  for (const item of sorted) {
    const letter = firstLetter(nameOf(item));
    sections.set(letter, [...(sections.get(letter) ?? []), item]);
  }
  return [...sections].map(([letter, list]) => ({ letter, id: `letter-${letter === "#" ? "0-9" : letter.toLowerCase()}`, items: list }));
}
