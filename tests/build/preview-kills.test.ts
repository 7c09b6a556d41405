// The preview (`npm start`) killed with SIGKILL while it rebuilds for a save: its next
// start makes its folder what the content says, even when the save was undone meanwhile
// (a headline changed to one of the same length, so the rewritten pages keep their sizes
// and only the mark the killed rebuild left tells them apart from the ones it recorded).
// ANNALS_PREVIEW_KILLS sets how many moments (2 by default).
import assert from "node:assert/strict";
import { cpSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { generateArchive } from "../../src/bench/generate-archive.ts";
import { pollUntil } from "../../src/dev/poll.ts";
import { startPreview } from "../helpers/preview.ts";
import { tempDir } from "../helpers/site.ts";
import { assertSameTree, tree } from "../helpers/trees.ts";

const KILLS = Number(process.env.ANNALS_PREVIEW_KILLS ?? "2");
// The search index aside, and the temporary file a kill can leave beside the page it was
// writing (never linked; the preview does not clean it up yet).
const SKIP_SEARCH = (file: string) => file.startsWith("pagefind/") || /\.annals-\d+\.tmp$/.test(file);

describe("the preview killed while it rebuilds", () => {
  it(`starts again right after each of ${KILLS} kills, with the save undone in between`, async (t) => {
    const project = tempDir("preview-kills");
    const content = join(project, "content");
    const folder = join(project, ".cache/annals/preview");
    generateArchive({ dir: content, articles: 12, seed: 21 });
    const first = readdirSync(join(content, "articles"), { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".md")).sort()[0]!;
    const story = join(content, "articles", first);
    const original = readFileSync(story, "utf8");
    const title = /^title: (.*)$/m.exec(original)![1]!;
    const retitled = original.replace(`title: ${title}`, `title: ${title.replace(/[A-Za-z]/g, "x")}`);

    /** Starts the preview and waits for its search index, which it writes after its pages. */
    const start = async () => {
      const started = await startPreview(content, undefined, { cwd: project });
      await pollUntil("the search index", async () => started.log().includes("Search:"), 50, 60_000);
      return started;
    };
    let preview = await start();
    // A failed check must not leave a server running: the test process would wait for it.
    t.after(() => preview.stop());
    // The folder of a preview started from nothing on this content.
    const reference = join(tempDir("preview-kills-reference"), "preview");
    cpSync(folder, reference, { recursive: true, filter: (path) => !path.startsWith(join(folder, "pagefind")) });
    const started = tree(folder, SKIP_SEARCH);
    let midway = 0;
    for (let kill = 1; kill <= KILLS; kill++) {
      writeFileSync(story, retitled);
      // Killed once the rebuild has rewritten its first page, the others still to come.
      await pollUntil("the rebuild to start writing", async () => [...tree(folder, SKIP_SEARCH)].some(([file, bytes]) => !started.get(file)?.equals(bytes)), 1, 30_000);
      process.kill(-preview.child.pid!, "SIGKILL");
      await preview.stop();
      if (!preview.log().includes("Rebuilt in", preview.log().lastIndexOf("Preview ready"))) midway++;
      writeFileSync(story, original);
      preview = await start();
      assertSameTree(folder, reference, SKIP_SEARCH);
    }
    await preview.stop();
    assert.ok(midway > 0, "at least one kill came before the rebuild ended");
  });
});
