// The words the search page's script writes, in the page's language: the page carries
// them (layouts/search.11ty.ts, from the site's message table) with the locale to count in.
// @ts-check

/**
 * @typedef {object} SearchMessages
 * @property {string} locale the page's Intl locale, with its digits: `ar-u-nu-arab`
 * @property {string} searchingEarlier `{year}`: after the status line, while older periods are still searched
 * @property {string} countsSince `{year}`: beside the facets, while their counts cover the newest periods only
 * @property {string} searching
 * @property {string} failed
 * @property {string} names `{names}`
 * @property {string} none `{what}`
 * @property {Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }} found `{count}`, `{what}`
 * @property {string} query `{query}`
 * @property {string} from `{from}`
 * @property {string} to `{to}`
 * @property {string} fromTo `{from}`, `{to}`
 * @property {string} separator between the items of a list
 */

/** @param {HTMLElement} root the search page's region @returns {SearchMessages} */
export function pageMessages(root) {
  return { ...JSON.parse(root.dataset.messages ?? "{}"), locale: root.dataset.locale ?? "en" };
}

/** A message with its `{values}` filled in. @param {string} template @param {Record<string, string>} values */
export function fill(template, values) {
  return template.replace(/\{(\w+)\}/g, (whole, name) => values[name] ?? whole);
}

/** The plural form for `count`, as Intl.PluralRules picks it in the page's language. @param {SearchMessages} messages @param {number} count */
export function countText(messages, count) {
  const form = messages.found[new Intl.PluralRules(messages.locale).select(count)] ?? messages.found.other;
  return form.replace("{count}", new Intl.NumberFormat(messages.locale).format(count));
}
