import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createMarkdown, renderMarkdown } from "../../src/markdown.ts";

describe("article markdown", () => {
  it("escapes raw HTML unless the site turns it on", () => {
    const source = `<script>alert(1)</script>\n\n<b>bold</b>`;
    assert.doesNotMatch(renderMarkdown(createMarkdown({ allowHtml: false }), source).html, /<script>|<b>/);
    assert.match(renderMarkdown(createMarkdown({ allowHtml: true }), source).html, /<b>bold<\/b>/);
  });
  it("never emits a javascript: link", () => {
    const { html } = renderMarkdown(createMarkdown({ allowHtml: false }), "[click](javascript:alert(1)) <javascript:alert(1)>");
    assert.doesNotMatch(html, /href="javascript:/i);
  });
  it("takes the first paragraph's plain text for the summary", () => {
    const { firstParagraph } = renderMarkdown(createMarkdown({ allowHtml: false }), "# Heading\n\nFirst **bold** [link](https://a.example) `code`.\n\nSecond.");
    assert.equal(firstParagraph, "First bold link code.");
  });
});
