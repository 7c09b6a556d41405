import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { csvField, csvFile } from "../../src/open-data/csv.ts";

describe("CSV (RFC 4180)", () => {
  it("leaves a plain field as it is", () => {
    assert.equal(csvField("Mustafa Al-Kadhimi"), "Mustafa Al-Kadhimi");
    assert.equal(csvField("مصطفى الكاظمي"), "مصطفى الكاظمي");
    assert.equal(csvField(" spaces kept "), " spaces kept ");
  });

  it("quotes a field holding a comma, a quote or a line break, doubling its quotes", () => {
    assert.equal(csvField("Baghdad, Iraq"), '"Baghdad, Iraq"');
    assert.equal(csvField('The "Conquest" Alliance'), '"The ""Conquest"" Alliance"');
    assert.equal(csvField("two\nlines"), '"two\nlines"');
    assert.equal(csvField("carriage\rreturn"), '"carriage\rreturn"');
  });

  it("writes numbers and booleans as text, and nothing as an empty field", () => {
    assert.equal(csvField(312), "312");
    assert.equal(csvField(true), "true");
    assert.equal(csvField(null), "");
  });

  it("writes a header row, then each record, every one ended by CRLF", () => {
    assert.equal(
      csvFile(["id", "name", "aliases"], [["place/baghdad", "Baghdad", '["Bagdad"]'], ["person/x", "Doe, Jane", null]]),
      'id,name,aliases\r\nplace/baghdad,Baghdad,"[""Bagdad""]"\r\nperson/x,"Doe, Jane",\r\n',
    );
    assert.equal(csvFile(["id"], []), "id\r\n", "an empty table still has its header");
  });

  it("refuses a row whose fields do not match the header", () => {
    assert.throws(() => csvFile(["a", "b"], [["1"]]), /1 fields where the header has 2/);
  });
});
