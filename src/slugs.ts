// URL slugs: stable, lowercase; Latin letters lose their diacritics, other scripts keep their letters.

/**
 * `convert`, computed once per distinct text for the life of the process: an archive
 * names the same few thousand entities, outlets and tags tens of thousands of times
 * (measured: 0.6 s of a 10,000-story load went to normalising the same names again).
 */
function oncePerText(convert: (text: string) => string): (text: string) => string {
  const done = new Map<string, string>();
  return (text) => {
    let result = done.get(text);
    if (result === undefined) done.set(text, (result = convert(text)));
    return result;
  };
}

export const slugify = oncePerText((text) =>
  text
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
    .replace(/^-+|-+$/g, ""),
);

/** A slug another source may legitimately use as a file or URL segment. */
export const SLUG_PATTERN = /^[\p{Ll}\p{Lo}\p{N}\p{M}]+(?:-[\p{Ll}\p{Lo}\p{N}\p{M}]+)*$/u;

/**
 * The form two spellings of one name share: case, diacritics, apostrophes and the
 * Arabic article's hyphen (`Al-Sadr`, `al Sadr`, `Al-Ṣadr`) make no difference.
 */
export const nameKey = oncePerText((name) =>
  name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’ʼ`\p{Lm}]/gu, "")
    .replace(/[^\p{L}\p{N}+&]+/gu, " ")
    .trim(),
);
