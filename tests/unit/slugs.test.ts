import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { nameKey, slugify } from "../../src/slugs.ts";

describe("slugify", () => {
  it("lowercases and hyphenates Latin names", () => {
    assert.equal(slugify("Mustafa Al-Kadhimi"), "mustafa-al-kadhimi");
  });
  it("transliterates Latin diacritics to ASCII", () => {
    assert.equal(slugify("Ḥashd al-Shaʿbī"), "hashd-al-shabi");
    assert.equal(slugify("Al-Kädhimi"), "al-kadhimi");
  });
  it("keeps the letters of other scripts", () => {
    assert.equal(slugify("مقتدى الصدر"), "مقتدى-الصدر");
    assert.equal(slugify("تهران"), "تهران");
  });
  it("keeps a plus sign's meaning so OPEC and OPEC+ differ", () => {
    assert.notEqual(slugify("OPEC"), slugify("OPEC+"));
    assert.equal(slugify("OPEC+"), "opec-plus");
  });
  it("drops apostrophes instead of splitting words", () => {
    assert.equal(slugify("Qur'an"), "quran");
  });
});

describe("nameKey", () => {
  it("treats case, diacritics and the Arabic article's hyphen alike", () => {
    const keys = ["Al-Sadr", "al-Sadr", "Al Sadr", "AL-ṢADR"].map(nameKey);
    assert.equal(new Set(keys).size, 1);
  });
  it("keeps names that differ by a symbol apart", () => {
    assert.notEqual(nameKey("OPEC"), nameKey("OPEC+"));
  });
});
