// The preview trusts its own folder between rebuilds (it alone writes there) and looks
// at the disk again when the folder is no longer the one it wrote.
import assert from "node:assert/strict";
import { existsSync, rmSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { PreviewSession } from "../../src/preview/session.ts";
import { ROOT, article, makeContent, tempDir } from "../helpers/site.ts";

describe("the preview's rebuilds", () => {
  it("writes every file again when its folder was deleted while it ran", async () => {
    const content = makeContent({
      "_data/sources.yaml": "- name: AFP\n  url: https://www.afp.com\n",
      "articles/2024/01/story.md": article(`title: "A story"\ndate: 2024-01-02\nsource: AFP`),
    });
    const output = join(tempDir("preview"), "site");
    const session = new PreviewSession(content, output, ROOT);
    const first = await session.rebuild();
    assert.ok(first.report.written.includes("index.html"));
    assert.equal((await session.rebuild()).report.written.length, 0, "nothing changed, nothing written");
    rmSync(output, { recursive: true });
    const again = await session.rebuild();
    assert.equal(again.report.written.length, first.report.written.length);
    assert.ok(existsSync(join(output, "2024/01/02/story/index.html")));
  });
});
