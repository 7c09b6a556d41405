// The /search/ page: runs the query in the browser against the Pagefind index.
// The URL holds the whole search (/search/?q=sadr&source=AFP&sort=newest), so a
// search can be shared and the back button steps through earlier ones.
// @ts-check

const PAGE_SIZE = 10;
// An article has one source and one year, so ticking two of them widens the search;
// ticking two people narrows it to stories naming both.
const EITHER_FACETS = new Set(["source", "year"]);
const FACET_VALUES_SHOWN = 10;

// The script sits at <site>/assets/search.js: the site's root, with any path prefix,
// is one folder up, and the index sits beside it.
const siteRoot = new URL("../", import.meta.url);
const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" });

/**
 * @typedef {{ q: string, sort: string, filters: Record<string, string[]> }} SearchState
 * @typedef {{ url: string, excerpt: string, content: string, meta: Record<string, string | undefined> }} ResultData
 * @typedef {{ id: string, score: number, data(): Promise<ResultData> }} Result
 * @typedef {{ results: Result[], filters: Record<string, Record<string, number>> }} SearchResponse
 */

const root = /** @type {HTMLElement} */ (document.querySelector("[data-search]"));
const form = /** @type {HTMLFormElement} */ (root.querySelector("form"));
const queryBox = /** @type {HTMLInputElement} */ (form.elements.namedItem("q"));
const status = /** @type {HTMLElement} */ (root.querySelector(".search-status"));
const list = /** @type {HTMLOListElement} */ (root.querySelector(".search-results"));
const moreButton = /** @type {HTMLButtonElement} */ (root.querySelector(".search-more"));
// The facets are the page's own (layouts/search.11ty.ts), one fieldset each.
const FACETS = [...root.querySelectorAll("[data-facet]")].map((fieldset) => /** @type {HTMLElement} */ (fieldset).dataset.facet ?? "");

/**
 * The letters readers type interchangeably (src/search/fold.ts), which the search page
 * embeds: the query is folded the way the article pages' words were at index time.
 * @type {{ letters: Record<string, string>, marks: string }}
 */
const folding = JSON.parse(root.dataset.folding ?? '{"letters":{},"marks":"[]"}');
const foldedMarks = new RegExp(folding.marks, "gu");

/** The three steps of foldForSearch in src/search/fold.ts, over the same table. @param {string} text */
function foldQuery(text) {
  let folded = "";
  for (const letter of text.normalize("NFD").replace(foldedMarks, "")) folded += folding.letters[letter] ?? letter;
  return folded.normalize("NFC");
}

/** A folded text's words, lowercase, as Pagefind splits them. @param {string} text */
const wordsOf = (text) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/**
 * A search as the URL or the form holds it: both answer get() and getAll() alike.
 * @param {URLSearchParams | FormData} fields
 * @returns {SearchState}
 */
function stateFrom(fields) {
  /** @type {Record<string, string[]>} */
  const filters = {};
  for (const facet of FACETS) {
    const values = fields.getAll(facet).map(String).filter(Boolean);
    if (values.length > 0) filters[facet] = values;
  }
  return { q: String(fields.get("q") ?? "").trim(), sort: fields.get("sort") === "newest" ? "newest" : "", filters };
}

const stateFromUrl = () => stateFrom(new URLSearchParams(location.search));
const stateFromForm = () => stateFrom(new FormData(form));

/** @param {SearchState} state */
function urlOf(state) {
  const params = new URLSearchParams();
  if (state.q) params.set("q", state.q);
  for (const [facet, values] of Object.entries(state.filters)) for (const value of values) params.append(facet, value);
  if (state.sort) params.set("sort", state.sort);
  const query = params.toString();
  return query ? `?${query}` : location.pathname;
}

/** @param {SearchState} state */
function showStateInForm(state) {
  queryBox.value = state.q;
  for (const radio of form.querySelectorAll('input[name="sort"]')) {
    const input = /** @type {HTMLInputElement} */ (radio);
    input.checked = input.value === state.sort;
  }
}

/** @param {SearchState} state */
function pagefindFilters(state) {
  /** @type {Record<string, string[] | { any: string[] }>} */
  const filters = {};
  for (const [facet, values] of Object.entries(state.filters)) {
    filters[facet] = EITHER_FACETS.has(facet) ? { any: values } : values;
  }
  return filters;
}

/**
 * Fills each facet with the values found among the results, most frequent first,
 * keeping every ticked value even when it no longer matches anything.
 * @param {SearchState} state
 * @param {Record<string, Record<string, number>>} counts
 */
