// Work that reads written pages (the search indexer) starts as soon as its pages are on
// disk, while the writer goes on with the rest, and never waits for a writer that stopped.
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { PagesOnDisk } from "../../src/output/pages-on-disk.ts";
import { unguardedChange } from "../../src/output/staging.ts";
import { EMPTY_MANIFEST, writeOutputs, type OutputFile } from "../../src/output/write-site.ts";
import { tempDir } from "../helpers/site.ts";

const page = (file: string): OutputFile => ({ file, fingerprint: "1", produce: () => file });
/** Whether `promise` has settled once everything already queued has run. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  promise.then(
    () => (done = true),
    () => (done = true),
  );
  await new Promise((resolve) => setImmediate(resolve));
  return done;
}

describe("pages on disk", () => {
  it("promises a group of files once the last of them is on disk, not before", async () => {
    const pages = new PagesOnDisk();
    const group = pages.whenOnDisk(["2021/a/index.html", "2021/b/index.html"]);
    pages.onDiskNow("2021/a/index.html");
    assert.equal(await settled(group), false);
    pages.onDiskNow("2021/b/index.html");
    assert.equal(await settled(group), true);
    assert.equal(await settled(pages.whenOnDisk(["2021/a/index.html"])), true, "a file already on disk is not waited for");
  });

  it("lets a waiter go when the writer is done without its file, and passes on the writer's failure", async () => {
    const finished = new PagesOnDisk();
    const never = finished.whenOnDisk(["missing/index.html"]);
    finished.writerDone();
    await never;

    const failed = new PagesOnDisk();
    const waiting = failed.whenOnDisk(["a/index.html"]);
    failed.writerDone(new Error("the disk is full"));
    await assert.rejects(waiting, /the disk is full/);
    await assert.rejects(failed.whenOnDisk(["b/index.html"]), /the disk is full/);
  });

  it("hears from the writer about each file as it lands, so a reader of the first files starts before the last is written", async () => {
    const dir = tempDir("on-disk");
    const pages = new PagesOnDisk();
    const site = Array.from({ length: 200 }, (_, i) => page(`p${i}/index.html`));
    let lastWrittenWhenFirstReady: boolean | undefined;
    // The reader's own work needs turns of the event loop, as messages to Pagefind's process do.
    const firstReady = pages
      .whenOnDisk(["p0/index.html", "p1/index.html"])
      .then(() => new Promise((resolve) => setImmediate(resolve)))
      .then(() => {
        lastWrittenWhenFirstReady = existsSync(join(dir, "p199/index.html"));
      });
    const written = await writeOutputs(unguardedChange(dir), site, EMPTY_MANIFEST, { onDisk: (file) => pages.onDiskNow(file) });
    await firstReady;
    assert.equal(lastWrittenWhenFirstReady, false, "the writer gave the event loop a turn before its last file");
    assert.equal(written.written.length, 200);
  });

  it("reports a file kept as it was as on disk too", async () => {
    const dir = tempDir("on-disk");
    const first = await writeOutputs(unguardedChange(dir), [page("a/index.html")], EMPTY_MANIFEST);
    const reported: string[] = [];
    await writeOutputs(unguardedChange(dir), [page("a/index.html")], first.manifest, { onDisk: (file) => reported.push(file) });
    assert.deepEqual(reported, ["a/index.html"]);
  });
});
