// A build that runs out of space at any moment, in the output or in the cache, stops with
// a message naming the file and saying nothing was changed, leaves _site/ byte for byte as
// it was, and a build with space afterwards equals a clean one. A read-only _site/ is
// refused the same way; a read-only cache is built without. The disk fills (or turns
// read-only) at Node's file-system calls (tests/helpers/faulty-disk.ts), so the test runs
// anywhere; tests/unit/full-disk.test.ts fills a real one where a tmpfs can be mounted.
//
// The moments are spread evenly over every call that takes space in a warm build with
// edits, additions, deletions and a settings change; ANNALS_FULL_DISK_MOMENTS=all tries
// every one of them.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, readdirSync, rmSync, statfsSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { after, before, describe, it } from "node:test";
import { generateArchive } from "../../src/bench/generate-archive.ts";
import { createRandom } from "../../src/bench/prng.ts";
import { buildSite, type BuildOptions } from "../../src/build.ts";
import { applyChanges } from "../../src/dev/archive-changes.ts";
import { WriteFailure } from "../../src/output/write-failure.ts";
import { IndexerGone } from "../../src/search/indexer-exit.ts";
import { faultyDisk, type FaultOptions } from "../helpers/faulty-disk.ts";
import { tempDir } from "../helpers/site.ts";
import { assertSameTree } from "../helpers/trees.ts";

const MOMENTS = process.env.ANNALS_FULL_DISK_MOMENTS ?? "4";
const log = (line: string) => process.env.ANNALS_FULL_DISK_MOMENTS && console.log(line);

/** `count` calls spread evenly over 1..total, the first and the last among them; all of them for "all". */
function spread(total: number, count: string): number[] {
  if (count === "all" || Number(count) >= total) return Array.from({ length: total }, (_, index) => index + 1);
  const n = Number(count);
  return [...new Set(Array.from({ length: n }, (_, index) => 1 + Math.round((index * (total - 1)) / (n - 1))))];
}

describe("a full disk, a read-only folder", () => {
  const root = tempDir("faulty-disk");
  const content = join(root, "content");
  const site = join(root, "_site");
  const cache = join(root, "cache");
  const saved = join(root, "before");
  const options: BuildOptions = { input: content, output: site, cacheDir: cache };

  /** Puts _site/ and the cache back as they were after the last good build. */
  const restore = () => {
    for (const name of ["_site", "cache"]) {
      rmSync(join(root, name), { recursive: true, force: true });
      cpSync(join(saved, name), join(root, name), { recursive: true });
    }
  };
  /** Runs a build on a faulty disk; returns what it threw. */
  const failingBuild = async (faults: FaultOptions): Promise<unknown> => {
    const disk = faultyDisk(faults);
    try {
      await buildSite(options);
    } catch (error) {
      return error;
    } finally {
      disk.restore();
    }
    return undefined;
  };
  /** Nothing but the site and the cache beside them: no journal, staging folder or lock. */
  const leftBeside = () => readdirSync(root).filter((name) => !["content", "_site", "cache", "before", "clean"].includes(name));
  const matchesCleanBuild = async () => {
    const clean = join(root, "clean");
    rmSync(clean, { recursive: true, force: true });
    assert.ok((await buildSite({ input: content, output: join(clean, "_site"), cacheDir: join(clean, "cache") })).ok);
    assertSameTree(site, join(clean, "_site"));
  };

  before(async () => {
    generateArchive({ dir: content, articles: 12, seed: 3 });
    assert.ok((await buildSite(options)).ok);
    applyChanges(content, createRandom(5), { settings: true, label: "full" });
    cpSync(site, join(saved, "_site"), { recursive: true });
    cpSync(cache, join(saved, "cache"), { recursive: true });
    restore();
  });

  /** How many calls take space under `folder` in the warm build. */
  const callsUnder = async (folder: string): Promise<number> => {
    const counting = faultyDisk({ under: [folder], code: "ENOSPC" });
    try {
      assert.ok((await buildSite(options)).ok);
    } finally {
      counting.restore();
    }
    restore();
    return counting.calls;
  };

  for (const [label, folder, moments] of [
    ["the disk of both", root, MOMENTS],
    ["the cache's disk alone", cache, MOMENTS === "all" ? "all" : "3"],
  ] as const) {
    it(`fills ${label} at moments spread over the build: a clear message, _site/ as it was, then a good build`, async () => {
      const calls = spread(await callsUnder(folder), moments);
      const folders = new Set<string>();
      for (const call of calls) {
        const error = await failingBuild({ under: [folder], code: "ENOSPC", failFrom: call });
        assert.ok(error instanceof WriteFailure, `call ${call}: a WriteFailure, not ${String(error)}`);
        assert.match(error.message, /^The disk is full while writing (.+); nothing was changed in _site\/\. Free some space/);
        assert.ok(resolve(error.file).startsWith(folder), `call ${call}: it names ${error.file}, a file on the full disk`);
        folders.add(error.file.replace(/\/[^/]+$/, "/"));
        assertSameTree(site, join(saved, "_site"));
        assert.deepEqual(leftBeside(), [], `call ${call}: nothing left beside _site/`);
        // Space again, after a failed build: the build finishes it.
        if (call === calls.at(-1)) {
          assert.ok((await buildSite(options)).ok);
          await matchesCleanBuild();
        }
        restore();
      }
      assert.ok(folders.size > 1, `the moments fell in more than one folder: ${[...folders].join(", ")}`);
      log(`${label}: ${calls.length} moments of ${calls.at(-1)} calls, in ${folders.size} folders`);
    });
  }

  it("refuses a read-only _site/ with a clear message and changes nothing", async () => {
    const error = await failingBuild({ under: [site], code: "EROFS", failFrom: 1 });
    assert.ok(error instanceof WriteFailure, String(error));
    assert.match(error.message, /^The file system is read-only while writing \S*_site\/.+; nothing was changed in _site\/\. Build to a folder on a writable disk/);
    assertSameTree(site, join(saved, "_site"));
    assert.deepEqual(leftBeside(), []);
    restore();
  });

  it("builds without a read-only cache, saying so, and its output equals a clean build's", async () => {
    const disk = faultyDisk({ under: [cache], code: "EROFS", failFrom: 1 });
    let result;
    try {
      result = await buildSite(options);
    } finally {
      disk.restore();
    }
    assert.ok(result.ok);
    assert.equal(result.withoutCache, "the file system is read-only");
    assert.equal(existsSync(join(cache, "outputs")), true, "the old record is still there, unused");
    assertSameTree(cache, join(saved, "cache"));
    await matchesCleanBuild();
    restore();
  });
});

