// A build keeps its read of the data files in its cache, by their bytes: the next build
// takes it from there instead of parsing a large entities.yaml again.
import assert from "node:assert/strict";
import { readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { deserialize, serialize } from "node:v8";
import { it } from "node:test";
import { readDataFiles, type DataFiles } from "../../src/content/data-files.ts";
import type { ContentIssue } from "../../src/errors.ts";
import { DEFAULT_SITE_YAML, makeContent, ROOT, tempDir } from "../helpers/site.ts";

it("takes the data files' read from the cache while their bytes are those it was made from", () => {
  // A warning (an unknown key) is kept with the read.
  const content = makeContent({ "_data/site.yaml": `${DEFAULT_SITE_YAML}titel: Typo\n`, "_data/entities.yaml": "- name: Basra\n  type: place\n" });
  const cache = tempDir("data-cache");
  const read = (cacheDir?: string) => {
    const issues: ContentIssue[] = [];
    const data = readDataFiles(ROOT, content, issues, cacheDir);
    return { data, issues };
  };
  const entities = join(content, "_data/entities.yaml");
  let seconds = 0;
  /** New times, the same bytes: what the process remembers of the files no longer holds. */
  const touch = () => {
    const later = new Date(Date.now() + 5000 * ++seconds);
    utimesSync(entities, later, later);
  };
  assert.equal(read(cache).issues.length, 1);
  touch();
  const fromCache = read(cache);
  touch();
  assert.deepEqual(fromCache, read(), "the same as a fresh read, issues and all");
  // Marked in the cache: the mark comes back while the bytes are the same.
  const path = join(cache, "data-files.bin");
  const kept = deserialize(readFileSync(path)) as { data: DataFiles };
  kept.data.site.title = "Kept in the cache";
  writeFileSync(path, serialize(kept));
  touch();
  assert.equal(read(cache).data?.site.title, "Kept in the cache");
  // New bytes: read again.
  writeFileSync(entities, "- name: Basra\n  type: place\n  description: A port.\n");
  const again = read(cache);
  assert.notEqual(again.data?.site.title, "Kept in the cache");
  assert.equal(again.data?.entities[0]?.description, "A port.");
});

it("puts the read back in a cache that lost it while the process ran", () => {
  const content = makeContent({});
  const cache = tempDir("data-cache");
  readDataFiles(ROOT, content, [], cache);
  const path = join(cache, "data-files.bin");
  const first = readFileSync(path);
  rmSync(path);
  readDataFiles(ROOT, content, [], cache);
  assert.deepEqual(readFileSync(path), first);
});
