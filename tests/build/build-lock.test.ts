// Two `npm run build` of one output folder started at once do not interleave: the second
// waits for the first, says so once, and the folder ends as a clean build writes it.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { buildSite } from "../../src/build.ts";
import { article, makeContent, ROOT, tempDir } from "../helpers/site.ts";
import { assertSameTree } from "../helpers/trees.ts";

interface Finished {
  pid: number;
  status: number | null;
  stderr: string;
}

function startBuild(args: readonly string[]): Promise<Finished> {
  const child = spawn(process.execPath, ["--import", "tsx", join(ROOT, "src/cli/build.ts"), ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: "1" } });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.resume();
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (status) => resolve({ pid: child.pid!, status, stderr }));
  });
}

describe("two builds of one output folder at once", () => {
  it("run one after the other: the second waits, says so once, and the site is what a clean build writes", async () => {
    const content = makeContent({
      "articles/2021/07/first-story.md": article(`title: "First story"\ndate: 2021-07-28\nsource: AFP`),
      "articles/2021/08/second-story.md": article(`title: "Second story"\ndate: 2021-08-02\nsource: AFP`),
    });
    const root = tempDir("racing");
    const output = join(root, "_site");
    const args = ["--input", content, "--output", output, "--cache-dir", join(root, "cache")];
    const builds = await Promise.all([startBuild(args), startBuild(args)]);
    assert.deepEqual(builds.map((build) => build.status), [0, 0], builds.map((build) => build.stderr).join("\n"));
    const waited = builds.filter((build) => /Another build of _site\/ is running/.test(build.stderr));
    assert.equal(waited.length, 1, "one of them waited");
    const other = builds.find((build) => build !== waited[0])!;
    assert.match(waited[0]!.stderr, new RegExp(`\\(pid ${other.pid}\\); this one waits for it to finish, then builds\\. Press Ctrl-C to stop waiting, or stop the other build with: kill ${other.pid}\\n`));
    assert.equal(waited[0]!.stderr.match(/Another build/g)!.length, 1, "said once");
    assert.deepEqual(readdirSync(root).sort(), ["_site", "cache"], "no lock, journal or staging folder is left");

    const clean = join(tempDir("clean"), "_site");
    const result = await buildSite({ input: content, output: clean, cacheDir: join(tempDir("cache"), "cache") });
    assert.ok(result.ok);
    assertSameTree(output, clean);
    assert.equal(existsSync(`${output}.lock`), false);
  });
});
