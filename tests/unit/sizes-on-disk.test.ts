// A build finds the sizes of the files its record lists on a worker thread while it plans.
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { it } from "node:test";
import { sizesOnDisk } from "../../src/output/sizes-on-disk.ts";
import { tempDir } from "../helpers/site.ts";

it("gives the size of each file found, and leaves out those missing", async () => {
  const dir = tempDir("sizes");
  mkdirSync(join(dir, "a"));
  writeFileSync(join(dir, "index.html"), "home");
  writeFileSync(join(dir, "a/index.html"), "page a, longer");
  const sizes = await sizesOnDisk(dir, ["index.html", "a/index.html", "gone/index.html"]);
  assert.deepEqual(sizes, new Map([["index.html", 4], ["a/index.html", 14]]));
});

it("leaves out every file of a folder that is gone", async () => {
  const sizes = await sizesOnDisk(join(tempDir("sizes"), "missing"), ["index.html"]);
  assert.deepEqual(sizes, new Map());
});
