// `npm run build` started while another build holds the output folder's lock waits for it,
// says so once, and then builds: the folder ends as a clean build writes it. The test process
// holds the lock as the other build, so that the wait does not depend on which of two builds
// started at once reaches the lock first (the lock between processes: tests/unit/build-lock.test.ts).
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { buildSite } from "../../src/build.ts";
import { takeBuildLock } from "../../src/output/build-lock.ts";
import { waitFor } from "../helpers/preview.ts";
import { article, makeContent, ROOT, tempDir } from "../helpers/site.ts";
import { assertSameTree } from "../helpers/trees.ts";

interface Finished {
  pid: number;
  status: number | null;
  stderr: string;
}

function startBuild(args: readonly string[]): { stderr: () => string; finished: Promise<Finished> } {
  const child = spawn(process.execPath, ["--import", "tsx", join(ROOT, "src/cli/build.ts"), ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: "1" } });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.resume();
  const finished = new Promise<Finished>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (status) => resolve({ pid: child.pid!, status, stderr }));
  });
  return { stderr: () => stderr, finished };
}

describe("a build while another holds the output folder", () => {
  it("waits for the build that holds the lock, says so once, then writes what a clean build writes", async () => {
    const content = makeContent({
      "articles/2021/07/first-story.md": article(`title: "First story"\ndate: 2021-07-28\nsource: AFP`),
      "articles/2021/08/second-story.md": article(`title: "Second story"\ndate: 2021-08-02\nsource: AFP`),
    });
    const root = tempDir("racing");
    const output = join(root, "_site");
    const args = ["--input", content, "--output", output, "--cache-dir", join(root, "cache")];
    const held = await takeBuildLock(output);
    const build = startBuild(args);
    try {
      await waitFor("the build to say it waits", async () => /Another build of _site\/ is running/.test(build.stderr()) || undefined);
      assert.ok(!existsSync(join(output, "index.html")), "nothing is written while the other build holds the lock");
    } finally {
      held.release();
    }
    const { status, stderr } = await build.finished;
    assert.equal(status, 0, stderr);
    assert.match(stderr, new RegExp(`\\(pid ${process.pid}\\); this one waits for it to finish, then builds\\. Press Ctrl-C to stop waiting, or stop the other build with: kill ${process.pid}\\n`));
    assert.equal(stderr.match(/Another build/g)!.length, 1, "said once");
    assert.deepEqual(readdirSync(root).sort(), ["_site", "cache"], "no lock, journal or staging folder is left");

    const clean = join(tempDir("clean"), "_site");
    const result = await buildSite({ input: content, output: clean, cacheDir: join(tempDir("cache"), "cache") });
    assert.ok(result.ok);
    assertSameTree(output, clean);
    assert.equal(existsSync(`${output}.lock`), false);
  });
});
