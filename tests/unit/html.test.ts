import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { html, trustedHtml } from "../../src/html.ts";

describe("the html template tag", () => {
  it("escapes every interpolated string", () => {
    const title = `<script>alert("x")</script> & 'quotes'`;
    assert.equal(
      html`<h1 title="${title}">${title}</h1>`.toString(),
      `<h1 title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;</h1>`,
    );
  });
  it("prints nested templates and trusted markup as they are", () => {
    assert.equal(html`<p>${html`<b>${"<i>"}</b>`}${trustedHtml("<em>ok</em>")}</p>`.toString(), "<p><b>&lt;i&gt;</b><em>ok</em></p>");
  });
  it("joins lists and skips empty values", () => {
    assert.equal(html`<ul>${["a", "<b>"].map((x) => html`<li>${x}</li>`)}${undefined}${false}${null}</ul>`.toString(), "<ul><li>a</li><li>&lt;b&gt;</li></ul>");
  });
});
