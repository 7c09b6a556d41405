import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { countWords, createMarkdown, renderMarkdown } from "../../src/markdown.ts";
import { sha1 } from "../../src/hash.ts";

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
  it("counts the words a reader sees in the body: prose, links' text and code, not markup, alt text or raw HTML", () => {
    const source = "# Two words\n\nThe **pro-Iran** [groups](https://a.example) said `don't`.\n\n![A photo alt](/x.jpg)\n\n```\nlet x = 1\n```\n\n<div>raw html</div>";
    // Two words, five of prose (pro-Iran and don't are one each), then let, x, 1.
    assert.equal(renderMarkdown(createMarkdown({ allowHtml: true }), source).wordCount, 10);
  });
  it("digests the body it renders, so that pages showing it are fingerprinted without hashing it again", () => {
    const { html, htmlDigest } = renderMarkdown(createMarkdown({ allowHtml: false }), "A body.\n\nتقرير.");
    assert.equal(htmlDigest, sha1(html));
  });
  it("counts words in any script written with spaces, and numbers as words", () => {
    assert.equal(countWords("قال رئيس الوزراء العراقي إن القوات ستغادر"), 7);
    assert.equal(countWords("نخست‌وزیر عراق گفت"), 3, "a Persian zero-width non-joiner joins a word's parts");
    assert.equal(countWords("U.S. troops, 2500 of them, left on 3.5 — finally!"), 9);
    assert.equal(countWords("  \n "), 0);
  });
});
