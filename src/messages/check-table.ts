// A message table read at run time (a site's own language, content/_data/messages/xx.yaml)
// checked against the English one: every key there, text where English has text, a form
// for every plural category the language has, and no value English does not give.
import type { ContentIssue } from "../errors.ts";
import { en } from "./en.ts";
import type { MessageKey, MessageTable } from "./table.ts";

const PLACEHOLDER = /\{(\w+)\}/g;
const placeholders = (text: string) => new Set([...text.matchAll(PLACEHOLDER)].map((match) => match[1]!));
const englishText = (value: string | { other: string }) => (typeof value === "string" ? value : value.other);

export interface CheckedTable {
  table?: MessageTable;
  issues: ContentIssue[];
}

/**
 * `entries`: the file's messages over those of the table Annals ships for the language,
 * if any (so a site may reword a few messages of a shipped language, and must give all of
 * a new one). Each problem names the file, the key and what is expected.
 */
export function checkMessageTable(entries: Readonly<Record<string, unknown>>, language: string, file: string, lineOf: (key: string) => number | undefined = () => undefined): CheckedTable {
  const issues: ContentIssue[] = [];
  const problem = (key: string, message: string, severity: ContentIssue["severity"] = "error") => {
    const line = lineOf(key);
    issues.push({ severity, file, field: key, message, ...(line === undefined ? {} : { line }) });
  };
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  for (const key of Object.keys(en) as MessageKey[]) {
    const english = en[key];
    const value = entries[key];
    if (value === undefined) {
      problem(key, `is missing: the "${language}" table needs every message Annals shows. In English: "${englishText(english)}".`);
      continue;
    }
    const forms: Record<string, unknown> = typeof english === "string" ? { text: value } : typeof value === "object" && value !== null ? { ...value } : {};
    if (typeof english === "string" && typeof value !== "string") {
      problem(key, `expected one piece of text, like the English "${english}".`);
      continue;
    }
    if (typeof english !== "string") {
      const missing = categories.filter((category) => typeof forms[category] !== "string");
      if (typeof value !== "object" || value === null || missing.length > 0) {
        problem(key, `expected a form for each plural category of "${language}" (${categories.join(", ")}); ${missing.length === categories.length ? "got none" : `missing ${missing.join(", ")}`}. In English: "${english.other}".`);
        continue;
      }
    }
    const allowed = placeholders(englishText(english));
    for (const [form, text] of Object.entries(forms)) {
      if (typeof text !== "string") continue;
      for (const name of placeholders(text)) {
        if (!allowed.has(name)) problem(key, `${form === "text" ? "" : `form "${form}": `}{${name}} is no value of this message; it has ${allowed.size === 0 ? "none" : [...allowed].map((n) => `{${n}}`).join(", ")}.`);
      }
    }
  }
  for (const key of Object.keys(entries)) {
    if (!(key in en)) problem(key, "is no message Annals shows; it is left out.", "warning");
  }
  if (issues.some((issue) => issue.severity === "error")) return { issues };
  // Every key of English is there with its kind of value, as checked above.
  return { table: Object.fromEntries(Object.keys(en).map((key) => [key, entries[key]])) as MessageTable, issues };
}
