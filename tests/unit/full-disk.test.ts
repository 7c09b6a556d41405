// A build that runs out of space leaves the output as it was: no half-written file, no
// folder it made, and a clear error. On a real full disk (a small tmpfs, which needs
// root to mount) where the machine allows it.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { beginOutputChange } from "../../src/output/staging.ts";
import { writeOutputs, type OutputFile } from "../../src/output/write-site.ts";
import { tempDir } from "../helpers/site.ts";

function mountSmallDisk(dir: string): string | undefined {
  try {
    execFileSync("mount", ["-t", "tmpfs", "-o", "size=256k", "tmpfs", dir], { stdio: "ignore" });
    return undefined;
  } catch {
    return "cannot mount a tmpfs here (needs root)";
  }
}

const files = (dir: string) => readdirSync(dir, { recursive: true, encoding: "utf8" }).sort();

describe("a full disk", () => {
  const disk = tempDir("full-disk");
  let skip: string | undefined;
  before(() => {
    skip = mountSmallDisk(disk);
  });
  after(() => {
    if (!skip) execFileSync("umount", [disk]);
  });

  it("fails a write with ENOSPC and leaves the folder byte for byte as it was", async (t) => {
    if (skip) return t.skip(skip);
    const output = join(disk, "_site");
    mkdirSync(output);
    writeFileSync(join(output, "index.html"), "the published home page");
    const before = files(output);
    const change = beginOutputChange(output);
    const outputs: OutputFile[] = [
      { file: "index.html", fingerprint: "2", produce: () => "a new home page" },
      { file: "2030/01/02/new-story/index.html", fingerprint: "1", produce: () => "x".repeat(1024 * 1024) },
    ];
    await assert.rejects(writeOutputs(change, outputs, { files: { "index.html": ["1", 23] } }), { code: "ENOSPC" });
    change.rollBack();
    assert.deepEqual(files(output), before, "no temporary file, no folder made for the new story");
    assert.equal(existsSync(join(output, "2030")), false);
  });
});
