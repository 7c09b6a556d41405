// Letters readers type interchangeably, folded to one spelling for search. Pagefind
// already matches what Unicode decomposition settles (the hamza forms of alef, waw and
// yeh; Arabic short vowels, shadda and sukun; Latin accents: `Ṣadr` finds `Sadr`), but
// compares the rest as written: Persian and Arabic yeh and kaf are different letters to
// it, as are teh marbuta and heh, alef wasla and alef, alef maksura and yeh, and a
// word stretched with tatweel is not the word. tests/browser/search-names-and-spellings.test.ts
// shows both in Chromium, tests/unit/search-fold.test.ts the table.
//
// This table is the one place the folding is defined: the article page indexes the
// folded spelling of its words beside the text (layouts/article.11ty.ts), and the
// search page embeds the table (layouts/search.11ty.ts) for its script to fold the query.

/** Each letter that has a canonical spelling, and that spelling ("" drops it). */
export const FOLDED_LETTERS: Readonly<Record<string, string>> = {
  "\u06CC": "\u064A", // ی Persian yeh → ي
  "\u0649": "\u064A", // ى alef maksura → ي
  "\u06D2": "\u064A", // ے yeh barree → ي
  "\u06A9": "\u0643", // ک Persian keheh → ك
  "\u06AA": "\u0643", // ڪ swash kaf → ك
  "\u0629": "\u0647", // ة teh marbuta → ه
  "\u06D5": "\u0647", // ە ae → ه; also ۀ heh with yeh above, which decomposes into ە and hamza
  "\u06C1": "\u0647", // ہ heh goal → ه
  "\u06BE": "\u0647", // ھ heh doachashmee → ه
  "\u0671": "\u0627", // ٱ alef wasla → ا
  "\u0640": "", // ـ tatweel, a stretch of the line that is no letter
};

// Combining marks: Latin accents once decomposed, and Arabic harakat, shadda, sukun,
// hamza above and below, superscript alef and Quranic marks. Stripped after NFD, which
// splits أ إ آ ؤ ئ into letter and mark. Other scripts' marks (Devanagari vowel signs)
// are letters in all but name, so they stay.
const MARK_CLASS = "[\\u0300-\\u036F\\u0610-\\u061A\\u064B-\\u065F\\u0670\\u06D6-\\u06ED]";
const MARKS = new RegExp(MARK_CLASS, "gu");

/** What the search page needs to fold a query exactly as foldForSearch does. */
export interface SearchFolding {
  letters: Readonly<Record<string, string>>;
  /** A regular expression character class (source) of the marks dropped after NFD. */
  marks: string;
}

export const SEARCH_FOLDING: SearchFolding = { letters: FOLDED_LETTERS, marks: MARK_CLASS };

/**
 * The spelling search compares: decomposed, marks dropped, interchangeable letters
 * folded. layouts/assets/search/fold.js repeats these three steps over SEARCH_FOLDING.
 */
export function foldForSearch(text: string): string {
  let folded = "";
  for (const letter of text.normalize("NFD").replace(MARKS, "")) folded += FOLDED_LETTERS[letter] ?? letter;
  return folded.normalize("NFC");
}

const WORD = /[\p{L}\p{N}\p{M}\u0640]+/gu;
/**
 * A letter the table folds, or an Arabic-block letter that decomposes into one (ۀ into ە
 * and hamza): beyond what Pagefind settles, only these change a word.
 */
const FOLDABLE = (() => {
  const folded = Object.keys(FOLDED_LETTERS);
  const arabic = Array.from({ length: 0x100 }, (_, i) => String.fromCodePoint(0x0600 + i));
  const letters = arabic.filter((letter) => folded.some((key) => letter.normalize("NFD").includes(key)));
  return new RegExp(`[${[...new Set([...folded, ...letters])].join("")}]`, "u");
})();

/**
 * The folded spellings of the words in `text` that folding changes beyond what Pagefind
 * settles by itself, once each, in order of first use: indexed beside the page so that
 * a folded query finds it, while the text a reader sees stays as written.
 */
export function foldedVariants(text: string): string[] {
  // Most stories hold no letter the table folds: they are not looked at word by word
  // (which took 40% of writing a 10,000-story archive).
  if (!FOLDABLE.test(text)) return [];
  const variants = new Set<string>();
  for (const [word] of text.matchAll(WORD)) {
    if (!FOLDABLE.test(word)) continue;
    const pagefindSpelling = word.normalize("NFD").replace(MARKS, "").toLowerCase();
    const folded = foldForSearch(word).toLowerCase();
    if (folded !== pagefindSpelling.normalize("NFC")) variants.add(folded);
  }
  return [...variants];
}