function showFacets(state, counts) {
  // The lists are drawn anew, so a keyboard user's place is put back afterwards.
  const focused = document.activeElement instanceof HTMLInputElement && document.activeElement.type === "checkbox"
    ? { name: document.activeElement.name, value: document.activeElement.value }
    : undefined;
  for (const fieldset of root.querySelectorAll("[data-facet]")) {
    const facet = /** @type {HTMLElement} */ (fieldset).dataset.facet ?? "";
    const chosen = new Set(state.filters[facet] ?? []);
    const values = Object.entries(counts[facet] ?? {})
      .filter(([value, count]) => count > 0 || chosen.has(value))
      .sort(([a, countA], [b, countB]) => Number(chosen.has(b)) - Number(chosen.has(a)) || countB - countA || a.localeCompare(b));
    if (facet === "year") values.sort(([a], [b]) => b.localeCompare(a));
    const shown = values.filter(([value], i) => i < FACET_VALUES_SHOWN || chosen.has(value));
    const ul = /** @type {HTMLUListElement} */ (fieldset.querySelector("ul"));
    ul.replaceChildren(
      ...shown.map(([value, count]) => {
        const item = document.createElement("li");
        const label = document.createElement("label");
        const box = document.createElement("input");
        box.type = "checkbox";
        box.name = facet;
        box.value = value;
        box.checked = chosen.has(value);
        const countText = document.createElement("span");
        countText.className = "count";
        countText.textContent = `(${count})`;
        const name = document.createElement("span");
        name.append(`${value} `, countText);
        label.append(box, name);
        item.append(label);
        return item;
      }),
    );
    /** @type {HTMLElement} */ (fieldset).hidden = shown.length === 0;
  }
  if (focused) {
    const box = [...form.querySelectorAll('input[type="checkbox"]')].find(
      (input) => input instanceof HTMLInputElement && input.name === focused.name && input.value === focused.value,
    );
    if (box instanceof HTMLInputElement) box.focus();
  }
}

/** The folded, lowercase words of the query being shown, for explaining matches by name. */
/** @type {string[]} */
let queryWords = [];

/**
 * The entities of a result matched by one of their other names (the article page's
 * `names` field: `Name = Alias = Alias | Name = Alias`),
 * as "Name (Alias)". Shown when the excerpt holds no matched word, so a reader sees why
 * a story without the word came up.
 * @param {string | undefined} field
 * @returns {string[]}
 */
function matchedNames(field) {
  if (!field || queryWords.length === 0) return [];
  const startsWithQueryWord = (/** @type {string} */ name) =>
    wordsOf(foldQuery(name)).some((word) => queryWords.some((query) => word.startsWith(query)));
  return field.split(" | ").flatMap((entity) => {
    const [canonical = "", ...aliases] = entity.split(" = ");
    const alias = aliases.find(startsWithQueryWord);
    return alias ? [`${canonical} (${alias})`] : [];
  });
}

/** @param {ResultData} data */
function resultItem(data) {
  const item = document.createElement("li");
  item.className = "search-result";
  if (data.meta.lang) {
    // An Arabic or Persian story's headline and excerpt read right to left.
    item.lang = data.meta.lang;
    item.dir = "auto";
  }
  const heading = document.createElement("h2");
  const link = document.createElement("a");
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  heading.append(link);
  const meta = document.createElement("p");
  meta.className = "meta";
  if (data.meta.date) {
    const time = document.createElement("time");
    time.dateTime = data.meta.date;
    time.textContent = dateFormat.format(new Date(`${data.meta.date}T00:00:00Z`));
    meta.append(time);
  }
  if (data.meta.source) meta.append(data.meta.date ? ` · ${data.meta.source}` : data.meta.source);
  item.append(heading, meta);
  if (data.meta.image) {
    const image = document.createElement("img");
    image.className = "thumb";
    image.src = data.meta.image;
    // The headline beside it says what the story is; the thumbnail adds nothing to read.
    image.alt = "";
    // The narrowest file eleventy-img makes: its size, so the list does not jump as it loads.
    image.width = 400;
    image.height = 225;
    image.loading = "lazy";
    item.append(image);
  }
  const names = data.excerpt.includes("<mark>") ? [] : matchedNames(data.meta.names);
  if (names.length > 0) {
    const matched = document.createElement("p");
    matched.className = "matched-names";
    matched.textContent = `Names ${names.join(", ")}`;
    item.append(matched);
  }
  const excerpt = document.createElement("p");
  excerpt.className = "excerpt";
  // Pagefind escapes the page's text and adds only <mark> around the matched words.
  excerpt.innerHTML = `…${data.excerpt}…`;
  item.append(excerpt);
  return item;
}

