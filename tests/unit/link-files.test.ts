import assert from "node:assert/strict";
import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { it } from "node:test";
import { linkFiles } from "../../src/preview/link-files.ts";
import { tempDir } from "../helpers/site.ts";

it("links files into new folders, and leaves out those missing or of another size", () => {
  const from = tempDir("link-from");
  const to = join(tempDir("link-to"), "preview");
  mkdirSync(join(from, "2024/01/02/story"), { recursive: true });
  writeFileSync(join(from, "2024/01/02/story/index.html"), "<p>story</p>");
  writeFileSync(join(from, "index.html"), "<p>changed by hand</p>");
  writeFileSync(join(from, "pagefind.js"), "search");
  const leftOut = linkFiles(from, to, [
    ["2024/01/02/story/index.html", 12],
    ["index.html", 5],
    ["gone.html", 3],
    ["pagefind.js", undefined],
  ]);
  assert.deepEqual(leftOut, ["index.html", "gone.html"]);
  assert.equal(statSync(join(to, "2024/01/02/story/index.html")).ino, statSync(join(from, "2024/01/02/story/index.html")).ino);
  assert.equal(readFileSync(join(to, "pagefind.js"), "utf8"), "search");
  assert.throws(() => statSync(join(to, "index.html")), /ENOENT/);
});
