// A WordPress export of N posts for measuring the importer: WordPress' own shape
// (channel, authors, posts with categories, tags and custom fields, attachments,
// pages, a few drafts and trashed posts), bodies as WordPress stores them (paragraphs
// as blank lines, a [caption] now and then), written as a stream so N can be large.
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { englishBody, headline, type Mentions } from "./generate-text.ts";
import { createRandom } from "./prng.ts";

const PEOPLE = ["Joe Biden", "Mustafa Al-Kadhimi", "Moqtada Al-Sadr", "Ali al-Sistani", "Masoud Barzani", "Qais al-Khazali"];
const ORGANIZATIONS = ["Hashd Al-Shaabi", "Daesh", "Kataib Hezbollah", "Kurdistan Democratic Party", "Ministry of Oil"];
const PLACES = ["Baghdad", "Basra", "Erbil", "Kirkuk", "Mosul", "Najaf", "Tehran", "Washington"];
const SOURCES = ["AFP", "Reuters", "AP", "Al-Monitor"];

const cdata = (text: string) => `<![CDATA[${text.replace(/]]>/g, "]]]]><![CDATA[>")}]]>`;
const pad = (n: number) => String(n).padStart(2, "0");

function sqlDate(epochMs: number): string {
  const d = new Date(epochMs);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

/** WordPress stores plain paragraphs; markdown's quote and heading marks become HTML. */
function wordpressBody(markdown: string): string {
  return markdown
    .split("\n\n")
    .map((block) => (block.startsWith("## ") ? `<h2>${block.slice(3)}</h2>` : block.startsWith(">") ? `<blockquote>${block.replace(/^>\s?/gm, "")}</blockquote>` : block.replace(/\[([^\]]+)\]\(([^)]+)\)/g, '<a href="$2">$1</a>')))
    .join("\n\n");
}

export interface WxrSize {
  posts: number;
  /** Words per post body, about. */
  words: number;
}

export async function generateWxr(path: string, size: WxrSize, seed = 13): Promise<void> {
  const random = createRandom(seed);
  const out = createWriteStream(path, { encoding: "utf8" });
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, "drain");
  };
  await write(`<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
<title>Bench News</title><link>https://bench.example.org</link>
<wp:wxr_version>1.2</wp:wxr_version><wp:base_site_url>https://bench.example.org</wp:base_site_url><wp:base_blog_url>https://bench.example.org</wp:base_blog_url>
<wp:author><wp:author_login>desk</wp:author_login><wp:author_display_name>${cdata("News Desk")}</wp:author_display_name></wp:author>
`);
  const start = Date.UTC(2012, 0, 1);
  const span = Date.UTC(2022, 0, 1) - start;
  for (let i = 0; i < size.posts; i++) {
    const id = 1000 + i * 2;
    const mentions: Mentions = {
      people: [random.pick(PEOPLE), random.pick(PEOPLE)],
      organizations: [random.pick(ORGANIZATIONS)],
      places: [random.pick(PLACES), random.pick(PLACES)],
      source: random.pick(SOURCES),
    };
    const title = headline(random, mentions);
    const gmt = start + Math.floor((span * i) / size.posts);
    const local = gmt + 3 * 3600_000;
    const status = random.chance(0.02) ? "draft" : random.chance(0.01) ? "trash" : "publish";
    const slug = `${title.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60)}-${id}`;
    const caption = random.chance(0.2)
      ? `[caption id="attachment_${id + 1}" width="640"]<img src="https://bench.example.org/wp-content/uploads/photo-${id}.jpg" alt="A street in ${mentions.places[0]}" /> A street in ${mentions.places[0]}. (${mentions.source})[/caption]\n\n`
      : "";
    const body = caption + wordpressBody(englishBody(random, mentions, size.words));
    const date = new Date(local);
    await write(`<item><title>${cdata(title)}</title>
<link>https://bench.example.org/${date.getUTCFullYear()}/${pad(date.getUTCMonth() + 1)}/${pad(date.getUTCDate())}/${slug}/</link>
<dc:creator>${cdata("desk")}</dc:creator><guid isPermaLink="false">https://bench.example.org/?p=${id}</guid>
<content:encoded>${cdata(body)}</content:encoded><excerpt:encoded>${cdata("")}</excerpt:encoded>
<wp:post_id>${id}</wp:post_id><wp:post_date>${cdata(sqlDate(local))}</wp:post_date><wp:post_date_gmt>${cdata(status === "draft" ? "0000-00-00 00:00:00" : sqlDate(gmt))}</wp:post_date_gmt>
<wp:post_name>${cdata(slug)}</wp:post_name><wp:status>${cdata(status)}</wp:status><wp:post_type>${cdata("post")}</wp:post_type>
<category domain="category" nicename="iraq">${cdata("Iraq")}</category><category domain="post_tag" nicename="politics">${cdata(random.pick(["politics", "security", "economy", "oil"]))}</category>
<wp:postmeta><wp:meta_key>${cdata("source")}</wp:meta_key><wp:meta_value>${cdata(mentions.source)}</wp:meta_value></wp:postmeta>
</item>
`);
    if (caption) {
      await write(`<item><title>${cdata(`photo-${id}`)}</title><guid isPermaLink="false">https://bench.example.org/?attachment_id=${id + 1}</guid><excerpt:encoded>${cdata("")}</excerpt:encoded><wp:post_id>${id + 1}</wp:post_id><wp:status>${cdata("inherit")}</wp:status><wp:post_type>${cdata("attachment")}</wp:post_type><wp:attachment_url>${cdata(`https://bench.example.org/wp-content/uploads/photo-${id}.jpg`)}</wp:attachment_url></item>\n`);
    }
  }
  await write("</channel>\n</rss>\n");
  out.end();
  await once(out, "finish");
}
