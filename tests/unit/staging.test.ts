// The output folder is changed whole or not at all: a failed change is rolled back byte
// for byte, and a build killed half-way is rolled back by the next one.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, renameSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, it } from "node:test";
import { beginOutputChange, recoverInterruptedBuilds } from "../../src/output/staging.ts";
import { writeOutputs, type OutputFile, type OutputManifest } from "../../src/output/write-site.ts";
import { ROOT, tempDir, writeFiles } from "../helpers/site.ts";

function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files[relative(dir, join(entry.parentPath, entry.name))] = readFileSync(join(entry.parentPath, entry.name), "utf8");
  }
  return files;
}

const PUBLISHED = {
  "index.html": "home v1",
  "a/index.html": "page a v1",
  "gone/index.html": "page about to be removed",
  "pagefind/pagefind-entry.json": "index v1",
};
const WRITTEN: OutputManifest = { files: { "index.html": ["1", 7], "a/index.html": ["1", 9], "gone/index.html": ["1", 24] } };
const page = (file: string, text: string): OutputFile => ({ file, fingerprint: "2", produce: () => text });
const CHANGES = [page("index.html", "home v2"), page("a/index.html", "page a v2"), page("new/index.html", "a new page")];

/**
 * Runs `body` in a build process that kills itself where the body says (after patching
 * node:fs, which syncBuiltinESMExports passes on to the modules under test).
 */
function runUntilKilled(body: string, output: string): void {
  const script = `
    import fs from "node:fs";
    import { syncBuiltinESMExports } from "node:module";
    const { beginOutputChange, recoverInterruptedBuilds } = await import(${JSON.stringify(join(ROOT, "src/output/staging.ts"))});
    const { writeOutputs } = await import(${JSON.stringify(join(ROOT, "src/output/write-site.ts"))});
    const begin = async () => beginOutputChange(${JSON.stringify(output)});
    const page = (file, text) => ({ file, fingerprint: "2", produce: () => text });
    ${body}`;
  const killed = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { cwd: ROOT, encoding: "utf8" });
  assert.equal(killed.signal, "SIGKILL", killed.stderr);
}

/** A published site, as a build left it. */
function published(): string {
  const output = join(tempDir("staging"), "_site");
  writeFiles(output, PUBLISHED);
  return output;
}

