// Citing a story on the built sample archive in Chromium: the reference styles and the
// files a reader downloads, and the citation on the printed page.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { Cite } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { sampleInBrowser } from "../helpers/served-sample.ts";

const SEED = "2021/07/28/iraq-militias-welcome-end-of-combat-mission/";
const TITLE = "Pro-Iran groups welcome end of US combat mission";

/** The text of every page of a PDF, as pdf.js reads it. */
async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdf = await getDocument({ data: bytes, useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const content = await (await pdf.getPage(number)).getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str : "")).join(""));
  }
  return pages.join("\n");
}

describe("citing a story on the built site", () => {
  const served = sampleInBrowser();

  it("shows the story in APA and Harvard style once a reader opens Cite, with BibTeX, RIS and CSL-JSON to download", async () => {
    const page = await served.browser.newPage();
    await page.goto(`${served.site.url}${SEED}`);
    assert.equal(await page.locator(".cite-styles").isVisible(), false, "nothing is loaded before the reader asks");
    await page.locator("details.cite summary").click();
    await page.locator("details.cite[data-cited]").waitFor();
    const styles = await page.locator(".cite-styles figure").allTextContents();
    assert.equal(styles.length, 2);
    assert.match(styles[0]!, new RegExp(`^APA\\s*${TITLE}\\. \\(2021, July 28\\)\\. AFP\\.`));
    assert.match(styles[1]!, /^Harvard\s*AFP \(2021\)/);
    const downloads = await page.locator(".cite-downloads a").evaluateAll((links) => links.map((link) => [link.textContent, link.getAttribute("download")]));
    assert.deepEqual(downloads.map(([label]) => label), ["BibTeX", "RIS", "CSL-JSON"]);
    // What a download saves: the BibTeX file read back with Citation.js.
    const bibtex = await page.locator(".cite-downloads a", { hasText: "BibTeX" }).evaluate(async (link) => (await fetch((link as HTMLAnchorElement).href)).text());
    const [entry] = new Cite(bibtex).data;
    assert.equal(entry?.["title"], TITLE);
    assert.equal(entry?.["container-title"], "AFP");
    assert.deepEqual((entry?.["issued"] as { "date-parts": number[][] })["date-parts"][0], [2021, 7, 28]);
    await page.close();
  });

  it("prints the story with its citation and the archive's address", async () => {
    const page = await served.browser.newPage();
    await page.goto(`${served.site.url}${SEED}`);
    // pdf.js joins a PDF's lines without a space, so words are compared without their spaces.
    const printed = (await pdfText(new Uint8Array(await page.pdf({ format: "A4" })))).replace(/\s+/g, "");
    const expected = `${TITLE} · AFP · July 28, 2021 · Archived by Annals at https://annals.example.org/${SEED}`;
    assert.ok(printed.includes(expected.replace(/\s+/g, "")), printed.slice(-400));
    assert.ok(!printed.includes("Downloadthecitation"), "the downloads are left off paper");
    await page.close();
  });
});
