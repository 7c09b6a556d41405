// npm run import given too much: an answer too large or too slow, a redirect to a local
// file, a saved page of 11 MB, a WordPress post of 11 MB and a field of 65 MB. Each is one
// input that could not be imported, with a message that says why and what to do; the
// run's other inputs import and the summary is printed. The large inputs are made here.
import assert from "node:assert/strict";
import { createWriteStream, existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { MB } from "../../src/authoring/import/input-limits.ts";
import { runImport, type ImportRequest } from "../../src/authoring/import/run-import.ts";
import type { Output } from "../../src/authoring/import/write-imports.ts";
import { runCliAsync } from "../helpers/cli.ts";
import { makeContent, ROOT, tempDir } from "../helpers/site.ts";

const FEEDS = join(ROOT, "tests/fixtures/import-feeds");
const PAGES = join(ROOT, "tests/fixtures/import-pages");
const REGISTRY = { "_data/sources.yaml": "- name: Reuters\n- name: Al Jazeera\n  aliases: [Al Jazeera English]\n- name: AFP\n" };
// A limit on each test: without the bounds, these inputs take minutes and gigabytes.
const BOUNDED = { timeout: 20_000 };

interface Run {
  status: number;
  out: string;
  err: string;
  content: string;
}

async function importing(request: Omit<ImportRequest, "contentDir" | "paths" | "urls"> & { paths?: string[]; urls?: string[] }): Promise<Run> {
  const content = makeContent(REGISTRY);
  const out: string[] = [];
  const err: string[] = [];
  const output: Output = { out: (line) => out.push(line), err: (line) => err.push(line) };
  const status = await runImport({ paths: [], urls: [], ...request, contentDir: content }, output);
  return { status, out: out.join("\n"), err: err.join("\n"), content };
}

function articlesIn(content: string): string[] {
  const dir = join(content, "articles");
  return existsSync(dir) ? readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((name) => name.endsWith(".md")).sort() : [];
}

/** Writes `size` characters of story paragraphs, chunk by chunk, between `head` and `tail`. */
async function writeLarge(path: string, head: string, paragraph: string, size: number, tail: string): Promise<void> {
  const stream = createWriteStream(path);
  const write = (text: string) => new Promise<void>((resolve) => (stream.write(text) ? resolve() : stream.once("drain", resolve)));
  await write(head);
  const block = paragraph.repeat(Math.ceil((256 * 1024) / paragraph.length));
  for (let written = 0; written < size; written += block.length) await write(block);
  await write(tail);
  await new Promise<void>((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
}

const SENTENCE = "Armed factions close to Tehran said on Wednesday that the end of the mission was only a first step. ";

function wxrPost(id: number, body: string): string {
  return `<item><title><![CDATA[Post ${id}]]></title><link>https://example.org/?p=${id}</link><guid isPermaLink="false">https://example.org/?p=${id}</guid><content:encoded><![CDATA[${body}]]></content:encoded><excerpt:encoded><![CDATA[]]></excerpt:encoded><wp:post_id>${id}</wp:post_id><wp:post_date><![CDATA[2021-07-2${id} 14:30:00]]></wp:post_date><wp:post_date_gmt><![CDATA[2021-07-2${id} 11:30:00]]></wp:post_date_gmt><wp:post_name><![CDATA[post-${id}]]></wp:post_name><wp:status><![CDATA[publish]]></wp:status><wp:post_type><![CDATA[post]]></wp:post_type></item>\n`;
}

/** A WordPress export whose second post's body is `size` characters, between two small posts. */
async function exportWithLargePost(path: string, size: number): Promise<void> {
  const [open, close] = wxrPost(2, "@@").split("@@") as [string, string];
  const head =
    '<?xml version="1.0" encoding="UTF-8" ?>\n<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wp="http://wordpress.org/export/1.2/">\n' +
    "<channel><title>Example News</title><link>https://example.org</link><wp:base_blog_url>https://example.org</wp:base_blog_url>\n" +
    wxrPost(1, `<p>A small first post. ${SENTENCE}</p>`) +
    open;
  await writeLarge(path, head, `<p>${SENTENCE.repeat(8)}</p>\n`, size, `${close}${wxrPost(3, `<p>A small last post. ${SENTENCE}</p>`)}</channel></rss>\n`);
}

describe("npm run import --url given too much", () => {
  let server: Server;
  let base: string;
  const secret = join(tempDir("import-limits-secret"), "feed.xml");
  writeFileSync(secret, readFileSync(join(FEEDS, "world-news.rss")));
  const open = new Set<ServerResponse>();

  before(async () => {
    server = createServer((request, response) => {
      open.add(response);
      response.on("close", () => open.delete(response));
      const stream = (headers: Record<string, string>, every: number, chunk: Buffer) => {
        response.writeHead(200, { "content-type": "application/rss+xml", ...headers });
        response.write("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Endless</title>");
        const timer = setInterval(() => response.write(chunk), every);
        response.on("close", () => clearInterval(timer));
      };
      switch (request.url) {
        case "/feed.atom":
          return void response.writeHead(200, { "content-type": "application/atom+xml" }).end(readFileSync(join(FEEDS, "region.atom")));
        case "/announces-2-gb":
          return stream({ "content-length": String(2 * 1024 * MB) }, 5, Buffer.alloc(64 * 1024, 32));
        case "/endless":
          return stream({}, 1, Buffer.alloc(64 * 1024, 32));
        case "/trickle":
          return stream({}, 200, Buffer.from(" "));
        case "/to-a-file":
          return void response.writeHead(302, { location: `file://${secret}` }).end();
        default:
          return void response.writeHead(404).end("not found");
      }
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => {
    for (const response of open) response.destroy();
    server.close();
  });

  it("refuses an answer announced at 2 GB before reading it; the feed of the same run imports and the summary prints", BOUNDED, async () => {
    const run = await importing({ urls: [`${base}/announces-2-gb`, `${base}/feed.atom`] });
    assert.match(run.err, /--url http:\/\/127\.0\.0\.1:\d+\/announces-2-gb: the answer is 2,048 MB \(as the server announced it\), more than the 100 MB Annals reads; it stopped reading and imported nothing from it\. If the file is what you meant to import, pass --max-download 2048 \(in MB\), or download it and import the file\./);
    assert.match(run.out, /Atom feed "Al Jazeera English \| Middle East", 2 items\./);
    assert.match(run.out, /Imported 2 articles; 1 could not be imported \(see above\)\./);
    assert.equal(run.status, 0);
  });

  it("stops reading an answer that grows past --max-download", BOUNDED, async () => {
    const run = await importing({ urls: [`${base}/endless`], fetchLimits: { maxBytes: 2 * MB, maxMs: 15_000 } });
    assert.match(run.err, /\/endless: the answer is larger than 2 MB, more than the 2 MB Annals reads; .* pass --max-download 4 \(in MB\)/);
    assert.match(run.out, /Imported 0 articles; 1 could not be imported/);
    assert.equal(run.status, 1);
  });

  it("gives up on an answer that trickles in, after --max-time, and goes on with the run", BOUNDED, async () => {
    const run = await importing({ urls: [`${base}/trickle`, `${base}/feed.atom`], fetchLimits: { maxBytes: 100 * MB, maxMs: 1_500 } });
    assert.match(run.err, /\/trickle: no complete answer in 2 s \(\d+ bytes had come\); Annals stopped waiting and imported nothing from it\. Try again later, or pass --max-time 8 \(in seconds\) to wait longer\./);
    assert.match(run.out, /Imported 2 articles; 1 could not be imported/);
  });

  it("refuses a redirect to a file:// address and reads nothing there", BOUNDED, async () => {
    const run = await importing({ urls: [`${base}/to-a-file`] });
    assert.match(run.err, new RegExp(`/to-a-file: the server redirected to file://${secret.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}, which is not a web address; Annals follows redirects to https:// and http:// addresses only, and read nothing there\\.`));
    assert.deepEqual(articlesIn(run.content), []);
    assert.equal(run.status, 1);
  });

  it("takes --max-download and --max-time from the command line, and says what it expects of them", BOUNDED, async () => {
    const content = makeContent(REGISTRY);
    const small = await runCliAsync("import.ts", ["--url", `${base}/feed.atom`, "--max-download", "0.001", `--input=${content}`]);
    assert.equal(small.status, 1);
    assert.match(small.stderr, /the answer is larger than 1 kB, more than the 1 kB Annals reads; it stopped reading and imported nothing from it\. If the file is what you meant to import, pass --max-download 1 \(in MB\)/);
    const wrong = await runCliAsync("import.ts", ["--url", `${base}/feed.atom`, "--max-time", "soon", `--input=${content}`]);
    assert.equal(wrong.status, 1);
    assert.equal(wrong.stderr.trim(), '--max-time expects a number of seconds greater than 0, like --max-time 200; got "soon".');
  });
});

describe("npm run import given files too large to hold", () => {
  it("refuses a saved page of 11 MB and imports the page beside it", BOUNDED, async () => {
    const page = join(tempDir("import-limits-page"), "huge.html");
    await writeLarge(page, '<!doctype html><html><head><meta property="og:site_name" content="Reuters"></head><body><article><h1>Huge</h1>', `<p>${SENTENCE.repeat(6)}</p>\n`, 11 * MB, "</article></body></html>");
    const run = await importing({ paths: [page, join(PAGES, "wire-story.html")] });
    assert.match(run.err, /huge\.html: 11 MB, more than the 10 MB Annals reads of a saved page, which it holds in memory whole\. Save the page again as "Web Page, HTML Only", without its pictures, or copy the story into a \.txt file and import that\./);
    assert.match(run.out, /Imported 1 article; 1 could not be imported/);
  });

  it("refuses a WordPress post of 11 MB, naming it, and imports the posts around it", BOUNDED, async () => {
    const file = join(tempDir("import-limits-post"), "export.xml");
    await exportWithLargePost(file, 11 * MB);
    const run = await importing({ paths: [file], source: "AFP" });
    assert.match(run.err, /not imported: post 2 "Post 2":\n {4}line 5: its text is 11 MB long, more than the 10 MB Annals imports of one story \(a long story is under 100 kB: pictures pasted into the text make a post this long\)\. Shorten the post in WordPress and export it again, or copy the story in by hand\./);
    assert.deepEqual(articlesIn(run.content), ["2021/07/post-1.md", "2021/07/post-3.md"]);
    assert.match(run.out, /Imported 2 articles; 1 could not be imported/);
  });

  it("refuses a WordPress export with a field of 65 MB before writing anything, naming the post, and imports the run's other input", BOUNDED, async () => {
    const file = join(tempDir("import-limits-field"), "export.xml");
    await exportWithLargePost(file, 65 * MB);
    const run = await importing({ paths: [file, join(PAGES, "wire-story.html")], source: "AFP" });
    assert.match(run.err, /export\.xml: the item that starts at line 5 "Post 2" has a <content:encoded> longer than 64 MB, more than Annals reads of one field, which it holds in memory whole; nothing was imported from this export\. Shorten or delete that post in WordPress \(pictures pasted into the text make a post this long\) and export again\./);
    assert.deepEqual(articlesIn(run.content), ["2021/07/iraq-militias-welcome-end-of-us-combat-mission.md"]);
    assert.match(run.out, /Imported 1 article; 1 could not be imported/);
  });
});
