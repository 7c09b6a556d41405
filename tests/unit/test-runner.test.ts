// npm test's runner (tests/run.ts) fails when a file's test fails, and names that file.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { it } from "node:test";
import { ROOT } from "../helpers/site.ts";

const run = promisify(execFile);
// Without the variable Node's test runner gives its own files, which would make the runner's files report to this test.
const { NODE_TEST_CONTEXT: _, ...env } = process.env;
const runner = (...files: string[]) => run(process.execPath, ["--import", "tsx", "tests/run.ts", ...files], { cwd: ROOT, encoding: "utf8", env });

it("ends with an error naming the file whose test failed", async () => {
  const failed = await runner("tests/fixtures/runner/passing.ts", "tests/fixtures/runner/failing.ts").then(
    () => assert.fail("the runner succeeded"),
    (error: { code: number; stdout: string }) => error,
  );
  assert.equal(failed.code, 1);
  assert.match(failed.stdout, /1 test file\(s\) failed[^\n]*\n {2}tests\/fixtures\/runner\/failing\.ts\n/);
});

it("succeeds when every test passes", async () => {
  const { stdout } = await runner("tests/fixtures/runner/passing.ts");
  assert.match(stdout, /Every test passed/);
});
