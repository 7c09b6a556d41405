// Which files a run writes: those whose fingerprint changed, and those whose file on
// disk no longer matches what the last run recorded, unless the caller knows it does.
import assert from "node:assert/strict";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { unguardedChange } from "../../src/output/staging.ts";
import { EMPTY_MANIFEST, writeOutputs, WRITES_IN_FLIGHT, type OutputFile } from "../../src/output/write-site.ts";
import { tempDir } from "../helpers/site.ts";

const page = (file: string, fingerprint: string, text: string): OutputFile => ({ file, fingerprint, produce: () => text });
const SITE = [page("index.html", "1", "home"), page("a/index.html", "1", "page a")];

describe("writing the output folder", () => {
  it("writes a file again when it was removed behind the writer's back", async () => {
    const dir = tempDir("write");
    const first = await writeOutputs(unguardedChange(dir), SITE, EMPTY_MANIFEST);
    rmSync(join(dir, "a/index.html"));
    const second = await writeOutputs(unguardedChange(dir), SITE, first.manifest);
    assert.deepEqual(second.written, ["a/index.html"]);
    assert.equal(readFileSync(join(dir, "a/index.html"), "utf8"), "page a");
  });

  it("writes a staged folder's files at their own names, without looking at what is there first", async () => {
    const dir = tempDir("write");
    // A staged folder is made empty for the build; a file found there anyway tells the two ways apart.
    mkdirSync(join(dir, "a"));
    writeFileSync(join(dir, "a/index.html"), "found there");
    const inode = statSync(join(dir, "a/index.html")).ino;
    const report = await writeOutputs({ dir, staged: true, willChange: () => {} }, [SITE[1]!, SITE[0]!], EMPTY_MANIFEST);
    // Not held back as a replacement (written after every new file), nor renamed into place from another name.
    assert.deepEqual(report.written, ["a/index.html", "index.html"]);
    assert.equal(statSync(join(dir, "a/index.html")).ino, inode);
    assert.equal(readFileSync(join(dir, "a/index.html"), "utf8"), "page a");
    assert.deepEqual(readdirSync(dir).sort(), ["a", "index.html"]);
  });

  it("keeps a file whose fingerprint is unchanged without looking at the disk, when told the folder holds what was recorded", async () => {
    const dir = tempDir("write");
    const first = await writeOutputs(unguardedChange(dir), SITE, EMPTY_MANIFEST);
    // Removed behind its back, where the caller vouched for the folder: the file is not
    // looked at, so it is not written either (what the preview saves on every rebuild).
    rmSync(join(dir, "a/index.html"));
    const changed = [page("index.html", "2", "home, changed"), SITE[1]!];
    const second = await writeOutputs(unguardedChange(dir), changed, first.manifest, { previousOnDisk: true });
    assert.deepEqual(second.written, ["index.html"]);
    assert.equal(second.kept, 1);
    assert.equal(existsSync(join(dir, "a/index.html")), false);
  });

  it("judges a kept file by the sizes it is given, found before the writing began", async () => {
    const dir = tempDir("write");
    const first = await writeOutputs(unguardedChange(dir), SITE, EMPTY_MANIFEST);
    const recorded = new Map(Object.entries(first.manifest.files).map(([file, [, size]]) => [file, size]));
    // Removed after the sizes were found: not looked at again, so kept.
    rmSync(join(dir, "a/index.html"));
    const trusting = await writeOutputs(unguardedChange(dir), SITE, first.manifest, { sizesOnDisk: recorded });
    assert.deepEqual(trusting.written, []);
    // Missing from the sizes, or another size: written again.
    const changed = new Map([["index.html", 1]]);
    const second = await writeOutputs(unguardedChange(dir), SITE, first.manifest, { sizesOnDisk: changed });
    assert.deepEqual(second.written.sort(), ["a/index.html", "index.html"]);
  });

  it("updates the record it is given in place when asked (the preview's), and refuses the shared empty record", async () => {
    const dir = tempDir("write");
    const record = { files: { ...(await writeOutputs(unguardedChange(dir), [...SITE, page("old/index.html", "1", "gone next")], EMPTY_MANIFEST)).manifest.files } };
    const report = await writeOutputs(unguardedChange(dir), [page("index.html", "2", "home, changed"), SITE[1]!], record, { previousOnDisk: true, updateInPlace: true });
    assert.equal(report.manifest, record, "the same record");
    assert.deepEqual(Object.keys(record.files).sort(), ["a/index.html", "index.html"], "the removed page is no longer in it");
    assert.equal(record.files["index.html"]![0], "2");
    assert.deepEqual(report.removed, ["old/index.html"]);
    await assert.rejects(writeOutputs(unguardedChange(tempDir("write")), SITE, EMPTY_MANIFEST, { updateInPlace: true }), TypeError);
  });

  it("looks up only the outputs that are not the last call's objects at the same places, when given them", async () => {
    const dir = tempDir("write");
    const record = { files: { ...(await writeOutputs(unguardedChange(dir), SITE, EMPTY_MANIFEST)).manifest.files } };
    const options = { previousOnDisk: true, updateInPlace: true };
    const first = [page("index.html", "2", "home, changed"), SITE[1]!];
    await writeOutputs(unguardedChange(dir), first, record, options);
    // Behind the writer's back, the record no longer says what page a was written with:
    // looked up, page a would be written again; the same object at the same place is not looked up.
    record.files["a/index.html"] = ["another fingerprint", 0];
    const again = [page("index.html", "3", "home, changed again"), SITE[1]!];
    const report = await writeOutputs(unguardedChange(dir), again, record, { ...options, sinceLastCall: first });
    assert.deepEqual([report.written, report.removed, report.kept], [["index.html"], [], 1]);
    assert.equal(readFileSync(join(dir, "index.html"), "utf8"), "home, changed again");
    // Looked up when the lists differ in length, or a place holds another file.
    for (const [outputs, last] of [[again, [SITE[0]!]], [again, [SITE[1]!, SITE[0]!]]] as const) {
      const lookedUp = await writeOutputs(unguardedChange(dir), outputs, record, { ...options, sinceLastCall: last });
      assert.deepEqual(lookedUp.written, ["a/index.html"]);
      record.files["a/index.html"] = ["another fingerprint", 0];
    }
  });

  it("removes a page no output claims when another is new in the same call, in place or not", async () => {
    for (const updateInPlace of [false, true]) {
      const dir = tempDir("write");
      const record = { files: { ...(await writeOutputs(unguardedChange(dir), [...SITE, page("old/index.html", "1", "deleted next")], EMPTY_MANIFEST)).manifest.files } };
      const report = await writeOutputs(unguardedChange(dir), [...SITE, page("new/index.html", "1", "new next")], record, { previousOnDisk: true, updateInPlace });
      assert.deepEqual(report.removed, ["old/index.html"], `updated in place: ${updateInPlace}`);
      assert.deepEqual(Object.keys(report.manifest.files).sort(), ["a/index.html", "index.html", "new/index.html"]);
      const kept = await writeOutputs(unguardedChange(dir), [...SITE, page("new/index.html", "1", "new next")], report.manifest, { previousOnDisk: true, updateInPlace });
      assert.deepEqual([kept.written, kept.removed], [[], []], "and nothing the next time");
    }
  });

  it("writes the pages new to the folder before it replaces any page, and removes pages last", async () => {
    const dir = tempDir("write");
    const first = await writeOutputs(unguardedChange(dir), [...SITE, page("old/index.html", "1", "a story since deleted")], EMPTY_MANIFEST);
    // The home page and page a now link to a new story: a build killed between two files
    // must never leave a published page linking to one not written yet.
    const next = [page("index.html", "2", "home, linking new/"), page("a/index.html", "2", "page a, linking new/"), page("new/index.html", "1", "a new story")];
    const changes: string[] = [];
    const report = await writeOutputs({ dir, willChange: (file) => changes.push(file) }, next, first.manifest);
    assert.deepEqual(changes, ["new/index.html", "index.html", "a/index.html", "old/index.html"]);
    assert.deepEqual(report.written, ["new/index.html", "index.html", "a/index.html"]);
  });

  it("refuses a file outside the folder before writing anything there", async () => {
    const dir = tempDir("write");
    await assert.rejects(writeOutputs(unguardedChange(dir), [page("../escaped.html", "1", "x")], EMPTY_MANIFEST), /outside the output folder/);
    assert.equal(existsSync(join(dir, "../escaped.html")), false);
  });

  it("renders the next pages while earlier ones are being written, with a bounded number waiting for the disk", async () => {
    const dir = tempDir("write");
    const events: string[] = [];
    let waiting = 0;
    let mostWaiting = 0;
    const pages = Array.from({ length: 200 }, (_, i): OutputFile => ({
      file: `p${i}/index.html`,
      fingerprint: "1",
      produce: () => {
        events.push(`rendered ${i}`);
        mostWaiting = Math.max(mostWaiting, ++waiting);
        return `page ${i}`;
      },
    }));
    await writeOutputs(unguardedChange(dir), pages, EMPTY_MANIFEST, {
      onDisk: (file) => {
        waiting--;
        events.push(`on disk ${file.split("/")[0]!.slice(1)}`);
      },
    });
    assert.ok(events.indexOf("rendered 1") < events.indexOf("on disk 0"), "the second page is rendered before the first is on disk");
    assert.ok(mostWaiting > 1 && mostWaiting <= WRITES_IN_FLIGHT, `at most ${WRITES_IN_FLIGHT} rendered pages wait for the disk (${mostWaiting} did)`);
    assert.equal(readFileSync(join(dir, "p199/index.html"), "utf8"), "page 199");
  });

  it("stops starting writes after one fails, and lets those under way finish before it reports the failure", async () => {
    const dir = tempDir("write");
    // A file where a page's folder should be: that page cannot be written.
    writeFileSync(join(dir, "p5"), "in the way");
    const started: number[] = [];
    const pages = Array.from({ length: 400 }, (_, i): OutputFile => ({ file: `p${i}/index.html`, fingerprint: "1", produce: () => (started.push(i), `page ${i}`) }));
    await assert.rejects(writeOutputs(unguardedChange(dir), pages, EMPTY_MANIFEST), /p5/);
    assert.ok(started.length < 400, `no page is rendered long after the failure (${started.length} were)`);
    const leftovers = readdirSync(dir, { recursive: true }).filter((name) => String(name).endsWith(".tmp"));
    assert.deepEqual(leftovers, [], "no temporary file is left behind");
  });
});
