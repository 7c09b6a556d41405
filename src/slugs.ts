// URL slugs: stable, lowercase; Latin letters lose their diacritics, other scripts keep their letters.

export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    // Strip accents from Latin letters only; Arabic and other scripts need their marks.
    .replace(/(\p{Script=Latin})\p{M}+/gu, "$1")
    .normalize("NFC")
    .toLowerCase()
    // Keep the meaning of symbols that tell names apart (OPEC, OPEC+).
    .replace(/\+/g, " plus ")
    .replace(/&/g, " and ")
    .replace(/['’ʼ`\p{Lm}]/gu, "")
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
}

/** A slug another source may legitimately use as a file or URL segment. */
export const SLUG_PATTERN = /^[\p{Ll}\p{Lo}\p{N}\p{M}]+(?:-[\p{Ll}\p{Lo}\p{N}\p{M}]+)*$/u;

/**
 * The form two spellings of one name share: case, diacritics, apostrophes and the
 * Arabic article's hyphen (`Al-Sadr`, `al Sadr`, `Al-Ṣadr`) make no difference.
 */
export function nameKey(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’ʼ`\p{Lm}]/gu, "")
    .replace(/[^\p{L}\p{N}+&]+/gu, " ")
    .trim();
}
