// npm run import given hostile XML and bytes: an external entity (XXE) naming a local file,
// an entity that expands a billion-fold, and invalid UTF-8, in a WordPress export, an RSS
// feed and a pasted story. No local file is read into an article, memory stays bounded (the
// run ends within the test's time limit), each case ends with a message or an article, and
// nothing is written outside content/. The limits on size and on --url (2 GB announced, a
// never-ending answer, a redirect to file://, pages of 11 MB, a field of 65 MB) are in
// tests/build/import-limits.test.ts.
import assert from "node:assert/strict";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, it } from "node:test";
import { runImport } from "../../src/authoring/import/run-import.ts";
import type { Output } from "../../src/authoring/import/write-imports.ts";
import { makeContent, tempDir } from "../helpers/site.ts";

const secretDir = tempDir("hostile-secret");
const SECRET = "the-secret-in-a-local-file";
const secretFile = join(secretDir, "secret.txt");
writeFileSync(secretFile, SECRET);

const LAUGHS = `<!DOCTYPE r [<!ENTITY a "lol lol lol lol lol lol lol lol lol lol">${Array.from({ length: 8 }, (_, index) => `<!ENTITY ${String.fromCharCode(98 + index)} "${`&${String.fromCharCode(97 + index)};`.repeat(10)}">`).join("")}]>`;
const XXE = `<!DOCTYPE r [<!ENTITY xxe SYSTEM "file://${secretFile}">]>`;
const lastEntity = "&i;";

const wxr = (doctype: string, body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>${doctype}<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wp="http://wordpress.org/export/1.2/"><channel><title>Site</title><link>https://example.org</link><wp:wxr_version>1.2</wp:wxr_version><item><title>A post</title><link>https://example.org/?p=1</link><content:encoded>${body}</content:encoded><wp:post_id>1</wp:post_id><wp:post_date_gmt>2021-07-21 11:30:00</wp:post_date_gmt><wp:post_name>a-post</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type></item></channel></rss>`;
const rss = (doctype: string, body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>${doctype}<rss version="2.0"><channel><title>Wire</title><link>https://wire.example.com/</link><description>d</description><item><title>A wire story</title><link>https://wire.example.com/a/</link><pubDate>Wed, 21 Jul 2021 10:00:00 GMT</pubDate><description>${body}</description></item></channel></rss>`;
const INVALID_UTF8 = Buffer.concat([Buffer.from("21 July 2021\n\nA story with bytes that are not UTF-8: "), Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xa0, 0xa1]), Buffer.from(" and the rest of it.\n")]);

const CASES: { name: string; file: string; bytes: string | Buffer }[] = [
  { name: "a WordPress export with an external entity", file: "export.xml", bytes: wxr(XXE, "<p>Before &xxe; after</p>") },
  { name: "a WordPress export with an entity a billion times its size", file: "export.xml", bytes: wxr(LAUGHS, `<p>${lastEntity}</p>`) },
  { name: "an RSS feed with an external entity", file: "feed.rss", bytes: rss(XXE, "Before &xxe; after") },
  { name: "an RSS feed with an entity a billion times its size", file: "feed.rss", bytes: rss(LAUGHS, lastEntity) },
  { name: "an RSS feed with invalid UTF-8", file: "feed.rss", bytes: Buffer.concat([Buffer.from(rss("", "Bytes: ")), Buffer.from([0xff, 0xfe])]) },
  { name: "a pasted story with invalid UTF-8", file: "story.txt", bytes: INVALID_UTF8 },
];

const filesUnder = (dir: string) => readdirSync(dir, { recursive: true, encoding: "utf8" }).sort();

describe("npm run import given hostile input", () => {
  for (const { name, file, bytes } of CASES) {
    it(`${name}: reads no local file, ends within the time limit, writes only under content/`, { timeout: 20_000 }, async () => {
      const content = makeContent({ "_data/sources.yaml": "- name: Wire\n" });
      const project = dirname(content);
      const input = join(tempDir("hostile-input"), file);
      writeFileSync(input, bytes);
      const before = filesUnder(project).filter((entry) => !entry.startsWith("content"));
      const lines: string[] = [];
      const output: Output = { out: (line) => lines.push(line), err: (line) => lines.push(line) };
      const used = process.memoryUsage().rss;
      await runImport({ paths: [input], urls: [], contentDir: content, source: "Wire" }, output);
      assert.ok(process.memoryUsage().rss - used < 512 * 1024 * 1024, "memory stayed bounded");
      const said = lines.join("\n");
      assert.ok(said.length > 0, "the run says what it did");
      assert.doesNotMatch(said, new RegExp(SECRET), "no local file quoted");
      const articles = filesUnder(content).filter((entry) => entry.endsWith(".md"));
      for (const article of articles) {
        const text = readFileSync(join(content, article), "utf8");
        assert.doesNotMatch(text, new RegExp(SECRET), `${article} holds nothing of the local file`);
        assert.ok(text.length < 100_000, `${article} holds no expanded entity`);
      }
      assert.ok(articles.length > 0 || /not imported|could not/.test(said), `an article, or a message saying why not:\n${said}`);
      assert.deepEqual(filesUnder(project).filter((entry) => !entry.startsWith("content")), before, "nothing written outside content/");
    });
  }
});
