// Pagefind's process dying mid-build (a full disk makes it panic, a large archive can
// make it run out of memory) stops the build with a clear message and _site/ as it was,
// instead of a build that waits forever or exits with the site half-changed; and the next
// build starts a new process and succeeds. This fails when src/search/indexer-exit.ts
// stops seeing the process Pagefind's API spawns.
import assert from "node:assert/strict";
import { cpSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { generateArchive } from "../../src/bench/generate-archive.ts";
import { createRandom } from "../../src/bench/prng.ts";
import { buildSite } from "../../src/build.ts";
import { applyChanges } from "../../src/dev/archive-changes.ts";
import { pollUntil } from "../../src/dev/poll.ts";
import { IndexerGone } from "../../src/search/indexer-exit.ts";
import { indexerProcesses } from "../../src/search/indexer-priority.ts";
import { tempDir } from "../helpers/site.ts";
import { assertSameTree } from "../helpers/trees.ts";

describe("Pagefind's process dying mid-build", () => {
  it("fails the build with a message saying so, leaves _site/ as it was, and the next build succeeds", async () => {
    const root = tempDir("indexer-exit");
    const content = join(root, "content");
    const options = { input: content, output: join(root, "_site"), cacheDir: join(root, "cache") };
    generateArchive({ dir: content, articles: 12, seed: 8 });
    assert.ok((await buildSite(options)).ok);
    applyChanges(content, createRandom(9), { settings: true, label: "indexer" });
    cpSync(options.output, join(root, "before"), { recursive: true });

    const building = buildSite(options);
    await pollUntil("Pagefind's process", async () => indexerProcesses().length > 0, 5, 30_000);
    process.kill(indexerProcesses()[0]!, "SIGKILL");
    await assert.rejects(building, (error: unknown) => error instanceof IndexerGone && /Pagefind's process was stopped by SIGKILL before it answered/.test(error.message));
    assertSameTree(options.output, join(root, "before"));

    assert.ok((await buildSite(options)).ok, "the next build starts Pagefind again");
  });
});
