import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { htmlToMarkdown } from "../../src/authoring/import/html-to-markdown.ts";
import { wordpressHtml } from "../../src/authoring/import/wordpress-html.ts";
import { wordpressDate } from "../../src/authoring/import/wxr-import.ts";
import { readWxr } from "../../src/authoring/import/wxr-reader.ts";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, tempDir } from "../helpers/site.ts";

const markdownOf = (content: string) => htmlToMarkdown(wordpressHtml(content).html);

describe("WordPress post bodies", () => {
  it("makes paragraphs of blank lines and line breaks of bare newlines, as WordPress shows them", () => {
    assert.equal(markdownOf("One line\nanother line\n\nSecond paragraph."), "One line  \nanother line\n\nSecond paragraph.");
  });

  it("leaves block elements alone and drops block-editor comments", () => {
    assert.equal(markdownOf("<!-- wp:heading --><h2>Background</h2><!-- /wp:heading -->\n\n<ul><li>one</li></ul>"), "## Background\n\n- one");
  });

  it("turns [caption] into the image and an italic caption line", () => {
    const md = markdownOf('[caption id="a" width="300"]<a href="https://x.org/big.jpg"><img src="https://x.org/a.jpg" alt="Soldiers" /></a> Soldiers at Taji.[/caption]');
    assert.match(md, /\[!\[Soldiers\]\(https:\/\/x\.org\/a\.jpg\)\]\(https:\/\/x\.org\/big\.jpg\)\n\n_Soldiers at Taji\._/);
  });

  it("links embeds, expands galleries from the attachments, drops page-builder tags but keeps their text, leaves brackets in prose", () => {
    const { html, droppedShortcodes } = wordpressHtml(
      '[embed]https://youtu.be/x[/embed]\n\n[gallery ids="7"]\n\n[vc_row]Kept text [sic] and [1].[/vc_row]\n\n[audio src="https://x.org/a.mp3"]',
      (id) => (id === "7" ? { url: "https://x.org/7.jpg", alt: "Seven", caption: "" } : undefined),
    );
    const md = htmlToMarkdown(html);
    assert.match(md, /\[https:\/\/youtu\.be\/x\]\(https:\/\/youtu\.be\/x\)/);
    assert.match(md, /!\[Seven\]\(https:\/\/x\.org\/7\.jpg\)/);
    assert.match(md, /Kept text \\\[sic\\\] and \\\[1\\\]\./);
    assert.match(md, /\(https:\/\/x\.org\/a\.mp3\)/);
    assert.deepEqual(droppedShortcodes, ["vc_row"]);
  });

  it("drops scripts, styles, forms and javascript: links, keeping the link text", () => {
    const md = markdownOf('<script>track()</script><style>p{}</style>Read <a href="javascript:alert(1)">this</a> and <a href="https://x.org/(a)">that</a>.\n<form><input name="q"></form>');
    assert.equal(md, "Read this and [that](https://x.org/%28a%29).");
  });
});

describe("WordPress dates", () => {
  it("keeps the site's time zone from post_date and post_date_gmt", () => {
    assert.equal(wordpressDate("2021-07-29 01:15:00", "2021-07-28 22:15:00")?.iso, "2021-07-29T01:15:00+03:00");
    assert.equal(wordpressDate("2021-07-28 14:30:00", "2021-07-28 14:30:00")?.iso, "2021-07-28T14:30:00Z");
    assert.equal(wordpressDate("2021-03-01 08:00:00", "2021-03-01 12:30:00")?.iso, "2021-03-01T08:00:00-04:30");
  });

  it("takes the day alone when a draft has no GMT date, and nothing from an empty date", () => {
    assert.equal(wordpressDate("2021-07-20 12:00:00", "0000-00-00 00:00:00")?.iso, "2021-07-20");
    assert.equal(wordpressDate("0000-00-00 00:00:00", "0000-00-00 00:00:00"), undefined);
  });
});

describe("WXR reader", () => {
  it("streams the channel first, then every item with its fields, terms and custom fields", async () => {
    const kinds: string[] = [];
    let post101;
    for await (const event of readWxr(join(ROOT, "tests/fixtures/import-wxr/export.xml"))) {
      kinds.push(event.kind === "channel" ? `channel:${event.channel.title}:${event.channel.authors.get("jdoe")}` : event.item.postType);
      if (event.kind === "item" && event.item.postId === "101") post101 = event.item;
    }
    assert.equal(kinds[0], "channel:Example News:Jane Doe");
    assert.equal(kinds.filter((kind) => kind === "post").length, 36);
    assert.equal(post101!.meta.get("_thumbnail_id"), "201");
    assert.deepEqual(post101!.categories.map((category) => `${category.domain}:${category.name}`), ["category:Iraq", "category:Uncategorized", "post_tag:militias", "post_tag:US-Iraq"]);
    assert.equal(post101!.postDateGmt, "2021-07-28 11:30:00");
    assert.match(post101!.content, /^Armed factions close to Tehran/);
  });

  it("refuses a field longer than its limit, whether it comes whole or in many CDATA sections, naming the item", async () => {
    const dir = tempDir("wxr-field");
    const wxr = (content: string) => `<?xml version="1.0"?>\n<rss xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Site</title>\n<item><title>Long one</title>\n<content:encoded>${content}</content:encoded></item></channel></rss>`;
    for (const [name, content] of [["whole", `<![CDATA[${"x".repeat(5_000)}]]>`], ["pieces", "<![CDATA[xx]]>".repeat(2_000)], ["text", "y".repeat(5_000)]] as const) {
      const file = join(dir, `${name}.xml`);
      writeFileSync(file, wxr(content));
      await assert.rejects(
        async () => {
          for await (const event of readWxr(file, { maxFieldChars: 1_000 })) assert.notEqual(event.kind, "item", `${name}: no item is handed on`);
        },
        (error: Error) => {
          assert.match(error.message, /: the item that starts at line 3 "Long one" has a <content:encoded> longer than 1 kB, more than Annals reads of one field/, name);
          return true;
        },
      );
    }
  });
});