/** @param {number} count @param {SearchState} state */
function statusText(count, state) {
  const what = state.q ? ` for “${state.q}”` : "";
  if (count === 0) return `No stories found${what}.`;
  return `${count.toLocaleString("en-US")} ${count === 1 ? "story" : "stories"} found${what}.`;
}

/**
 * @typedef {{ search(query: string | null, options: object): Promise<SearchResponse>, filters(): Promise<unknown>,
 *   options(options: object): Promise<void>, mergeIndex(path: string, options: object): Promise<void>, destroy(): Promise<void> }} Pagefind
 */

/**
 * @typedef {{ id: string, pages: number, hidden: Set<string> }} Bundle
 * @typedef {{ filters: Record<string, string | string[] | { any: string[] }>, sort?: object }} SearchOptions
 */

/**
 * The index is split into bundles (src/search/bundles.ts); pagefind/bundles.json lists
 * them, newest period first, with their story counts. Read again before every search
 * (it is small, and a server answers "not modified" while it is): the preview re-indexes
 * as an editor saves, and a site is published anew while readers have it open.
 * @returns {Promise<string>}
 */
async function readManifest() {
  const response = await fetch(new URL("pagefind/bundles.json", siteRoot), { cache: "no-cache" });
  if (!response.ok) throw new Error(`pagefind/bundles.json: ${response.status}`);
  return response.text();
}

/** @param {string} text @returns {Bundle[]} */
function bundlesOf(text) {
  const manifest = /** @type {{ bundles: string[], pages: number[], hidden?: Record<string, string[]> }} */ (JSON.parse(text));
  // A bundle's stale copies of stories edited or deleted since it was indexed: the
  // current page of an edited story is in the edits bundle, listed first.
  return manifest.bundles.map((id, i) => ({ id, pages: manifest.pages[i] ?? 0, hidden: new Set(manifest.hidden?.[id] ?? []) }));
}

/** The synthetic filter each bundle's pages are tagged with, to search one bundle at a time. */
const BUNDLE_FILTER = "bundle";

/**
 * Which bundle a result comes from, told by its score. Pagefind multiplies the scores of
 * an index's results by the index's `indexWeight` and says nothing else of where a result
 * came from. Each bundle is weighed by a power of two of its own, 2^(32 × slot − 976):
 * multiplying by a power of two changes a number's exponent and no digit of it, so a
 * relevance score (a positive number between 2^-16 and 2^16) lands in its bundle's band
 * of exponents, whence its bundle and its own score come back exactly. One search of the
 * merged index then answers for every bundle, where searching each bundle through its
 * filter costs as many searches again (each runs in every bundle). A score outside the
 * bands, or a count that disagrees with Pagefind's own count per bundle, makes the page
 * search each bundle alone instead. 62 bands fit in a double's exponents.
 */
const SLOT_BITS = 32;
const SLOT_BASE = -976;
const MAX_SLOTS = 62;
const slotWeight = (/** @type {number} */ slot) => 2 ** (SLOT_BITS * slot + SLOT_BASE);
/** @param {number} score */
const slotOf = (score) => (score > 0 ? Math.round((Math.log2(score) - SLOT_BASE) / SLOT_BITS) : -1);
/** Marked each time one search answered for every bundle: the browser tests check that it does. */
const SEARCHED_AT_ONCE = "annals:searched-all-bundles-at-once";

/**
 * The merged index, its bundles in the order merged, and whether each is weighed by its slot.
 * @typedef {{ pagefind: Pagefind, bundles: Bundle[], weighed: boolean }} OpenBundles
 */

/**
 * Loads the first bundle's pagefind.js and merges the others into it: one WebAssembly
 * download, run in Pagefind's web worker so that searching never blocks the page.
 * @returns {Promise<OpenBundles | undefined>}
 */
