// The preview server copies the images Annals lists, as a build does: never a link out
// of content/, and a photo added while it runs is there on the next rebuild.
import assert from "node:assert/strict";
import { cpSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { parse } from "node-html-parser";
import { startPreview, waitFor, type Preview } from "../helpers/preview.ts";
import { ROOT, tempDir, text, writeFiles } from "../helpers/site.ts";

const SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="40" height="30"><rect width="40" height="30" fill="#345"/></svg>`;

describe("images in the preview server", () => {
  let preview: Preview;
  let content: string;
  const status = async (path: string) => (await fetch(new URL(path, preview.url))).status;

  before(async () => {
    const dir = tempDir("preview-images");
    content = join(dir, "content");
    cpSync(join(ROOT, "tests/fixtures/browse/content"), content, { recursive: true });
    writeFiles(content, { "images/own.svg": SVG });
    symlinkSync("/etc/passwd", join(content, "images/passwd.jpg"));
    preview = await startPreview(content, join(dir, "_site"));
  });
  after(() => preview?.stop());

  it("serves the site's own images but not a link to /etc/passwd, and says why on the page", async () => {
    assert.equal(await status("/images/own.svg"), 200);
    assert.equal(await status("/images/passwd.jpg"), 404);
    const page = parse(await (await fetch(preview.url)).text());
    assert.match(text(page.querySelector(".preview-problems")), /images\/passwd\.jpg - is a link to \/etc\/passwd, outside content\//);
  });

  it("serves a photo added while it runs", async () => {
    writeFiles(content, { "images/added.svg": SVG });
    await waitFor("the added image", async () => ((await status("/images/added.svg")) === 200 ? true : undefined)).catch((error: Error) =>
      assert.fail(`${error.message}\n--- server output ---\n${preview.log()}`),
    );
  });
});
