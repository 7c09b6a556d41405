import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { precompressedLine, precompressFolder } from "../../src/output/precompress.ts";
import { tempDir, writeFiles } from "../helpers/site.ts";

const TEXT = {
  "index.html": `<!doctype html><title>Home</title>${"<p>Baghdad, Basra and Erbil.</p>".repeat(200)}`,
  "people/sadr/feed.json": JSON.stringify({ items: Array.from({ length: 50 }, (_, i) => ({ id: i, title: "Moqtada Al-Sadr" })) }),
  "sitemap.xml": `<urlset>${"<url><loc>https://example.org/</loc></url>".repeat(100)}</urlset>`,
  "assets/annals.css": "body { color: black; }\n".repeat(100),
  "pagefind/pagefind.js": "export const search = () => [];\n".repeat(50),
  "data/stories-2021.jsonl": `${JSON.stringify({ url: "https://example.org/2021/07/28/x/", title: "Militias welcome end" })}\n`.repeat(50),
  "data/entities.csv": "id,name\r\npeople/moqtada-al-sadr,Moqtada Al-Sadr\r\n".repeat(50),
};
const LEFT_ALONE = {
  "robots.txt": "User-agent: *\n",
  "pagefind/pagefind.en_5d4f0def9e.pf_meta": "already gzip inside",
  "img/photo-400.avif": "binary",
};

describe("precompressFolder", () => {
  it("writes .br and .gz beside every HTML, XML, JSON, CSS, JS, JSON Lines and CSV file, at any depth, that decompress to the same bytes", async () => {
    const dir = tempDir("precompress");
    writeFiles(dir, { ...TEXT, ...LEFT_ALONE });
    const summary = await precompressFolder(dir, 2);
    for (const name of Object.keys(TEXT)) {
      const original = readFileSync(join(dir, name));
      assert.deepEqual(gunzipSync(readFileSync(join(dir, `${name}.gz`))), original, `${name}.gz`);
      assert.deepEqual(brotliDecompressSync(readFileSync(join(dir, `${name}.br`))), original, `${name}.br`);
    }
    for (const name of Object.keys(LEFT_ALONE)) {
      assert.ok(!existsSync(join(dir, `${name}.gz`)) && !existsSync(join(dir, `${name}.br`)), `${name} is left alone`);
    }
    const bytes = Object.values(TEXT).reduce((sum, text) => sum + Buffer.byteLength(text), 0);
    assert.equal(summary.files, Object.keys(TEXT).length);
    assert.equal(summary.bytes, bytes);
    assert.ok(summary.brotliBytes < summary.gzipBytes && summary.gzipBytes < bytes / 4, JSON.stringify(summary));
  });

  it("says what it did in one line", () => {
    assert.equal(
      precompressedLine({ files: 1971, bytes: 460_000_000, gzipBytes: 98_765_432, brotliBytes: 512_000 }),
      "Precompressed 1,971 files (460.0 MB): 98.8 MB as .gz, 512 kB as .br.",
    );
  });
});
