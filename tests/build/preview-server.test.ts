// The preview server (`npm start`) survives mistakes: a broken article is reported on
// every page and in the terminal, the rest keeps working, and fixing it needs no restart.
import assert from "node:assert/strict";
import { cpSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { parse } from "node-html-parser";
import { startPreview, waitFor, type Preview } from "../helpers/preview.ts";
import { article, ROOT, tempDir, text, writeFiles } from "../helpers/site.ts";

const STORY = "articles/2022/06/new-story.md";
const GOOD = article(`title: "Story under edit"\ndate: 2022-06-01\nsource: AFP`);

describe("the preview server", () => {
  let preview: Preview;
  let content: string;

  const get = async (path: string) => {
    const response = await fetch(new URL(path, preview.url));
    return { status: response.status, page: parse(await response.text()) };
  };
  /** Waits until the page at `path` satisfies `ready`. */
  const until = (what: string, path: string, ready: (answer: Awaited<ReturnType<typeof get>>) => boolean) =>
    waitFor(what, async () => {
      const answer = await get(path);
      return ready(answer) ? answer : undefined;
    }).catch((error: Error) => assert.fail(`${error.message}\n--- server output ---\n${preview.log()}`));

  before(async () => {
    const dir = tempDir("preview");
    content = join(dir, "content");
    cpSync(join(ROOT, "tests/fixtures/browse/content"), content, { recursive: true });
    writeFiles(content, { [STORY]: GOOD });
    preview = await startPreview(content, join(dir, "_site"));
  });
  after(() => preview?.stop());

  it("serves a new story", async () => {
    const { page } = await until("the story", "/2022/06/01/new-story/", ({ status }) => status === 200);
    assert.equal(text(page.querySelector("h1")), "Story under edit");
  });

  it("reports broken front-matter on every page and in the terminal, and keeps serving the rest", async () => {
    writeFiles(content, { [STORY]: article(`title: "Story under edit\ndate: 2022-06-01\nsource: AFP`) });
    const { page } = await until("the error report", "/", ({ page }) => page.querySelector(".preview-problems") !== null);
    const report = text(page.querySelector(".preview-problems"));
    assert.match(report, /1 content error/);
    assert.match(report, /new-story\.md:\d+ .*not valid YAML/);
    assert.equal(page.querySelector(".preview-problems")?.getAttribute("role"), "alert");
    assert.ok(page.querySelectorAll(".card").length > 0, "the other stories are still listed");
    assert.ok(!page.querySelectorAll(".card-title a").some((link) => link.getAttribute("href") === "/2022/06/01/new-story/"));
    assert.match(preview.log(), /new-story\.md:\d+ .*not valid YAML/);

    writeFiles(content, { [STORY]: article(`date: 2022-06-01\nsource: AFP`) });
    const missing = await until("the missing-title report", "/tags/", ({ page }) => /title\s+is required/.test(text(page.querySelector(".preview-problems"))));
    assert.match(text(missing.page.querySelector(".preview-problems")), /new-story\.md {1,2}title/);
  });

  it("recovers on its own when the file is fixed", async () => {
    writeFiles(content, { [STORY]: GOOD });
    const { page } = await until("the fixed story", "/2022/06/01/new-story/", ({ status, page }) => status === 200 && page.querySelector(".preview-problems") === null);
    assert.equal(text(page.querySelector("h1")), "Story under edit");
  });

  it("moves a renamed story and removes a deleted one, from its address and the listings", async () => {
    renameSync(join(content, STORY), join(content, "articles/2022/06/renamed-story.md"));
    await until("the renamed story", "/2022/06/01/renamed-story/", ({ status }) => status === 200);
    await until("the old address to go", "/2022/06/01/new-story/", ({ status }) => status === 404);

    rmSync(join(content, "articles/2022/06/renamed-story.md"));
    await until("the deleted story to go", "/2022/06/01/renamed-story/", ({ status }) => status === 404);
    const month = await get("/2022/");
    assert.ok(!month.page.querySelectorAll("a").some((link) => link.getAttribute("href")?.includes("renamed-story")));
  });
});
