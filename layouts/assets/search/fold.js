// Folds a query, and a story's text, as the article pages' words were folded at index time
// (src/search/fold.ts), with the table the search page embeds; splits a text into words as
// Pagefind does.
// @ts-check

/**
 * The letters readers type interchangeably, and the marks dropped (src/search/fold.ts).
 * @typedef {{ letters: Record<string, string>, marks: string }} FoldingTable
 * @typedef {(text: string) => string} Fold
 */

/**
 * The three steps of foldForSearch in src/search/fold.ts, over the same table.
 * @param {FoldingTable} table @returns {Fold}
 */
export function folder(table) {
  const marks = new RegExp(table.marks, "gu");
  return (text) => {
    let folded = "";
    for (const letter of text.normalize("NFD").replace(marks, "")) folded += table.letters[letter] ?? letter;
    return folded.normalize("NFC");
  };
}

/** A folded text's words, lowercase, as Pagefind splits them. @param {string} text */
export const wordsOf = (text) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/**
 * The entities of a story matched by one of their other names (the article page's
 * `names` field: `Name = Alias = Alias | Name = Alias`), as "Name (Alias)": shown when
 * the excerpt holds no matched word, so a reader sees why a story without the word came up.
 * @param {string | undefined} field @param {readonly string[]} queryWords the folded, lowercase words searched @param {Fold} fold
 * @returns {string[]}
 */
export function matchedNames(field, queryWords, fold) {
  if (!field || queryWords.length === 0) return [];
  const startsWithQueryWord = (/** @type {string} */ name) => wordsOf(fold(name)).some((word) => queryWords.some((query) => word.startsWith(query)));
  return field.split(" | ").flatMap((entity) => {
    const [canonical = "", ...aliases] = entity.split(" = ");
    const alias = aliases.find(startsWithQueryWord);
    return alias ? [`${canonical} (${alias})`] : [];
  });
}
