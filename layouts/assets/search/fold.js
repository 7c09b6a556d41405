// Folds a query as the article pages' words were folded at index time (src/search/fold.ts),
// with the table the search page embeds, and splits a text into words as Pagefind does.
// @ts-check

const root = /** @type {HTMLElement} */ (document.querySelector("[data-search]"));

/**
 * The letters readers type interchangeably (src/search/fold.ts), which the search page
 * embeds: the query is folded the way the article pages' words were at index time.
 * @type {{ letters: Record<string, string>, marks: string }}
 */
const folding = JSON.parse(root.dataset.folding ?? '{"letters":{},"marks":"[]"}');
const foldedMarks = new RegExp(folding.marks, "gu");

/** The three steps of foldForSearch in src/search/fold.ts, over the same table. @param {string} text */
export function foldQuery(text) {
  let folded = "";
  for (const letter of text.normalize("NFD").replace(foldedMarks, "")) folded += folding.letters[letter] ?? letter;
  return folded.normalize("NFC");
}

/** A folded text's words, lowercase, as Pagefind splits them. @param {string} text */
export const wordsOf = (text) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
