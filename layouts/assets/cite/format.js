// A story's citation in the forms readers ask for, written by Citation.js from the
// CSL-JSON item the article page carries (src/seo/citation.ts): two reference styles
// and the files reference managers import. Loaded only when a reader opens "Cite this
// story": Citation.js and its style engine are about 150 KB after gzip.
// @ts-check
import { Cite } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";
import "@citation-js/plugin-csl";

/**
 * The styles Citation.js ships (Chicago's CSL style is not on the npm registry, where
 * Annals gets its packages): CSL template name and what readers call it.
 */
export const STYLES = [
  { template: "apa", name: "APA" },
  { template: "harvard1", name: "Harvard" },
];

/**
 * @typedef {{ label: string, fileName: string, mediaType: string, text: string }} CitationFile
 * @typedef {{ name: string, html: string }} StyledCitation
 */

/**
 * RIS as first specified, whose Y1 carries the whole date and A1 the author (for a
 * newspaper story Citation.js's current-spec output keeps only the year and drops an
 * author given as written), one line a field: Citation.js's own text wraps lines at 70
 * characters, which breaks a long address in two.
 * @param {import("@citation-js/core").Cite} cite
 */
function risText(cite) {
  const records = cite.format("ris", { spec: "old", format: "object" });
  return records
    .map(({ TY, ...fields }) => {
      const lines = Object.entries(fields).flatMap(([tag, value]) => (Array.isArray(value) ? value : [value]).map((line) => `${tag}  - ${line}`));
      return [`TY  - ${TY}`, ...lines, "ER  - "].join("\r\n");
    })
    .join("\r\n\r\n")
    .concat("\r\n");
}

/** @param {{ id: string }} item a CSL-JSON item @returns {{ styles: StyledCitation[], files: CitationFile[] }} */
export function citationsOf(item) {
  const cite = new Cite(item);
  return {
    styles: STYLES.map(({ template, name }) => ({ name, html: cite.format("bibliography", { template, lang: "en-US", format: "html" }) })),
    files: [
      { label: "BibTeX", fileName: `${item.id}.bib`, mediaType: "application/x-bibtex", text: cite.format("bibtex") },
      { label: "RIS", fileName: `${item.id}.ris`, mediaType: "application/x-research-info-systems", text: risText(cite) },
    ],
  };
}