async function openBundles(/** @type {Bundle[]} */ bundles) {
  const [first, ...others] = bundles;
  if (first === undefined) return undefined;
  const base = new URL("pagefind/", siteRoot);
  /** @type {Pagefind} */
  const pagefind = await import(new URL(`${first.id}/pagefind.js`, base).href);
  const weighed = bundles.length <= MAX_SLOTS;
  /** @param {Bundle} bundle @param {number} slot */
  const options = (bundle, slot) => ({
    baseUrl: siteRoot.pathname,
    excerptLength: 24,
    mergeFilter: { [BUNDLE_FILTER]: bundle.id },
    ...(weighed ? { indexWeight: slotWeight(slot) } : {}),
  });
  await pagefind.options(options(first, 0));
  await Promise.all(others.map((bundle, i) => pagefind.mergeIndex(new URL(`${bundle.id}/`, base).pathname, options(bundle, i + 1))));
  return { pagefind, bundles, weighed };
}

/** @type {{ manifest: string, loading: ReturnType<typeof openBundles>, facetsLoaded: boolean } | undefined} */
let opened;

/**
 * The bundles the manifest lists now, merged: those already open while it is unchanged,
 * opened afresh once it changed (or when `reopen` is asked, after a search failed).
 */
async function currentBundles(reopen = false) {
  const manifest = await readManifest();
  if (opened && opened.manifest === manifest && !reopen) return opened;
  const previous = opened;
  opened = { manifest, loading: previous ? closeBundles(previous.loading).then(() => openBundles(bundlesOf(manifest))) : openBundles(bundlesOf(manifest)), facetsLoaded: false };
  return opened;
}

/** Lets go of merged bundles (and Pagefind's worker), so the next pagefind.js starts clean. @param {ReturnType<typeof openBundles>} loading */
async function closeBundles(loading) {
  const loaded = await loading.catch(() => undefined);
  await loaded?.pagefind.destroy();
}

/** BM25's weight of a word found in `containing` of `total` stories, as Pagefind computes it. */
const rarity = (/** @type {number} */ total, /** @type {number} */ containing) => Math.log((total - containing + 0.5) / (containing + 0.5) + 1);

/**
 * @typedef {{ bundle: Bundle, results: Result[], holding: Result[], containingIndexed: number }} BundleAnswer
 *   A bundle's answer: its current stories matching the reader's search, those holding
 *   the words whatever the filters, and how many of its indexed pages (stale copies too)
 *   hold them, which is what Pagefind weighed the words by.
 */

/**
 * A bundle's answer from its stories found: the current ones (not stale copies), and
 * how many it found in all.
 * @param {Bundle} bundle @param {Result[]} found @param {Result[]} holding
 * @returns {BundleAnswer}
 */
function bundleAnswer(bundle, found, holding) {
  const current = (/** @type {Result[]} */ results) => results.filter((result) => !bundle.hidden.has(result.id));
  return { bundle, results: current(found), holding: current(holding), containingIndexed: holding.length };
}

/**
 * One search's results grouped by bundle, told by their scores (see SLOT_BITS), each
 * score put back as Pagefind gave it; undefined when a score does not tell its bundle.
 * @param {Bundle[]} bundles @param {SearchResponse} response
 * @returns {Result[][] | undefined}
 */
function resultsByBundle(bundles, response) {
  /** @type {Result[][]} */
  const groups = bundles.map(() => []);
  for (const result of response.results) {
    const slot = slotOf(result.score);
    const group = groups[slot];
    if (group === undefined) return undefined;
    // The result itself is kept: Pagefind's worker lets go of its data once the result is collected.
    result.score /= slotWeight(slot);
    group.push(result);
  }
  const counts = response.filters[BUNDLE_FILTER] ?? {};
  return bundles.every((bundle, slot) => (counts[bundle.id] ?? 0) === groups[slot]?.length) ? groups : undefined;
}

/**
 * Every bundle searched at once, with the reader's filters and (when there are some)
 * with none, each result given back to its bundle by its score.
 * @param {Pagefind} pagefind @param {Bundle[]} bundles @param {string} query @param {SearchOptions} options
 * @returns {Promise<BundleAnswer[] | undefined>} undefined when a score does not tell its bundle
 */
async function searchAllBundles(pagefind, bundles, query, options) {
  const filtered = Object.keys(options.filters).length > 0;
  const [found, all] = await Promise.all([pagefind.search(query, options), filtered ? pagefind.search(query, { filters: {} }) : undefined]);
  const foundByBundle = resultsByBundle(bundles, found);
  const allByBundle = all ? resultsByBundle(bundles, all) : foundByBundle;
  if (!foundByBundle || !allByBundle) return undefined;
  return bundles.map((bundle, slot) => bundleAnswer(bundle, foundByBundle[slot] ?? [], allByBundle[slot] ?? []));
}

