// The preview's plans digest a shared object (an entity's summary, which index pages and
// its own listing hold) once for the session, not once per plan.
import assert from "node:assert/strict";
import { it } from "node:test";
import { SliceFingerprinter } from "../../src/output/fingerprint.ts";

it("digests a shared object once across fingerprinters given the same memory, with the same result", () => {
  let reads = 0;
  const summary = {
    entity: "Basra",
    get timeline() {
      reads++;
      return [3, 1, 4];
    },
  };
  // An index page holds many summaries: as a long list, it is digested on its own.
  const indexPage = (extra: string) => ({ kind: extra, entries: Array.from({ length: 20 }, (_, i) => (i === 0 ? summary : { entity: `E${i}` })) });
  const slices = new WeakMap<object, string>();
  const shared = new WeakMap<object, string>();
  const first = new SliceFingerprinter("base", new Set(), new Set([summary]), slices, shared).of("entityIndex", indexPage("a"));
  const second = new SliceFingerprinter("base", new Set(), new Set([summary]), slices, shared).of("entityIndex", indexPage("a"));
  assert.equal(second, first, "the same data, the same fingerprint");
  assert.equal(reads, 1, "the summary was serialised once");
  const fresh = new SliceFingerprinter("base", new Set(), new Set([summary])).of("entityIndex", indexPage("a"));
  assert.equal(fresh, first, "as a fingerprinter without memory makes it");
});
