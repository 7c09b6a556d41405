// The preview server copies the images Annals lists, as a build does: never a link out
// of content/, and a photo added while it runs is there on the next rebuild.
import assert from "node:assert/strict";
import { cpSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { parse } from "node-html-parser";
import { startPreview, waitFor, type Preview } from "../helpers/preview.ts";
import { article, ROOT, tempDir, text, writeFiles } from "../helpers/site.ts";

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

  it("reports an alias bomb on the page and keeps rebuilding past editors' lock files, folders named x.md and dangling links", async () => {
    const bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]";
    writeFiles(content, { "articles/2022/06/bomb.md": article(`title: "Bomb"\ndate: 2022-06-01\nsource: AFP\n${bomb}`), "articles/2022/06/folder.md/.keep": "" });
    symlinkSync("editor@host.4242:1700000000", join(content, "articles/2022/06/.#bomb.md"));
    symlinkSync("nowhere.md", join(content, "articles/2022/06/dangling.md"));
    const problems = async () => text(parse(await (await fetch(preview.url)).text()).querySelector(".preview-problems"));
    const report = await waitFor("the alias bomb's report", async () => {
      const shown = await problems();
      return /bomb\.md:6 .*repeats YAML aliases/.test(shown) && /dangling\.md/.test(shown) ? shown : undefined;
    }).catch((error: Error) => assert.fail(`${error.message}\n--- server output ---\n${preview.log()}`));
    assert.doesNotMatch(report, /\.#bomb|folder\.md/);
    assert.doesNotMatch(preview.log(), /^\s+at .+[:(]/m, "no stack trace in the terminal");

    writeFiles(content, { "articles/2022/06/bomb.md": article(`title: "Bomb defused"\ndate: 2022-06-01\nsource: AFP`) });
    await waitFor("the fixed story", async () => ((await status("/2022/06/01/bomb/")) === 200 ? true : undefined)).catch((error: Error) =>
      assert.fail(`${error.message}\n--- server output ---\n${preview.log()}`),
    );
  });

  it("leaves out an article whose image.src is not an image and says why, instead of failing every rebuild", async () => {
    writeFiles(content, {
      "articles/2022/06/data-photo.md": article(`title: "Data photo"\ndate: 2022-06-02\nsource: AFP\nimage:\n  src: /_data/site.yaml\n  alt: "x"`),
      "articles/2022/06/after.md": article(`title: "After"\ndate: 2022-06-02\nsource: AFP`),
    });
    // The problems box changes once the rebuild has written its pages; the story saved beside it may be served a moment before.
    const shown = await waitFor("the story saved after it, and the report", async () => {
      if ((await status("/2022/06/02/after/")) !== 200) return undefined;
      const report = text(parse(await (await fetch(preview.url)).text()).querySelector(".preview-problems"));
      return /data-photo\.md/.test(report) ? report : undefined;
    }).catch((error: Error) => assert.fail(`${error.message}\n--- server output ---\n${preview.log()}`));
    assert.match(shown, /data-photo\.md:6 image\.src expected an image file ending in \.jpg/);
    assert.equal(await status("/2022/06/02/data-photo/"), 404);
  });

  it("serves a photo added while it runs", async () => {
    writeFiles(content, { "images/added.svg": SVG });
    await waitFor("the added image", async () => ((await status("/images/added.svg")) === 200 ? true : undefined)).catch((error: Error) =>
      assert.fail(`${error.message}\n--- server output ---\n${preview.log()}`),
    );
  });
});
