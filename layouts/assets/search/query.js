// What a reader types, as an analyst would: "a quoted phrase" matches the phrase (Pagefind
// reads the quotes itself), and a word or a quoted phrase after a minus leaves out the
// stories containing it.
// @ts-check

/**
 * @typedef {{ positive: string, excluded: string[] }} ParsedQuery
 * `positive`: the query Pagefind is asked, phrases still quoted; `excluded`: each term after a minus, as a quoted phrase.
 */

// A quoted phrase, or a run of other characters; either may follow a minus.
const TERM = /(-?)(?:"([^"]*)"?|(\S+))/gu;

/** @param {string} query @returns {ParsedQuery} */
export function parseQuery(query) {
  /** @type {string[]} */
  const positive = [];
  /** @type {string[]} */
  const excluded = [];
  for (const [, minus, phrase, word] of query.matchAll(TERM)) {
    const text = (phrase ?? word ?? "").trim();
    // A minus standing alone asks for nothing.
    if (!text || text === "-") continue;
    // Only a minus before a term excludes it: "al-Sadr" is one word.
    if (minus) excluded.push(`"${text}"`);
    else positive.push(phrase === undefined ? text : `"${text}"`);
  }
  return { positive: positive.join(" "), excluded };
}
