// datapackage.json against the published Data Package v1 JSON Schemas (vendored in
// tests/fixtures/data-package-profiles/, with their source), checked with ajv: the
// package as a whole, and each CSV resource as a Tabular Data Resource, whose profile
// holds the Table Schema its columns are described in.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import AjvDraft04 from "ajv-draft-04";
import addFormatsPlugin from "ajv-formats";
import { dataPackage, packageName } from "../../src/open-data/data-package.ts";
import { ENTITY_FIELDS, MENTION_FIELDS, STORY_FIELDS } from "../../src/open-data/tables.ts";
import type { SiteSettings } from "../../src/types.ts";
import { ROOT, TEST_SETTINGS } from "../helpers/site.ts";

// Both are CommonJS modules whose `default` is the export itself; NodeNext types the
// default import as the whole module, so the class and the plugin are read from it.
const Ajv = AjvDraft04.default;
const addFormats = addFormatsPlugin.default;

const profile = (name: string): object => JSON.parse(readFileSync(join(ROOT, "tests/fixtures/data-package-profiles", `${name}.json`), "utf8")) as object;

const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
// A hint to form editors in the profiles, not a format to check.
ajv.addFormat("textarea", true);
const validPackage = ajv.compile(profile("data-package"));
const validTabularResource = ajv.compile(profile("tabular-data-resource"));

interface Resource {
  name: string;
  profile: string;
  path: string | string[];
  schema: { fields: { name: string; type: string }[]; primaryKey?: string | string[] };
}
interface Descriptor {
  name: string;
  resources: Resource[];
  licenses?: object[];
}

const LICENSED: SiteSettings = { ...TEST_SETTINGS, dataLicense: { name: "CC-BY-4.0", path: "https://creativecommons.org/licenses/by/4.0/", title: "Creative Commons Attribution 4.0" } };

function descriptor(site: SiteSettings, years: number[]): Descriptor {
  // A round trip through JSON, as a reader gets it.
  return JSON.parse(JSON.stringify(dataPackage(site, years))) as Descriptor;
}

function problems(validate: typeof validPackage, data: unknown): string {
  return validate(data) ? "" : JSON.stringify(validate.errors, null, 2);
}

describe("datapackage.json", () => {
  it("is a valid Data Package (v1), with or without a licence, with stories or none", () => {
    for (const [site, years] of [[LICENSED, [2019, 2021]], [TEST_SETTINGS, [2021]], [TEST_SETTINGS, []]] as const) {
      assert.equal(problems(validPackage, descriptor(site, [...years])), "");
    }
  });

  it("describes each CSV file as a valid Tabular Data Resource, its columns typed in a Table Schema", () => {
    const tabular = descriptor(LICENSED, [2019, 2021]).resources.filter((resource) => resource.profile === "tabular-data-resource");
    assert.deepEqual(tabular.map((resource) => resource.name), ["entities", "mentions"]);
    for (const resource of tabular) assert.equal(problems(validTabularResource, resource), "", resource.name);
  });

  it("fails the schema check when a column has no type the Table Schema knows (the check is real)", () => {
    const broken = descriptor(LICENSED, [2021]).resources.find((resource) => resource.name === "mentions")!;
    broken.schema.fields[0]!.type = "url";
    assert.notEqual(problems(validTabularResource, broken), "");
    const unnamed = { ...descriptor(LICENSED, [2021]), name: "Not A Name" };
    assert.notEqual(problems(validPackage, unnamed), "");
  });

  it("lists every file, the yearly ones as parts of one resource, by paths relative to itself", () => {
    const { resources } = descriptor(LICENSED, [2019, 2021]);
    assert.deepEqual(
      resources.map((resource) => [resource.name, resource.path]),
      [
        ["stories", ["stories-2019.jsonl", "stories-2021.jsonl"]],
        ["entities", "entities.csv"],
        ["mentions", ["mentions-2019.csv", "mentions-2021.csv"]],
      ],
    );
    assert.deepEqual(descriptor(LICENSED, []).resources.map((resource) => resource.name), ["entities"], "no yearly files before the first story");
  });

  it("describes every column the files are written with, in their order", () => {
    const fields = (name: string) => descriptor(LICENSED, [2021]).resources.find((resource) => resource.name === name)!.schema.fields.map((field) => field.name);
    assert.deepEqual(fields("stories"), STORY_FIELDS.map((field) => field.name));
    assert.deepEqual(fields("entities"), ENTITY_FIELDS.map((field) => field.name));
    assert.deepEqual(fields("mentions"), MENTION_FIELDS.map((field) => field.name));
  });

  it("names the licence from site.yaml, and none when it has none", () => {
    assert.deepEqual(descriptor(LICENSED, [2021]).licenses, [LICENSED.dataLicense]);
    assert.equal(descriptor(TEST_SETTINGS, [2021]).licenses, undefined);
  });

  it("is named after the site's address, in the letters a Data Package name allows", () => {
    assert.equal(packageName(TEST_SETTINGS), "test.example.org");
    assert.equal(packageName({ url: "https://News.Example.org:8443", pathPrefix: "/archive/" }), "news.example.org-8443/archive");
  });
});
