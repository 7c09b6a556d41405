// One build of an output folder at a time: a second waits for the first, says so once,
// and takes the lock over when the build holding it was killed, however many wait for it.
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { takeBuildLock } from "../../src/output/build-lock.ts";
import { ROOT, tempDir } from "../helpers/site.ts";

/** The pid of a process that has ended: what a killed build leaves in its lock. */
function deadPid(): number {
  const ended = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" });
  return Number(ended.stdout);
}

const settled = (promise: Promise<unknown>, ms: number) => Promise.race([promise.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms))]);

describe("the build lock", () => {
  it("makes a second build wait for the first, telling it once which pid it waits for", async () => {
    const output = join(tempDir("lock"), "_site");
    const first = await takeBuildLock(output);
    assert.equal(readFileSync(`${output}.lock`, "utf8").trim(), String(process.pid), "the lock names the build's pid");
    const told: string[] = [];
    const second = takeBuildLock(output, { onWait: (message) => told.push(message), pollMs: 20 });
    assert.equal(await settled(second, 300), false, "the second build waits");
    assert.deepEqual(told, [`Another build of _site/ is running (pid ${process.pid}); this one waits for it to finish, then builds. Press Ctrl-C to stop waiting, or stop the other build with: kill ${process.pid}`]);
    first.release();
    assert.equal(await settled(second, 2000), true, "it goes on once the first is done");
    (await second).release();
    assert.equal(existsSync(`${output}.lock`), false, "released on the way out");
  });

  it("takes over a lock left by a build that was killed", async () => {
    const output = join(tempDir("lock"), "_site");
    writeFileSync(`${output}.lock`, `${deadPid()}\n`);
    const told: string[] = [];
    const lock = takeBuildLock(output, { onWait: (message) => told.push(message), pollMs: 20 });
    assert.equal(await settled(lock, 2000), true);
    assert.equal(readFileSync(`${output}.lock`, "utf8").trim(), String(process.pid));
    assert.deepEqual(told, [], "nothing to wait for");
    (await lock).release();
  });

  it("takes over a lock file left empty long ago by a build killed as it made it", async () => {
    const output = join(tempDir("lock"), "_site");
    writeFileSync(`${output}.lock`, "");
    const minuteAgo = new Date(Date.now() - 60_000);
    utimesSync(`${output}.lock`, minuteAgo, minuteAgo);
    const lock = takeBuildLock(output, { pollMs: 20 });
    assert.equal(await settled(lock, 2000), true);
    (await lock).release();
  });

  it("lets one build at a time take over a dead build's lock, however many find it at once", async () => {
    const output = join(tempDir("lock"), "_site");
    const log = `${output}.log`;
    writeFileSync(`${output}.lock`, `${deadPid()}\n`);
    // All start at one moment, and each read of the lock is slowed down, so that they find
    // the dead build's pid together. Each holds the lock for a while and writes down when
    // it starts and stops.
    const startAt = Date.now() + 3000;
    const script = `
      import fs, { appendFileSync } from "node:fs";
      import { syncBuiltinESMExports } from "node:module";
      const read = fs.readFileSync;
      fs.readFileSync = (path, ...rest) => {
        const text = read(path, ...rest);
        if (String(path).endsWith(".lock")) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 40);
        return text;
      };
      syncBuiltinESMExports();
      const { takeBuildLock } = await import(${JSON.stringify(join(ROOT, "src/output/build-lock.ts"))});
      await new Promise((resolve) => setTimeout(resolve, ${startAt} - Date.now()));
      const lock = await takeBuildLock(${JSON.stringify(output)}, { pollMs: 10 });
      appendFileSync(${JSON.stringify(log)}, "start\\n");
      await new Promise((resolve) => setTimeout(resolve, 150));
      appendFileSync(${JSON.stringify(log)}, "end\\n");
      lock.release();`;
    const builds = Array.from({ length: 4 }, () => new Promise<number | null>((resolve) => spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { cwd: ROOT, stdio: "inherit" }).on("close", resolve)));
    assert.deepEqual(await Promise.all(builds), [0, 0, 0, 0]);
    assert.equal(readFileSync(log, "utf8"), "start\nend\n".repeat(4), "never two at once");
  });
});
