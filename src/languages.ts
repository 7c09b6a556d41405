// What Annals knows of a language beyond its words: which way it is written, and which
// digits are its own, for sites that ask for numbers in them (site.yaml `digits: native`).

/** Languages written right to left, by their primary subtag. */
const RIGHT_TO_LEFT = new Set(["ar", "fa", "he", "ur", "ps", "ckb", "yi", "dv"]);

/**
 * A language's own digits, where Intl's default for the bare tag is Latin: CLDR gives `ar`
 * Latin digits by default, while Arabic-Indic ones (`arab`) are what most Arabic print uses.
 * Other languages get Intl's default for their tag (`fa`: Extended Arabic-Indic, `arabext`).
 */
const NATIVE_DIGITS: Readonly<Record<string, string>> = { ar: "arab" };

export type Direction = "ltr" | "rtl";
export type Digits = "latin" | "native";

export const primaryLanguage = (tag: string): string => tag.split("-")[0]!.toLowerCase();

export function directionOf(tag: string): Direction {
  return RIGHT_TO_LEFT.has(primaryLanguage(tag)) ? "rtl" : "ltr";
}

/** The numbering system numbers and dates are written in: `latn`, `arab`, `arabext`... */
export function numberingSystemOf(tag: string, digits: Digits): string {
  if (digits === "latin") return "latn";
  return NATIVE_DIGITS[primaryLanguage(tag)] ?? new Intl.NumberFormat(tag).resolvedOptions().numberingSystem;
}
