import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { loadArchive } from "../../src/content/load-archive.ts";
import { withCreditOnce } from "../../src/content/photo-credit.ts";
import { article, makeContent, ROOT, TEST_SETTINGS } from "../helpers/site.ts";

const image = (caption: string | undefined, credit: string | undefined) => ({
  src: "/images/taji.jpg",
  alt: "Soldiers at Taji base",
  ...(caption === undefined ? {} : { caption }),
  ...(credit === undefined ? {} : { credit }),
});

describe("withCreditOnce", () => {
  it("drops the bracketed credit a caption ends with when the credit field says the same", () => {
    const caption = "US soldiers during a handover ceremony of Taji military base, Iraq, August 23, 2020.";
    assert.deepEqual(withCreditOnce(image(`${caption} (REUTERS)`, "REUTERS")), image(caption, "REUTERS"));
    assert.deepEqual(withCreditOnce(image(`${caption} [Reuters/Thaier Al-Sudani].`, "REUTERS/Thaier al-Sudani")), image(caption, "REUTERS/Thaier al-Sudani"));
    assert.deepEqual(withCreditOnce(image("(AFP)", "AFP")), image(undefined, "AFP"));
  });

  it("keeps a caption whose brackets say something else, or that has no credit field to show", () => {
    for (const [caption, credit] of [
      ["Protesters in Baghdad (file photo)", "AFP"],
      ["Protesters in Baghdad (REUTERS) on Friday", "REUTERS"],
      ["Protesters in Baghdad. (REUTERS)", undefined],
      ["Protesters in Baghdad.", "REUTERS"],
    ] as const) {
      const given = image(caption, credit);
      assert.deepEqual(withCreditOnce(given), given, caption);
    }
  });
});

describe("an article loaded with such a caption", () => {
  it("carries the caption without the bracketed credit, for every page, feed and index", () => {
    const contentDir = makeContent({
      "images/taji.svg": '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="3"/>',
      "articles/2021/07/taji.md": article(
        `title: "Handover at Taji"\ndate: 2021-07-28\nsource: AFP\nimage:\n  src: /images/taji.svg\n  alt: "Soldiers"\n  caption: "Soldiers at Taji, August 23, 2020. (REUTERS)"\n  credit: REUTERS`,
      ),
    });
    const [loaded] = loadArchive({ projectRoot: ROOT, contentDir, includeDrafts: false, assets: TEST_SETTINGS.assets }).articles;
    assert.equal(loaded?.image?.caption, "Soldiers at Taji, August 23, 2020.");
    assert.equal(loaded?.image?.credit, "REUTERS");
  });
});
