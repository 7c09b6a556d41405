// The preview server (`npm start`) survives mistakes: a broken article is reported on
// every page and in the terminal, the rest keeps working, and fixing it needs no restart.
import assert from "node:assert/strict";
import { cpSync, existsSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import { connect } from "node:net";
import { networkInterfaces } from "node:os";
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

  let project: string;
  let output: string;
  before(async () => {
    // A project of its own, so the preview's default folder (and any stray _site/) is visible.
    project = tempDir("preview");
    content = join(project, "content");
    output = join(project, ".cache/annals/preview");
    cpSync(join(ROOT, "tests/fixtures/browse/content"), content, { recursive: true });
    writeFiles(content, { [STORY]: GOOD, "articles/2022/05/a-draft.md": article(`title: "A draft in the preview"\ndate: 2022-05-01\nsource: AFP\ndraft: true`),
      "articles/2022/04/unregistered.md": article(`title: "Names nobody registered"\ndate: 2022-04-01\nsource: AFP\nentities:\n  people: [Zaid Unregistered, Huda Unregistered]`),
    });
    preview = await startPreview(content, undefined, { cwd: project });
  });
  after(() => preview?.stop());

  it("serves a new story", async () => {
    const { page } = await until("the story", "/2022/06/01/new-story/", ({ status }) => status === 200);
    assert.equal(text(page.querySelector("h1")), "Story under edit");
  });

  it("shows drafts from its own folder and never writes the build's _site/", async () => {
    await until("the draft", "/2022/05/01/a-draft/", ({ status }) => status === 200);
    assert.ok(existsSync(join(output, "2022/05/01/a-draft/index.html")), "the preview writes into .cache/annals/preview");
    assert.ok(!existsSync(join(project, "_site")), "no _site/ is written");
  });

  it("sums the notes up in one terminal line, and lists every one on its problems page", async () => {
    await until("the story with unregistered names", "/2022/04/01/unregistered/", ({ status }) => status === 200);
    assert.match(preview.log(), /Notes: \d+ names are not in entities\.yaml; `npm run check` and http:\/\/localhost:\d+\/_annals\/problems\/ list them\./);
    assert.doesNotMatch(preview.log(), /Zaid Unregistered/, "no line per note");
    const { page } = await get("/_annals/problems/");
    const notes = page.querySelectorAll("section").find((section) => /^Notes/.test(text(section.querySelector("h2"))));
    assert.match(text(notes), /unregistered\.md .*Zaid Unregistered/);
    assert.match(text(notes), /Huda Unregistered/);
  });

  it("rewrites only the pages an edit touches", async () => {
    const untouched = join(output, "2021/01/20/a2/index.html");
    const before = statSync(untouched).mtimeMs;
    const logged = preview.log().length;
    // A second paragraph: the summary (the first paragraph) stays, so the listings do too.
    writeFiles(content, { [STORY]: `${GOOD}\nA paragraph edited in the preview.\n` });
    await until("the edit", "/2022/06/01/new-story/", ({ page }) => text(page.querySelector(".article-body")).includes("edited in the preview"));
    const rebuilt = await waitFor("the rebuild's line", async () => /Rebuilt in [\d.]+ s: (\d+) files written/.exec(preview.log().slice(logged)) ?? undefined);
    assert.ok(Number(rebuilt[1]) <= 4, `only the story's page, the full-text feeds and its year's stories file (its word count), got: ${rebuilt[0]}`);
    assert.equal(statSync(untouched).mtimeMs, before, "another story's page is left as it was");
  });

  it("answers a path that escapes the site with the 404 page, and keeps serving", async () => {
    for (const path of ["/%2e%2e%2fpackage.json", "/..%2f..%2fetc/passwd", "/%E0%A4%A"]) {
      const response = await fetch(new URL(path, preview.url));
      assert.equal(response.status, 404, path);
    }
    assert.equal((await get("/")).status, 200);
  });

  it("answers a request for a whole address, as a proxy sends it, with 400, and keeps serving", async () => {
    const { hostname, port } = new URL(preview.url);
    for (const target of ["http://[", "http://example.org/"]) {
      const said = await new Promise<string>((resolve, reject) => {
        const socket = connect(Number(port), hostname, () => socket.write(`GET ${target} HTTP/1.1\r\nHost: ${hostname}\r\nConnection: close\r\n\r\n`));
        let answer = "";
        socket.setTimeout(5_000, () => socket.destroy(new Error("no answer in 5 s")));
        socket.on("data", (chunk: Buffer) => (answer += chunk.toString()));
        socket.on("end", () => resolve(answer));
        socket.on("error", reject);
      });
      assert.match(said, /^HTTP\/1\.1 400 /, target);
    }
    assert.equal((await get("/")).status, 200);
  });

  it("does not answer on the machine's other network addresses", async () => {
    const port = new URL(preview.url).port;
    const others = Object.values(networkInterfaces()).flatMap((addresses) => addresses ?? []).filter((address) => !address.internal && address.family === "IPv4");
    for (const { address } of others) {
      await assert.rejects(fetch(`http://${address}:${port}/`, { signal: AbortSignal.timeout(3000) }), `${address} must not answer`);
    }
    assert.equal((await get("/")).status, 200, "localhost answers");
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
    // The terminal's lines come through a pipe, and may arrive after the page is served.
    await waitFor("the error in the terminal", async () => /new-story\.md:\d+ .*not valid YAML/.test(preview.log()) || undefined);

    writeFiles(content, { [STORY]: article(`date: 2022-06-01\nsource: AFP`) });
    const missing = await until("the missing-title report", "/tags/", ({ page }) => /title\s+is required/.test(text(page.querySelector(".preview-problems"))));
    assert.match(text(missing.page.querySelector(".preview-problems")), /new-story\.md {1,2}title/);
  });

  it("recovers on its own when the file is fixed", async () => {
    writeFiles(content, { [STORY]: GOOD });
    const { page } = await until("the fixed story", "/2022/06/01/new-story/", ({ status, page }) => status === 200 && page.querySelector(".preview-problems") === null);
    assert.equal(text(page.querySelector("h1")), "Story under edit");
  });

  /** Runs `change`, waits for `served`, and returns the rebuild lines logged meanwhile as files written and removed. */
  const rebuildsFor = async (change: () => void, served: () => Promise<unknown>) => {
    const logged = preview.log().length;
    const untouched = join(output, "2021/01/20/a2/index.html");
    const before = statSync(untouched).mtimeMs;
    change();
    await served();
    const lines = await waitFor("the rebuild's line", async () => {
      const found = [...preview.log().slice(logged).matchAll(/Rebuilt in [\d.]+ s: (\d+) files written, (\d+) removed/g)];
      return found.length > 0 ? found : undefined;
    });
    assert.equal(statSync(untouched).mtimeMs, before, "another story's page is left as it was");
    // A rename may come as two rebuilds (the removal, then the addition) on a loaded machine: each is bounded, not their sum.
    return { written: Math.max(...lines.map((line) => Number(line[1]))), removed: lines.reduce((sum, line) => sum + Number(line[2]), 0) };
  };

  it("adds, renames and deletes a story, rewriting only the pages that list it", async (t) => {
    const total = readdirSync(output, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile() && !entry.parentPath.includes("pagefind")).length;
    const added = "articles/2022/06/added-story.md";
    const adding = await rebuildsFor(
      () => writeFiles(content, { [added]: article(`title: "Added while it runs"\ndate: 2022-06-02\nsource: AFP`) }),
      () => until("the added story", "/2022/06/02/added-story/", ({ status }) => status === 200),
    );
    assert.ok(adding.written > 0 && adding.written < total / 3, `adding wrote ${adding.written} of ${total} files`);

    const renaming = await rebuildsFor(
      () => renameSync(join(content, STORY), join(content, "articles/2022/06/renamed-story.md")),
      async () => {
        await until("the renamed story", "/2022/06/01/renamed-story/", ({ status }) => status === 200);
        await until("the old address to go", "/2022/06/01/new-story/", ({ status }) => status === 404);
      },
    );
    assert.ok(renaming.removed >= 1 && renaming.written < total / 3, `renaming wrote ${renaming.written} of ${total} files`);

    const deleting = await rebuildsFor(
      () => {
        rmSync(join(content, "articles/2022/06/renamed-story.md"));
        rmSync(join(content, added));
      },
      () => until("the deleted stories to go", "/2022/06/01/renamed-story/", ({ status }) => status === 404),
    );
    assert.ok(deleting.removed >= 1 && deleting.written < total / 3, `deleting wrote ${deleting.written} of ${total} files`);
    t.diagnostic(`of ${total} files: adding wrote ${adding.written}, renaming ${renaming.written} (${renaming.removed} removed), deleting ${deleting.written} (${deleting.removed} removed)`);
    const month = await get("/2022/");
    assert.ok(!month.page.querySelectorAll("a").some((link) => link.getAttribute("href")?.includes("renamed-story")));
  });

  it("follows a story moved out of its month folder, leaving it empty, and back", async () => {
    const only = join(content, "articles/2021/02/a3.md");
    const aside = join(content, "a3.md.aside");
    renameSync(only, aside);
    await until("the moved story to go", "/2021/02/05/a3/", ({ status }) => status === 404);
    renameSync(aside, only);
    await until("the story back", "/2021/02/05/a3/", ({ status }) => status === 200);
  });

  it("follows the whole articles folder moved away and back", async () => {
    const articles = join(content, "articles");
    const away = join(project, "articles-away");
    renameSync(articles, away);
    await until("every story to go", "/2021/01/20/a2/", ({ status }) => status === 404);
    renameSync(away, articles);
    await until("the stories back", "/2021/01/20/a2/", ({ status }) => status === 200);
  });
});
