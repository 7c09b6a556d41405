// A bundle's page table is read once per folder in a process: folders are named by a digest
// of their index, so the preview, which updates its index after every save, reads none again.
import assert from "node:assert/strict";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { PAGE_IDS, PageTables } from "../../src/search/page-tables.ts";
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
});