describe("changing a published output folder", () => {
  it("commits every change at once", async () => {
    const output = published();
    const change = beginOutputChange(output);
    await writeOutputs(change, CHANGES, WRITTEN);
    change.commit();
    assert.deepEqual(snapshot(output), { "index.html": "home v2", "a/index.html": "page a v2", "new/index.html": "a new page", "pagefind/pagefind-entry.json": "index v1" });
    assert.deepEqual(readdirSync(join(output, "..")), ["_site"], "no journal is left");
  });

  it("rolls a failed change back byte for byte: replaced, added and removed files and a replaced folder", async () => {
    const output = published();
    const change = beginOutputChange(output);
    await writeOutputs(change, CHANGES, WRITTEN);
    change.moveFolderAside("pagefind");
    writeFiles(output, { "pagefind/pagefind-entry.json": "index v2" });
    change.rollBack();
    assert.deepEqual(snapshot(output), PUBLISHED);
    assert.deepEqual(readdirSync(join(output, "..")), ["_site"]);
  });

  it("puts the folder back as it was when a build is killed half-way, at the next build", () => {
    const output = published();
    // A build in another process that is killed after writing two of three files.
    const script = `
      import { beginOutputChange } from ${JSON.stringify(join(ROOT, "src/output/staging.ts"))};
      import { writeOutputs } from ${JSON.stringify(join(ROOT, "src/output/write-site.ts"))};
      const change = beginOutputChange(${JSON.stringify(output)});
      let written = 0;
      const page = (file, text) => ({ file, fingerprint: "2", produce: () => { if (++written === 3) process.kill(process.pid, "SIGKILL"); return text; } });
      await writeOutputs(change, [page("index.html", "home v2"), page("new/index.html", "new"), page("a/index.html", "a v2")], { files: {} });`;
    const killed = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { cwd: ROOT, encoding: "utf8" });
    assert.equal(killed.signal, "SIGKILL", killed.stderr);
    assert.notDeepEqual(snapshot(output), PUBLISHED, "the killed build had changed files");
    const done = recoverInterruptedBuilds(output);
    assert.equal(done.length, 1);
    assert.match(done[0]!, /put _site\/ back as it was/);
    assert.deepEqual(snapshot(output), PUBLISHED);
    assert.deepEqual(readdirSync(join(output, "..")), ["_site"]);
  });

  it("keeps a committed change when the build is killed while it deletes its journal", () => {
    const output = published();
    // rm -rf of a journal of thousands of files takes a while: the kill comes once part of it is gone.
    runUntilKilled(`
      const rm = fs.rmSync;
      let committing = false;
      fs.rmSync = (path, options) => {
        if (committing && /[.](journal|discarded)-[0-9]+$/.test(path)) {
          rm(path + "/folders", { recursive: true, force: true });
          rm(path + "/added.txt", { force: true });
          process.kill(process.pid, "SIGKILL");
        }
        return rm(path, options);
      };
      syncBuiltinESMExports();
      const change = await begin();
      await writeOutputs(change, [page("index.html", "home v2"), page("a/index.html", "page a v2"), page("new/index.html", "a new page")], ${JSON.stringify(WRITTEN)});
      change.moveFolderAside("pagefind");
      fs.mkdirSync(${JSON.stringify(join(output, "pagefind"))});
      fs.writeFileSync(${JSON.stringify(join(output, "pagefind/pagefind-entry.json"))}, "index v2");
      committing = true;
      change.commit();`, output);
    recoverInterruptedBuilds(output);
    assert.deepEqual(snapshot(output), { "index.html": "home v2", "a/index.html": "page a v2", "new/index.html": "a new page", "pagefind/pagefind-entry.json": "index v2" });
    assert.deepEqual(readdirSync(join(output, "..")), ["_site"]);
  });

  it("keeps a folder the killed build had listed but not yet moved aside", () => {
    const output = published();
    runUntilKilled(`
      const rename = fs.renameSync;
      fs.renameSync = (from, to) => {
        if (String(to).includes(".journal-")) process.kill(process.pid, "SIGKILL");
        return rename(from, to);
      };
      syncBuiltinESMExports();
      const change = await begin();
      change.moveFolderAside("pagefind");`, output);
    recoverInterruptedBuilds(output);
    assert.deepEqual(snapshot(output), PUBLISHED);
  });

  it("finishes a rollback that was killed half-way without undoing what it had put back", async () => {
    const output = published();
    const change = beginOutputChange(output);
    await writeOutputs(change, CHANGES, WRITTEN);
    change.moveFolderAside("pagefind");
    writeFiles(output, { "pagefind/pagefind-entry.json": "index v2" });
    // The journal is left as by a killed build; the build after it is killed in turn, once the folder is back.
    const journal = readdirSync(join(output, "..")).find((name) => name.includes(".journal-"))!;
    const stale = join(output, "..", journal.replace(/\d+$/, "999999999"));
    renameSync(join(output, "..", journal), stale);
    runUntilKilled(`
      const rename = fs.renameSync;
      fs.renameSync = (from, to) => {
        const result = rename(from, to);
        if (String(to).endsWith("/_site/pagefind")) process.kill(process.pid, "SIGKILL");
        return result;
      };
      syncBuiltinESMExports();
      recoverInterruptedBuilds(${JSON.stringify(output)});`, output);
    assert.ok(existsSync(stale), "the journal is still there, half rolled back");
    recoverInterruptedBuilds(output);
    assert.deepEqual(snapshot(output), PUBLISHED);
    assert.deepEqual(readdirSync(join(output, "..")), ["_site"]);
  });

  it("publishes a first build only when it is complete", async () => {
    const output = join(tempDir("first"), "_site");
    const change = beginOutputChange(output);
    await writeOutputs(change, CHANGES, { files: {} });
    assert.ok(!existsSync(output), "nothing is published while the first build runs");
    change.rollBack();
    assert.ok(!existsSync(output));
    assert.deepEqual(readdirSync(join(output, "..")), []);
  });
});
