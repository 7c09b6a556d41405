// The preview's plans digest a shared object (an entity's summary, which index pages and
// its own listing hold) once for the session, not once per plan.
import assert from "node:assert/strict";
import { it } from "node:test";
import { articleMetadataDigest, SliceFingerprinter } from "../../src/output/fingerprint.ts";
import type { Article } from "../../src/types.ts";

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

it("digests a story's source and entities once for every story that names them, and sees any change in them", () => {
  let reads = 0;
  const basra = {
    name: "Basra",
    type: "place",
    slug: "basra",
    url: "/places/basra/",
    aliases: [],
    links: [],
    get description() {
      reads++;
      return "A port city.";
    },
  };
  const source = { name: "Reuters", slug: "reuters", url: "/sources/reuters/", description: "A wire agency." };
  const story = (id: number, places: object[], from: object = source) =>
    ({ url: `/s/${id}/`, title: `Story ${id}`, source: from, people: [], organizations: [], places, html: `<p>${id}</p>`, wordCount: 1 }) as unknown as Article;
  const first = story(1, [basra]);
  const digest = articleMetadataDigest(first);
  articleMetadataDigest(story(2, [basra]));
  assert.equal(reads, 1, "the entity was serialised once for both stories");
  assert.equal(articleMetadataDigest(story(1, [basra])), digest, "the same story, the same digest");
  assert.notEqual(articleMetadataDigest(story(1, [{ ...basra, description: "A city on the Shatt al-Arab." }])), digest, "an entity's new description");
  assert.notEqual(articleMetadataDigest(story(1, [basra], { ...source, description: "A news agency." })), digest, "a source's new description");
  assert.notEqual(articleMetadataDigest(story(1, [])), digest, "an entity less");
  assert.equal(articleMetadataDigest({ ...first, html: "<p>changed</p>", bodyDigest: "a digest of the new body", wordCount: 2 }), digest, "the body is not metadata");
});
