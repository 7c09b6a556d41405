// Draws what a search found: the results, their facets with counts, the status line.
// @ts-check
import { countText, fill, pageMessages } from "./messages.js";

/**
 * @typedef {import("./state.js").SearchState} SearchState
 * @typedef {import("./worker.js").Shown} Shown
 * @typedef {import("./worker.js").Progress} Progress
 * @typedef {import("./messages.js").SearchMessages} Messages
 */

/** A message with its `{year}` filled in. @param {string} template @param {string} year */
export const withYear = (template, year) => template.replaceAll("{year}", year);

const FACET_VALUES_SHOWN = 10;
const messages = pageMessages(/** @type {HTMLElement} */ (document.querySelector("[data-search]")));
// Dates as the site writes them, in the Gregorian calendar whatever the language's own.
const dateFormat = new Intl.DateTimeFormat(messages.locale, { dateStyle: "long", timeZone: "UTC", calendar: "gregory" });
const numberFormat = new Intl.NumberFormat(messages.locale);

/**
 * Fills each facet with the values found among the results, most frequent first,
 * keeping every ticked value even when it no longer matches anything.
 * @param {HTMLElement} root the search page's region, holding its form and facets
 * @param {SearchState} state
 * @param {Record<string, Record<string, number>>} counts
 * @param {boolean} [approximate] the counts still include stories an excluded word took away (too many to read)
 */
export function showFacets(root, state, counts, approximate = false) {
  const note = /** @type {HTMLElement | null} */ (root.querySelector(".search-counts-note"));
  if (note) note.hidden = !approximate;
  const form = /** @type {HTMLFormElement} */ (root.querySelector("form"));
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
        const countLabel = document.createElement("span");
        countLabel.className = "count";
        countLabel.textContent = `(${numberFormat.format(count)})`;
        const name = document.createElement("span");
        // A facet's value is a name from the stories, in whichever script they write it.
        name.dir = "auto";
        name.append(`${value} `, countLabel);
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

/** @param {Shown} data */
export function resultItem(data) {
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
  if (data.names.length > 0) {
    const matched = document.createElement("p");
    matched.className = "matched-names";
    matched.textContent = fill(messages.names, { names: data.names.join(messages.separator) });
    item.append(matched);
  }
  const excerpt = document.createElement("p");
  excerpt.className = "excerpt";
  // Pagefind escapes the page's text and adds only <mark> around the matched words.
  excerpt.innerHTML = `…${data.excerpt}…`;
  item.append(excerpt);
  return item;
}

/**
 * The status line: what was found, and, while the older periods are still being searched,
 * how far back the search has got.
 * @param {number} count @param {SearchState} state @param {Progress} progress @param {Messages} messages
 */
export function statusText(count, state, progress, messages) {
  const found = foundText(count, state);
  return progress.complete ? found : `${found} ${withYear(messages.searchingEarlier, progress.since)}`;
}

/** @param {number} count @param {SearchState} state */
function foundText(count, state) {
  const range = state.from && state.to ? fill(messages.fromTo, { from: state.from, to: state.to }) : state.from ? fill(messages.from, { from: state.from }) : state.to ? fill(messages.to, { to: state.to }) : "";
  const what = `${state.q ? fill(messages.query, { query: state.q }) : ""}${range}`;
  return fill(count === 0 ? messages.none : countText(messages, count), { what });
}

/** The status line's other words: while searching, and when search cannot run. */
export const statusWords = { searching: messages.searching, failed: messages.failed };
