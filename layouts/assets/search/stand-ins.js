// The bundles that answer a word they lack with a prefix of it: Pagefind answers a word
// an index lacks with the longest prefix of it that the index holds.
// @ts-check
import { BUNDLE_FILTER } from "./bundle-slots.js";
import { wordsOf } from "./fold.js";

/**
 * @typedef {import("./pagefind-api").Pagefind} Pagefind
 * @typedef {import("./pagefind-api").ResultData} ResultData
 * @typedef {import("./bundle-answers.js").BundleAnswer} BundleAnswer
 * @typedef {import("./fold.js").Fold} Fold
 */

/**
 * Whether a story's text (its words, title and other fields) has a word starting with
 * `word`, as Pagefind extends a word to the longer ones it starts ("Kadhim" finds "Kadhimi").
 * @param {ResultData} data @param {string} word @param {Fold} fold
 */
function extendsWord(data, word, fold) {
  const text = [data.content, ...Object.values(data.meta).map((value) => value ?? "")].join(" ");
  return wordsOf(fold(text)).some((token) => token.startsWith(word));
}

/**
 * Pagefind answers a word an index lacks with the longest prefix of it that the index
 * holds ("zqxw" finds every "Z." in a bundle without "zqxw"), and weighs that stand-in
 * like the word itself. One index would only do so for a word the archive lacks; with
 * bundles, a word held by one bundle comes back from all the others as unrelated
 * stories, ranked above the real match (a story edited in the preview, alone in its
 * bundle, sank below them). A quoted search, which Pagefind never answers with a stand-in,
 * counts the stories holding each word per bundle; a bundle holding none that answers
 * anyway either extends the word or stands a prefix in for it, and its best story's
 * text tells which.
 *
 * `everyWordHeld` says whether each word is held by one of the bundles searched: when the
 * index is merged in part, the results of a word none of them holds depend on the bundles
 * not merged yet (a stand-in from these, or the word itself from those).
 * @param {Pagefind} pagefind @param {BundleAnswer[]} answers @param {string[]} words @param {Fold} fold
 * @returns {Promise<{ standIns: Set<string>, everyWordHeld: boolean }>} `standIns`: the bundles that answer a word another bundle holds with a stand-in
 */
export async function bundlesWithStandIns(pagefind, answers, words, fold) {
  /** @type {Set<string>} */
  const standIns = new Set();
  let everyWordHeld = true;
  for (const word of words) {
    const exact = await pagefind.search(`"${word}"`, { filters: {} });
    const holding = exact.filters[BUNDLE_FILTER] ?? {};
    // No bundle holds the word: every bundle answers as one index would.
    if (!Object.values(holding).some((count) => count > 0)) {
      everyWordHeld = false;
      continue;
    }
    await Promise.all(
      answers.map(async ({ bundle, holding: stories }) => {
        const best = stories[0];
        if (!best || (holding[bundle.id] ?? 0) > 0 || standIns.has(bundle.id)) return;
        if (!extendsWord(await best.data(), word, fold)) standIns.add(bundle.id);
      }),
    );
  }
  return { standIns, everyWordHeld };
}
