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
 *   options(options: object): Promise<void>, mergeIndex(path: string, options: object): Promise<void> }} Pagefind
 */

/**
 * @typedef {{ id: string, pages: number, hidden: Set<string> }} Bundle
 * @typedef {{ filters: Record<string, string | string[] | { any: string[] }>, sort?: object }} SearchOptions
 */

/**
 * The index is split into bundles (src/search/bundles.ts); pagefind/bundles.json lists
 * them, newest period first, with their story counts. Asked afresh each visit, so the
 * preview's re-indexed bundles are found.
 * @returns {Promise<Bundle[]>}
 */
async function listBundles() {
  const response = await fetch(new URL("pagefind/bundles.json", siteRoot), { cache: "no-cache" });
  if (!response.ok) throw new Error(`pagefind/bundles.json: ${response.status}`);
  const manifest = /** @type {{ bundles: string[], pages: number[], hidden?: Record<string, string[]> }} */ (await response.json());
  // A bundle's stale copies of stories edited or deleted since it was indexed: the
  // current page of an edited story is in the edits bundle, listed first.
  return manifest.bundles.map((id, i) => ({ id, pages: manifest.pages[i] ?? 0, hidden: new Set(manifest.hidden?.[id] ?? []) }));
}

/** The synthetic filter each bundle's pages are tagged with, to search one bundle at a time. */
const BUNDLE_FILTER = "bundle";

/**
 * Loads the first bundle's pagefind.js and merges the others into it: one WebAssembly
 * download, run in Pagefind's web worker so that searching never blocks the page.
 * @returns {Promise<{ pagefind: Pagefind, bundles: Bundle[] } | undefined>}
 */
async function openBundles() {
  const bundles = await listBundles();
  const [first, ...others] = bundles;
  if (first === undefined) return undefined;
  const base = new URL("pagefind/", siteRoot);
  /** @type {Pagefind} */
  const pagefind = await import(new URL(`${first.id}/pagefind.js`, base).href);
  const options = { baseUrl: siteRoot.pathname, excerptLength: 24 };
  await pagefind.options({ ...options, mergeFilter: { [BUNDLE_FILTER]: first.id } });
  await Promise.all(
    others.map((bundle) => pagefind.mergeIndex(new URL(`${bundle.id}/`, base).pathname, { ...options, mergeFilter: { [BUNDLE_FILTER]: bundle.id } })),
  );
  return { pagefind, bundles };
}

/** @type {ReturnType<typeof openBundles> | undefined} */
let pagefindLoading;
const loadPagefind = () => (pagefindLoading ??= openBundles());

/** BM25's weight of a word found in `containing` of `total` stories, as Pagefind computes it. */
const rarity = (/** @type {number} */ total, /** @type {number} */ containing) => Math.log((total - containing + 0.5) / (containing + 0.5) + 1);

/**
 * @typedef {{ bundle: Bundle, results: Result[], holding: Result[], containingIndexed: number }} BundleAnswer
 *   A bundle's answer: its current stories matching the reader's search, those holding
 *   the words whatever the filters, and how many of its indexed pages (stale copies too)
 *   hold them, which is what Pagefind weighed the words by.
 */

/**
 * Each bundle searched alone, through its synthetic filter, with the reader's filters
 * and with none (which of its stories hold the words at all).
 * @param {Pagefind} pagefind @param {Bundle[]} bundles @param {string | null} query @param {SearchOptions} options
 * @returns {Promise<BundleAnswer[]>}
 */
async function searchEachBundle(pagefind, bundles, query, options) {
  const filtered = Object.keys(options.filters).length > 0;
  return Promise.all(
    bundles.map(async (bundle) => {
      const only = { [BUNDLE_FILTER]: bundle.id };
      const [found, all] = await Promise.all([
        pagefind.search(query, { ...options, filters: { ...options.filters, ...only } }),
        filtered && query ? pagefind.search(query, { filters: only }) : undefined,
      ]);
      const current = (/** @type {Result[]} */ results) => results.filter((result) => !bundle.hidden.has(result.id));
      const holding = (all ?? found).results;
      return { bundle, results: current(found.results), holding: current(holding), containingIndexed: holding.length };
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
 * @param {Pagefind} pagefind @param {Bundle[]} bundles @param {string | null} query
 * @param {SearchOptions} options @param {boolean} byDate
 * @returns {Promise<{ results: Result[], answering: Bundle[] }>}
 */
async function searchBundles(pagefind, bundles, query, options, byDate) {
  const answers = await searchEachBundle(pagefind, bundles, query, byDate ? { ...options, sort: { date: "desc" } } : options);
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

/** @param {SearchState} state */
async function runSearch(state) {
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
  const loaded = await loadPagefind();
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
  const { results, answering } = await searchBundles(pagefind, bundles, query, options, byDate);
  if (run !== searchRun) return;
  list.replaceChildren();
  pending = results;
  await showMore();
  if (run !== searchRun) return;
  status.textContent = statusText(results.length, state);
  // The facet index is as large as the rest together on a big archive, so results come
  // first and the counts follow; asking again once it is loaded fills them in.
  if (!facetsLoaded) {
    await pagefind.filters();
    facetsLoaded = true;
  }
  // Counted over the bundles that answered, not those that stood a prefix in for a word.
  const counted = await pagefind.search(
    query,
    answering.length === bundles.length ? options : { ...options, filters: { ...options.filters, [BUNDLE_FILTER]: { any: answering.map((bundle) => bundle.id) } } },
  );
  if (run !== searchRun) return;
  showFacets(state, counted.filters);
}

let facetsLoaded = false;

/** @param {SearchState} state */
function search(state) {
  history.pushState(null, "", urlOf(state));
  runSearch(state).catch(showFailure);
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
window.addEventListener("popstate", () => runSearch(stateFromUrl()).catch(showFailure));
// On a phone the facets would push the results a screen down: they start folded there.
const filters = /** @type {HTMLDetailsElement} */ (root.querySelector(".search-filters"));
if (window.matchMedia("(max-width: 60em)").matches) filters.open = false;
runSearch(stateFromUrl()).catch(showFailure);
