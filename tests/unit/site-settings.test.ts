// site.yaml: every setting checked against one schema, an unknown key kept as a warning
// that suggests the nearest known one, and the open data's licence.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { readDataFiles } from "../../src/content/data-files.ts";
import type { SiteFile } from "../../src/content/data-schemas.ts";
import type { ContentIssue } from "../../src/errors.ts";
import { DEFAULT_SITE_YAML, makeContent, ROOT } from "../helpers/site.ts";

function read(siteYaml: string): { site: SiteFile | undefined; issues: ContentIssue[] } {
  const issues: ContentIssue[] = [];
  const data = readDataFiles(ROOT, makeContent({ "_data/site.yaml": siteYaml }), issues);
  return { site: data?.site, issues };
}

describe("site.yaml", () => {
  it("warns about an unknown key, with its line, and suggests the nearest known one", () => {
    const { site, issues } = read(`${DEFAULT_SITE_YAML}pagesize: 10\n`);
    assert.ok(site, "a warning does not stop the build");
    assert.deepEqual(
      issues.map(({ severity, line, field, message }) => ({ severity, line, field, message })),
      [{ severity: "warning", line: 6, field: "pagesize", message: "unknown key `pagesize` is ignored. Did you mean `pageSize`?" }],
    );
  });

  it("warns inside the licence too, naming the keys it knows", () => {
    const { issues } = read(`${DEFAULT_SITE_YAML}dataLicense:\n  name: CC-BY-4.0\n  url: https://creativecommons.org/licenses/by/4.0/\n`);
    assert.deepEqual(
      issues.map(({ severity, line, field }) => ({ severity, line, field })),
      [{ severity: "warning", line: 8, field: "dataLicense.url" }],
    );
    assert.match(issues[0]!.message, /Known keys here: name, path, title\./);
  });

  it("reads the open data's licence", () => {
    const { site, issues } = read(`${DEFAULT_SITE_YAML}dataLicense:\n  name: CC-BY-4.0\n  path: https://creativecommons.org/licenses/by/4.0/\n  title: Creative Commons Attribution 4.0\n`);
    assert.deepEqual(issues, []);
    assert.deepEqual(site?.dataLicense, { name: "CC-BY-4.0", path: "https://creativecommons.org/licenses/by/4.0/", title: "Creative Commons Attribution 4.0" });
    assert.equal(read(DEFAULT_SITE_YAML).site?.dataLicense, undefined, "the licence is optional");
  });

  it("refuses a licence name the Data Package format cannot carry, or a licence without a name, naming the line", () => {
    const spaced = read(`${DEFAULT_SITE_YAML}dataLicense:\n  name: CC BY 4.0\n`);
    assert.equal(spaced.site, undefined);
    assert.deepEqual(
      spaced.issues.map(({ severity, line, field }) => ({ severity, line, field })),
      [{ severity: "error", line: 7, field: "dataLicense.name" }],
    );
    assert.match(spaced.issues[0]!.message, /like CC-BY-4\.0/);
    const bare = read(`${DEFAULT_SITE_YAML}dataLicense: CC-BY-4.0\n`);
    assert.equal(bare.issues[0]?.field, "dataLicense");
    assert.match(bare.issues[0]!.message, /with a `name:`/);
  });
});