/** Mounts a tmpfs of `size` at `dir`, or says why it cannot (it needs root). */
function mountTmpfs(dir: string, size: string): string | undefined {
  try {
    execFileSync("mount", ["-t", "tmpfs", "-o", `size=${size}`, "tmpfs", dir], { stdio: "ignore" });
    return undefined;
  } catch {
    return "cannot mount a tmpfs here (it needs root): the injected full disk above stands in for it";
  }
}

describe("a real full disk (a small tmpfs)", () => {
  const disk = tempDir("tmpfs");
  const content = join(tempDir("tmpfs-content"), "content");
  const site = join(disk, "_site");
  const options: BuildOptions = { input: content, output: site, cacheDir: join(disk, "cache") };
  let skip: string | undefined;
  before(() => {
    skip = mountTmpfs(disk, "32m");
  });
  after(() => {
    if (!skip) execFileSync("umount", [disk]);
  });

  it("stops a build with the space left at several sizes, _site/ as it was, then builds when space is freed", async (t) => {
    if (skip) return t.skip(skip);
    generateArchive({ dir: content, articles: 12, seed: 4 });
    assert.ok((await buildSite(options)).ok);
    applyChanges(content, createRandom(6), { settings: true, label: "tmpfs" });
    const saved = join(tempDir("tmpfs-saved"), "_site");
    cpSync(site, saved, { recursive: true });
    const filler = join(disk, "filler");
    const messages: string[] = [];
    for (const left of [0, 64, 1024, 4096]) {
      // Fills the disk to leave `left` KiB free.
      rmSync(filler, { force: true });
      const free = statfsSync(disk);
      writeFileSync(filler, Buffer.alloc(Math.max(0, free.bavail * free.bsize - left * 1024)));
      const error = await buildSite(options).then(
        () => undefined,
        (thrown: unknown) => thrown,
      );
      if (error === undefined) break;
      // Pagefind's process writes the search index itself, and panics on a full disk.
      assert.ok(error instanceof WriteFailure || error instanceof IndexerGone, `${left} KiB left: a WriteFailure, not ${String(error)}`);
      assert.match(error.message, /^The disk is full while writing \S+; nothing was changed in _site\/\.|^Search index: Pagefind's process ended with status \d+ before it answered/);
      messages.push(error.message);
      assertSameTree(site, saved);
    }
    assert.ok(messages.length >= 2, `the build failed at more than one size: ${messages.join("\n")}`);
    rmSync(filler);
    assert.ok((await buildSite(options)).ok);
    const clean = join(tempDir("tmpfs-clean"), "_site");
    assert.ok((await buildSite({ input: content, output: clean, cacheDir: join(tempDir("tmpfs-clean-cache"), "cache") })).ok);
    // Pagefind reads a folder's pages in the order the file system lists them, which on a
    // tmpfs is the order they were made in: a warm build's search index there differs from
    // a clean build's (on ext4 it does not; tests/build/warm-build.test.ts).
    assertSameTree(site, clean, (file) => file.startsWith("pagefind/"));
  });
});
