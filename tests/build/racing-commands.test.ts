// Commands racing one another in one project: a build while the preview runs (they share
// the parse cache in .cache/annals/), an import while the preview runs, and 100 saves of
// one story in five seconds. The final state is what the last change says, nothing lost
// or doubled: the build's _site/ equals a clean build, and the preview's folder equals that
// of a preview started from nothing on the content as it ends (the search index aside: the
// preview indexes a save into an edits bundle of its own). Two builds at once: tests/build/build-lock.test.ts.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { after, before, describe, it } from "node:test";
import { parse } from "node-html-parser";
import { generateArchive } from "../../src/bench/generate-archive.ts";
import { sleep } from "../../src/dev/poll.ts";
import { startPreview, waitFor, type Preview } from "../helpers/preview.ts";
import { ROOT, tempDir, text } from "../helpers/site.ts";
import { assertSameTree } from "../helpers/trees.ts";

const run = promisify(execFile);
const SKIP_SEARCH = (file: string) => file.startsWith("pagefind/");

describe("commands racing in one project", () => {
  const project = tempDir("racing");
  const content = join(project, "content");
  const previewFolder = join(project, ".cache/annals/preview");
  let preview: Preview;

  /** Runs an `npm run` command's script in the project, as `npm run` would. */
  const command = (script: string, args: string[]) => run(process.execPath, ["--import", pathToFileURL(join(ROOT, "node_modules/tsx/dist/loader.mjs")).href, join(ROOT, "src/cli", script), ...args], { cwd: project });
  const served = async (path: string) => {
    const response = await fetch(new URL(path, preview.url));
    return response.ok ? parse(await response.text()) : undefined;
  };
  const headline = async (path: string) => text((await served(path))?.querySelector("h1"));
  /** The preview's folder equals that of a preview started from nothing on the content as it is now. */
  const previewMatchesFreshPreview = async () => {
    const fresh = tempDir("racing-fresh");
    const second = await startPreview(content, join(fresh, "preview"), { cwd: fresh });
    await second.stop();
    assertSameTree(previewFolder, join(fresh, "preview"), SKIP_SEARCH);
  };

  before(async () => {
    generateArchive({ dir: content, articles: 12, seed: 11 });
    preview = await startPreview(content, undefined, { cwd: project });
  });
  after(() => preview?.stop());

  it("builds while the preview runs and rebuilds: the build equals a clean build, the preview the content", async () => {
    // Saved as the build starts, so the preview rebuilds beside it, on the same parse cache.
    mkdirSync(join(content, "articles/2024/03"), { recursive: true });
    writeFileSync(join(content, "articles/2024/03/racing-story.md"), `---\ntitle: "Saved while a build runs"\ndate: 2024-03-02\nsource: AFP\n---\nA story saved while a build runs.\n`);
    await command("build.ts", ["--input=content", "--output=_site"]);
    await waitFor("the preview to show the saved story", async () => (await headline("/2024/03/02/racing-story/")) === "Saved while a build runs" || undefined).catch((error: Error) => assert.fail(`${error.message}\n${preview.log()}`));
    // From the same working folder: the scripts' bundles name their sources relative to it.
    const clean = tempDir("racing-build-clean");
    await command("build.ts", ["--input=content", `--output=${join(clean, "_site")}`, `--cache-dir=${join(clean, "cache")}`]);
    assertSameTree(join(project, "_site"), join(clean, "_site"));
    await previewMatchesFreshPreview();
  });

  it("imports while the preview runs: every imported story is served, once", async () => {
    const { stdout } = await command("import.ts", ["--input=content", "--source=AFP", join(ROOT, "tests/fixtures/import/kirkuk-talks.txt"), join(ROOT, "tests/fixtures/import/taji-handover.txt"), join(ROOT, "tests/fixtures/import-feeds/world-news.rss")]);
    const addresses = [...stdout.matchAll(/wrote \S+ {2}\((\/[^)]+)\)/g)].map((match) => match[1]!);
    assert.ok(addresses.length >= 3, `the import wrote stories:\n${stdout}`);
    for (const address of addresses) await waitFor(`the preview to serve ${address}`, async () => (await served(address)) !== undefined || undefined);
    await previewMatchesFreshPreview();
  });

  it("follows 100 saves of one story in five seconds to the last one", async () => {
    const story = join(content, "articles/2023/07/saved-often.md");
    mkdirSync(join(content, "articles/2023/07"), { recursive: true });
    for (let save = 1; save <= 100; save++) {
      writeFileSync(story, `---\ntitle: "Save number ${save}"\ndate: 2023-07-01\nsource: AFP\n---\nThe text as of save ${save}.\n`);
      await sleep(50);
    }
    await waitFor("the preview to show the last save", async () => (await headline("/2023/07/01/saved-often/")) === "Save number 100" || undefined);
    // A rebuild still running for an earlier save would show here as a difference.
    await sleep(1000);
    await previewMatchesFreshPreview();
    const month = readFileSync(join(previewFolder, "2023/07/index.html"), "utf8");
    assert.match(month, /Save number 100\b/);
    assert.doesNotMatch(month, /Save number (?!100\b)\d+/, "no earlier save is listed");
  });
});
