// A new file is created whole or not at all: a write that stops half-way (a full disk, a
// kill) leaves nothing at its name, and an existing file is never replaced.
import assert from "node:assert/strict";
import fs, { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { syncBuiltinESMExports } from "node:module";
import { join } from "node:path";
import { describe, it } from "node:test";
import { articleLocation, writeNewArticle } from "../../src/authoring/article-file.ts";
import { parseArticleDate } from "../../src/dates.ts";
import { tempDir } from "../helpers/site.ts";

/** Makes writeFileSync write half of its data, then fail as a full disk does. */
function halfWrites(): () => void {
  const original = fs.writeFileSync;
  fs.writeFileSync = ((path: fs.PathOrFileDescriptor, data: string | NodeJS.ArrayBufferView) => {
    original(path, String(data).slice(0, String(data).length / 2));
    throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC", syscall: "write" });
  }) as typeof fs.writeFileSync;
  syncBuiltinESMExports();
  return () => {
    fs.writeFileSync = original;
    syncBuiltinESMExports();
  };
}

describe("a new article file", () => {
  const content = tempDir("whole-file");
  const parsed = parseArticleDate("2021-07-28");
  assert.ok(parsed.ok);
  const location = articleLocation(content, parsed.date, "half-written");
  const text = "---\ntitle: A story\ndate: 2021-07-28\nsource: AFP\n---\nThe whole text.\n";

  it("is not there at all when its write stops half-way, and the next try writes it whole", () => {
    const restore = halfWrites();
    try {
      assert.throws(() => writeNewArticle(location, text), { code: "ENOSPC", path: /half-written\.md\.annals-\d+\.tmp$/ });
    } finally {
      restore();
    }
    assert.equal(existsSync(location.file), false, "no half of it");
    assert.deepEqual(readdirSync(join(content, "articles/2021/07")), [], "no temporary file either");
    writeNewArticle(location, text);
    assert.equal(readFileSync(location.file, "utf8"), text);
  });

  it("never replaces a file already there", () => {
    writeFileSync(location.file, "an editor's own text");
    assert.throws(() => writeNewArticle(location, text), /already exists and was left as it was/);
    assert.equal(readFileSync(location.file, "utf8"), "an editor's own text");
  });
});
