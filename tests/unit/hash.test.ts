import { test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { sha1 } from "../../src/hash.ts";

/** The digest the parse cache and the writer's record were keyed by: each part streamed, followed by a NUL byte. */
function streamed(...parts: (string | Uint8Array)[]): string {
  const hash = createHash("sha1");
  for (const part of parts) hash.update(part).update("\0");
  return hash.digest("hex");
}

test("sha1 hashes each part followed by a NUL byte, for text, bytes and both", () => {
  const cases: (string | Uint8Array)[][] = [[], [""], ["abc"], ["a", "bc"], ["ab", "c"], ["بغداد", "تهران"], [Buffer.from("abc")], ["path", Buffer.from([0, 1, 255])]];
  for (const parts of cases) assert.equal(sha1(...parts), streamed(...parts), JSON.stringify(parts));
  assert.notEqual(sha1("a", "bc"), sha1("ab", "c"));
});
