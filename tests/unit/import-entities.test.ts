import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { knownNames } from "../../src/authoring/known-names.ts";
import { typeFromCues, withoutTitles } from "../../src/authoring/import/entity-names.ts";
import { suggestEntities } from "../../src/authoring/import/suggest-entities.ts";

const entity = (name: string, type: "person" | "organization" | "place", aliases: string[] = []) => ({ name, type, aliases, description: "", links: [] });
const KNOWN = knownNames({
  sources: [],
  entities: [
    entity("Joe Biden", "person"),
    entity("Mustafa Al-Kadhimi", "person"),
    entity("Moqtada Al-Sadr", "person", ["Muqtada al-Sadr"]),
    entity("Mohammed Baqir Al-Sadr", "person"),
    entity("Hashd Al-Shaabi", "organization", ["Popular Mobilization Forces"]),
  ],
});

describe("entity suggestions", () => {
  it("strips titles and honorifics, and drops a title found alone", () => {
    assert.equal(withoutTitles("President Joe Biden"), "Joe Biden");
    assert.equal(withoutTitles("Iraqi Prime Minister Al-Kadhimi"), "Al-Kadhimi");
    assert.equal(withoutTitles("Grand Ayatollah Ali al-Sistani"), "Ali al-Sistani");
    assert.equal(withoutTitles("Dr. Ayad Allawi"), "Ayad Allawi");
    assert.equal(withoutTitles("Sheikh Qais al-Khazali"), "Qais al-Khazali");
    assert.equal(withoutTitles("President"), "");
    assert.equal(withoutTitles("US"), "US", "a qualifier alone may be a name");
  });

  it("types an unknown name by its own words", () => {
    assert.equal(typeFromCues("Imam Ali Brigades"), "organization");
    assert.equal(typeFromCues("Kurdistan Democratic Party"), "organization");
    assert.equal(typeFromCues("Ministry of Oil"), "organization");
    assert.equal(typeFromCues("Taji Base"), "place");
    assert.equal(typeFromCues("Jane Smith"), undefined);
  });

  it("files titled names and unique surnames under the registered person, and a militia as an organisation", () => {
    const text = "President Joe Biden met Prime Minister Al-Kadhimi. A spokesman for the Imam Ali Brigades said Biden was wrong. Al-Sadr said nothing.";
    const { registered, unregistered } = suggestEntities(text, KNOWN);
    assert.deepEqual(registered.people.sort(), ["Joe Biden", "Mustafa Al-Kadhimi"]);
    assert.ok(!unregistered.people.some((name) => /Biden|Kadhimi|President/.test(name)), JSON.stringify(unregistered));
    assert.ok(unregistered.organizations.includes("Imam Ali Brigades"), JSON.stringify(unregistered));
    assert.ok(!unregistered.people.includes("Imam Ali Brigades"));
    assert.ok(!registered.people.some((name) => name.includes("Sadr")), "Al-Sadr is two registered people's surname: not guessed");
  });
});
