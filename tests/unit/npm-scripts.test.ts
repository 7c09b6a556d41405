import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { resolve } from "node:path";
import { nodeFlagsIn, nodeFlagsOf } from "../../src/dev/npm-scripts.ts";

const ROOT = resolve(import.meta.dirname, "../..");

test("a script's Node options are those before the file it runs, without tsx's import", () => {
  assert.deepEqual(nodeFlagsIn("node --import tsx src/cli/build.ts"), []);
  assert.deepEqual(nodeFlagsIn("node --max-semi-space-size=64 --import tsx src/cli/build.ts --verbose"), ["--max-semi-space-size=64"]);
  assert.deepEqual(nodeFlagsIn("node --import tsx --stack-size=2000 src/cli/check.ts"), ["--stack-size=2000"]);
  assert.deepEqual(nodeFlagsIn("node --import=tsx --trace-gc src/cli/check.ts"), ["--trace-gc"]);
  assert.throws(() => nodeFlagsIn("tsx src/cli/build.ts"), /starts with `node`/);
});

// A build at 100,000 stories spends a fifth of its time collecting short-lived objects with
// Node's default young generation (16 MB a half); the commands that load the archive start
// Node with a larger one, and the benchmark and the tests start them with the same options.
/** The size the young generation grows to while a script keeps a tenth of what it allocates, with `flags`. */
function grownNewSpace(flags: readonly string[]): number {
  const program = `const kept = []; for (let i = 0; i < 5e6; i++) { const made = { i, text: "x" + i, pair: [i, i] }; if (i % 10 === 0) kept.push(made); }
    console.log(require("node:v8").getHeapSpaceStatistics().find((space) => space.space_name === "new_space").space_size);`;
  return Number(execFileSync(process.execPath, [...flags, "-e", program], { encoding: "utf8" }));
}

test("the preview, the build and the check start Node with a young generation that grows to 64 MB a half", () => {
  const MB = 1024 * 1024;
  assert.ok(grownNewSpace([]) <= 32 * MB, "Node's default young generation is 16 MB a half");
  for (const script of ["start", "build", "check"] as const) assert.equal(grownNewSpace(nodeFlagsOf(script, ROOT)), 2 * 64 * MB, script);
});
