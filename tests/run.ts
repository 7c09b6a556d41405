// `npm test`'s runner: every test file (or those named on the command line) in a process of
// its own, two at a time, and never two browser test files at once. A browser file drives
// Chromium, whose processes take more than a core between them: two at once on a 2-core
// machine took as long as one after the other, while a build test beside one still gains.
// Each file's report is printed whole when it ends; the run fails if any test fails.
import { readdirSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { run } from "node:test";
import { spec } from "node:test/reporters";

const ROOT = resolve(import.meta.dirname, "..");
const SLOTS = 2;
const FOLDERS = ["browser", "build", "unit"];

const isBrowserTest = (file: string) => relative(ROOT, file).startsWith(join("tests", "browser"));

function allTestFiles(): string[] {
  return FOLDERS.flatMap((folder) =>
    readdirSync(join(ROOT, "tests", folder))
      .filter((name) => name.endsWith(".test.ts"))
      .sort()
      .map((name) => join(ROOT, "tests", folder, name)),
  );
}

interface FileResult {
  failed: boolean;
  report: string;
}

async function runFile(file: string): Promise<FileResult> {
  let failed = false;
  const stream = run({ files: [file] });
  stream.on("test:fail", () => (failed = true));
  let report = "";
  for await (const chunk of stream.compose(new spec())) report += String(chunk);
  return { failed, report };
}

const started = performance.now();
const waiting = process.argv.length > 2 ? process.argv.slice(2).map((file) => resolve(file)) : allTestFiles();
const failures: string[] = [];
let browserRunning = false;

/** The next file a free slot may start: any, unless a browser file runs, then the next that is not one. */
function nextFile(): string | undefined {
  const index = browserRunning ? waiting.findIndex((file) => !isBrowserTest(file)) : 0;
  return index < 0 ? undefined : waiting.splice(index, 1)[0];
}

async function slot(): Promise<void> {
  for (let file = nextFile(); file !== undefined; file = nextFile()) {
    const browser = isBrowserTest(file);
    if (browser) browserRunning = true;
    const fileStarted = performance.now();
    const { failed, report } = await runFile(file);
    if (browser) browserRunning = false;
    if (failed) failures.push(relative(ROOT, file));
    const seconds = ((performance.now() - fileStarted) / 1000).toFixed(1);
    process.stdout.write(`\n▶ ${relative(ROOT, file)} (${seconds} s)${failed ? " FAILED" : ""}\n${report}`);
  }
}

await Promise.all(Array.from({ length: SLOTS }, slot));
const total = ((performance.now() - started) / 1000).toFixed(1);
if (failures.length > 0) {
  process.stdout.write(`\n${failures.length} test file(s) failed, in ${total} s:\n${failures.map((file) => `  ${file}`).join("\n")}\n`);
  process.exitCode = 1;
} else {
  process.stdout.write(`\nEvery test passed, in ${total} s.\n`);
}