/**
 * Each bundle searched alone, through its synthetic filter, with the reader's filters
 * and with none (which of its stories hold the words at all): as many searches of the
 * merged index as there are bundles, for a date order or when scores do not tell bundles.
 * @param {Pagefind} pagefind @param {Bundle[]} bundles @param {string | null} query
 * @param {SearchOptions} options @param {boolean} weighed
 * @returns {Promise<BundleAnswer[]>}
 */
async function searchEachBundle(pagefind, bundles, query, options, weighed) {
  const filtered = Object.keys(options.filters).length > 0;
  return Promise.all(
    bundles.map(async (bundle, slot) => {
      const only = { [BUNDLE_FILTER]: bundle.id };
      const [found, all] = await Promise.all([
        pagefind.search(query, { ...options, filters: { ...options.filters, ...only } }),
        filtered && query ? pagefind.search(query, { filters: only }) : undefined,
      ]);
      if (weighed) for (const result of new Set([...found.results, ...(all?.results ?? [])])) result.score /= slotWeight(slot);
      return bundleAnswer(bundle, found.results, (all ?? found).results);
    }),
  );
}

/**
 * Whether a story's text (its words, title and other fields) has a word starting with
 * `word`, as Pagefind extends a word to the longer ones it starts ("Kadhim" finds "Kadhimi").
 * @param {ResultData} data @param {string} word
 */
