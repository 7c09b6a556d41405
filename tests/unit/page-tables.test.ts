// A bundle's page table is read once per folder in a process: folders are named by a digest
// of their index, so the preview, which updates its index after every save, reads none again.
import assert from "node:assert/strict";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { gzipSync } from "node:zlib";
import { unguardedChange } from "../../src/output/staging.ts";
import { EMPTY_MANIFEST, writeOutputs } from "../../src/output/write-site.ts";
import { PAGE_IDS, pageIds, PageTables } from "../../src/search/page-tables.ts";
import { tempDir } from "../helpers/site.ts";

describe("the page tables of a search index's bundles", () => {
  it("reads a folder's table once in a process, and a folder not written yet each time it is asked", async () => {
    const searchDir = tempDir("page-tables");
    const folder = "2021.0123456789";
    assert.equal(await new PageTables(searchDir).of(folder), undefined, "nothing there yet");
    mkdirSync(join(searchDir, folder), { recursive: true });
    writeFileSync(join(searchDir, folder, PAGE_IDS), JSON.stringify({ "/2021/01/02/a/": "en_1", "/2021/%D8%A8/": "en_2" }));
    const table = { "/2021/01/02/a/": "en_1", "/2021/ب/": "en_2" };
    assert.deepEqual(await new PageTables(searchDir).of(folder), table, "read once written, addresses as the site writes them");
    rmSync(join(searchDir, folder, PAGE_IDS));
    assert.deepEqual(await new PageTables(searchDir).of(folder), table, "a later call does not read it again");
  });

  it("reads a bundle's page ids while the build's writer is still writing pages", async () => {
    // Read file by file through Node's file-system threads, the ids of a bundle Pagefind had
    // indexed waited behind the writer: the build's first bundle was done only when the last page was.
    const fragments = join(tempDir("page-tables"), "fragment");
    mkdirSync(fragments);
    for (let i = 0; i < 300; i++) writeFileSync(join(fragments, `en_${i}.pf_fragment`), gzipSync(JSON.stringify({ url: `/story-${i}/` })));
    const finished: string[] = [];
    const pages = Array.from({ length: 4000 }, (_, i) => ({ file: `p${i}/index.html`, fingerprint: "1", produce: () => `page ${i}` }));
    await Promise.all([
      writeOutputs(unguardedChange(tempDir("page-tables")), pages, EMPTY_MANIFEST).then(() => finished.push("pages written")),
      pageIds(fragments).then((ids) => {
        assert.equal(Object.keys(ids).length, 300);
        assert.equal(ids["/story-7/"], "en_7");
        finished.push("ids read");
      }),
    ]);
    assert.deepEqual(finished, ["ids read", "pages written"]);
  });
});
