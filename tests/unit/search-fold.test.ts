import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { FOLDED_LETTERS, foldedVariants, foldForSearch } from "../../src/search/fold.ts";
import { entityNamesField, foldedField } from "../../src/search/index-fields.ts";
import type { EntityRef } from "../../src/types.ts";

describe("folding Arabic and Persian spellings for search", () => {
  it("folds the letters readers type interchangeably to one spelling, both ways", () => {
    for (const [a, b] of [
      ["علی", "علي"], // Persian and Arabic yeh
      ["مصطفى", "مصطفي"], // alef maksura and yeh
      ["کتاب", "كتاب"], // Persian and Arabic kaf
      ["مدرسة", "مدرسه"], // teh marbuta and heh
      ["ٱلله", "الله"], // alef wasla
      ["عـــراق", "عراق"], // tatweel
      ["أحمد", "احمد"], // hamza on alef
      ["إسلام", "اسلام"],
      ["آمن", "امن"],
      ["مؤتمر", "موتمر"], // hamza carriers
      ["رئيس", "رييس"],
      ["مُحَمَّد", "محمد"], // short vowels and shadda
      ["Ṣadr", "Sadr"], // Latin diacritics
      ["Kādhimī", "Kadhimi"],
    ]) {
      assert.equal(foldForSearch(a!), foldForSearch(b!), `${a} and ${b}`);
    }
  });

  it("leaves other scripts' letters and marks alone", () => {
    assert.equal(foldForSearch("हिन्दी"), "हिन्दी".normalize("NFC"));
    assert.equal(foldForSearch("Government"), "Government");
  });

  it("indexes only the spellings Pagefind would not match by itself", () => {
    // Pagefind drops hamza, vowels and accents itself; yeh, kaf and teh marbuta it does not.
    assert.deepEqual(foldedVariants("Ṣadr أحمد مُحَمَّد"), []);
    assert.deepEqual(foldedVariants("کتاب علی كتاب مدرسة کتاب"), ["كتاب", "علي", "مدرسه"]);
    for (const letter of [...Object.keys(FOLDED_LETTERS), "\u06C0"]) assert.equal(foldedVariants(`ب${letter}ب`).length, 1, letter);
  });
});

describe("an article's search-only fields", () => {
  const entity = (name: string, aliases: string[]): EntityRef => ({ name, type: "organization", slug: "x", url: "/x/", links: [], aliases });
  const article = {
    title: "رئیسی در تهران",
    summary: "",
    html: "<p>Talks with <em>ISIS</em> leaders</p>",
    people: [],
    organizations: [entity("Daesh", ["ISIS", "Islamic State", "ISIL", "داعش"]), entity("OPEC", [])],
    places: [entity("Tehran", ["تهران"])],
  };

  it("lists every other name of each entity the article names, canonical name first", () => {
    assert.equal(entityNamesField(article), "Daesh = ISIS = Islamic State = ISIL = داعش | Tehran = تهران");
  });

  it("holds the folded spelling of the title's Persian words, and nothing for English ones", () => {
    assert.equal(foldedField(article), "رييسي");
  });

  it("adds the folded spellings of the names after the text's, each once, in order of first use", () => {
    const people = [entity("Ali", ["علی", "کتاب"])];
    const organizations = [entity("School", ["مدرسة", "علی"])];
    const story = { title: "کتاب", summary: "", html: "<p>علی</p>", people, organizations, places: [] };
    assert.equal(foldedField(story), "كتاب علي مدرسه");
    // The names' spellings are made once per entity; another story naming them gets the same.
    assert.equal(foldedField({ ...story, title: "Talks", html: "<p>مدرسة</p>" }), "مدرسه علي كتاب");
  });
});