function extendsWord(data, word) {
  const text = [data.content, ...Object.values(data.meta).map((value) => value ?? "")].join(" ");
  return wordsOf(foldQuery(text)).some((token) => token.startsWith(word));
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
 * @param {Pagefind} pagefind @param {BundleAnswer[]} answers @param {string[]} words
 * @returns {Promise<Set<string>>} the bundles that answer a word another bundle holds with a stand-in
 */
async function bundlesWithStandIns(pagefind, answers, words) {
  /** @type {Set<string>} */
  const standIns = new Set();
  for (const word of words) {
    const exact = await pagefind.search(`"${word}"`, { filters: {} });
    const holding = exact.filters[BUNDLE_FILTER] ?? {};
    // No bundle holds the word: every bundle answers as one index would.
    if (!Object.values(holding).some((count) => count > 0)) continue;
    await Promise.all(
      answers.map(async ({ bundle, holding: stories }) => {
        const best = stories[0];
        if (!best || (holding[bundle.id] ?? 0) > 0 || standIns.has(bundle.id)) return;
        if (!extendsWord(await best.data(), word)) standIns.add(bundle.id);
      }),
    );
  }
  return standIns;
}

/**
 * The reader's results, from every bundle, and the bundles they come from. By
 * relevance: Pagefind weighs a word by how rare it is within each bundle, so a passing
 * mention in a small bundle would outrank the story about it in a big one; each
 * bundle's scores are re-weighed by the word's rarity in the whole archive over its
 * rarity in the bundle. Newest first: Pagefind scores a sorted result by its place
 * within its own bundle, which would interleave the bundles; as they are periods listed
 * newest first, their sorted results follow each other.
 * @param {OpenBundles} opened @param {string | null} query @param {SearchOptions} options @param {boolean} byDate
 * @returns {Promise<{ results: Result[], answering: Bundle[] }>}
 */
async function searchBundles({ pagefind, bundles, weighed }, query, options, byDate) {
  const atOnce = weighed && query && !byDate ? await searchAllBundles(pagefind, bundles, query, options) : undefined;
  if (atOnce) performance.mark(SEARCHED_AT_ONCE);
  const answers = atOnce ?? (await searchEachBundle(pagefind, bundles, query, byDate ? { ...options, sort: { date: "desc" } } : options, weighed));
  const standIns = query ? await bundlesWithStandIns(pagefind, answers, wordsOf(query)) : new Set();
  const answering = answers.filter(({ bundle }) => !standIns.has(bundle.id));
  const bundlesAnswering = answering.map(({ bundle }) => bundle);
  if (byDate || !query) return { results: answering.flatMap(({ results }) => results), answering: bundlesAnswering };
  const total = bundles.reduce((sum, bundle) => sum + bundle.pages - bundle.hidden.size, 0);
  const containing = answering.reduce((sum, { holding }) => sum + holding.length, 0);
  const archiveRarity = rarity(total, containing);
  const results = answering
    .flatMap(({ bundle, results, containingIndexed }) => {
      const weight = archiveRarity / rarity(bundle.pages, containingIndexed);
      return results.map((result) => ({ result, score: result.score * weight }));
    })
    .sort((a, b) => b.score - a.score)
    .map(({ result }) => result);
  return { results, answering: bundlesAnswering };
}

let searchRun = 0;
/** @type {Result[]} */
let pending = [];

async function showMore() {
  const batch = pending.slice(0, PAGE_SIZE);
  pending = pending.slice(PAGE_SIZE);
  const run = searchRun;
  const items = await Promise.all(batch.map(async (result) => resultItem(await result.data())));
  if (run !== searchRun) return;
  list.append(...items);
  moreButton.hidden = pending.length === 0;
}

/** @param {SearchState} state @param {boolean} reopen */
async function runSearch(state, reopen) {
  const run = ++searchRun;
  showStateInForm(state);
  if (!state.q && Object.keys(state.filters).length === 0) {
    list.replaceChildren();
    showFacets(state, {});
    moreButton.hidden = true;
    status.textContent = "";
    return;
  }
  status.textContent = "Searching…";
  // A search with no words lists stories by date: there is no relevance to rank by.
  const byDate = state.sort === "newest" || !state.q;
  const current = await currentBundles(reopen);
  const loaded = await current.loading;
  if (run !== searchRun) return;
  if (!loaded) {
    list.replaceChildren();
    moreButton.hidden = true;
    status.textContent = statusText(0, state);
    return;
  }
  const { pagefind, bundles } = loaded;
  /** @type {SearchOptions} */
  const options = { filters: pagefindFilters(state) };
  const query = state.q ? foldQuery(state.q) : null;
  queryWords = wordsOf(query ?? "").filter((word) => word.length > 1);
  const { results, answering } = await searchBundles(loaded, query, options, byDate);
  if (run !== searchRun) return;
  list.replaceChildren();
  pending = results;
  await showMore();
  if (run !== searchRun) return;
  status.textContent = statusText(results.length, state);
  // The facet index is as large as the rest together on a big archive, so results come
  // first and the counts follow; asking again once it is loaded fills them in.
  if (!current.facetsLoaded) {
    await pagefind.filters();
    current.facetsLoaded = true;
  }
  // Counted over the bundles that answered, not those that stood a prefix in for a word.
  const counted = await pagefind.search(
    query,
    answering.length === bundles.length ? options : { ...options, filters: { ...options.filters, [BUNDLE_FILTER]: { any: answering.map((bundle) => bundle.id) } } },
  );
  if (run !== searchRun) return;
  showFacets(state, counted.filters);
}

/** @param {SearchState} state */
function search(state) {
  history.pushState(null, "", urlOf(state));
  void runOrRetry(state);
}

/**
 * Runs a search, and once more on the bundles opened afresh if it fails: a file the
 * open index names is gone when the index was replaced between the manifest's reading
 * and the search (the preview re-indexing on a save, a site published anew). A search
 * overtaken by a later one neither tries again nor reports its failure.
 * @param {SearchState} state
 */
async function runOrRetry(state) {
  for (const reopen of [false, true]) {
    const attempt = runSearch(state, reopen);
    // runSearch numbers its run before its first await.
    const run = searchRun;
    try {
      await attempt;
      return;
    } catch (error) {
      if (run !== searchRun) return;
      if (reopen) showFailure(error);
      else console.warn("Search failed; opening the index afresh.", error);
    }
  }
}

/** @param {unknown} error */
function showFailure(error) {
  status.textContent = "Search is not available right now. Please reload the page.";
  console.error(error);
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  search(stateFromForm());
});
// Facets and the order apply as soon as they change; the words wait for Enter or the button.
form.addEventListener("change", (event) => {
  if (event.target !== queryBox) search({ ...stateFromForm(), q: stateFromUrl().q });
});
moreButton.addEventListener("click", () => {
  const firstNew = list.children.length;
  showMore()
    .then(() => /** @type {HTMLElement | null} */ (list.children[firstNew]?.querySelector("a") ?? null)?.focus())
    .catch(showFailure);
});
window.addEventListener("popstate", () => void runOrRetry(stateFromUrl()));
// On a phone the facets would push the results a screen down: they start folded there.
const filters = /** @type {HTMLDetailsElement} */ (root.querySelector(".search-filters"));
if (window.matchMedia("(max-width: 60em)").matches) filters.open = false;
void runOrRetry(stateFromUrl());
