// `npm run build` as a child process in a process group of its own, so that it can be
// killed whole (Node and Pagefind's indexing process) with SIGKILL at a chosen moment,
// the way a power cut, the OOM killer or a CI timeout stops a build.
import { spawn } from "node:child_process";
import { resolve } from "node:path";
import { sleep } from "./poll.ts";

const ROOT = resolve(import.meta.dirname, "../..");

export interface BuildFolders {
  input: string;
  output: string;
  cacheDir: string;
}

export interface BuildRun {
  /** Exit status, or null when killed. */
  status: number | null;
  killed: boolean;
  ms: number;
  /** What it printed, stdout and stderr together. */
  output: string;
}

const groupAlive = (pid: number): boolean => {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Waits until no process of the group is left, so nothing writes to the output while it is checked. */
async function groupGone(pid: number): Promise<void> {
  for (const started = performance.now(); groupAlive(pid); await sleep(10)) {
    if (performance.now() - started > 10_000) throw new Error(`process group ${pid} still has processes 10 s after SIGKILL`);
  }
}

/** Runs a build; with `killAfterMs`, kills its whole group then, unless it has ended. `verbose`: it says what it does, step by step. */
export function runBuild(folders: BuildFolders, options: { killAfterMs?: number; verbose?: boolean } = {}): Promise<BuildRun> {
  const args = ["--import", "tsx", "src/cli/build.ts", "--input", folders.input, "--output", folders.output, "--cache-dir", folders.cacheDir, ...(options.verbose ? ["--verbose"] : [])];
  const started = performance.now();
  // detached: the child leads a new process group, which Pagefind's process joins.
  const child = spawn(process.execPath, args, { cwd: ROOT, detached: true, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, NO_COLOR: "1" } });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  let killed = false;
  const timer =
    options.killAfterMs === undefined
      ? undefined
      : setTimeout(() => {
          if (child.pid === undefined || child.exitCode !== null) return;
          killed = true;
          process.kill(-child.pid, "SIGKILL");
        }, options.killAfterMs);
  return new Promise((done, fail) => {
    child.on("error", fail);
    child.on("close", (status) => {
      clearTimeout(timer);
      const ms = performance.now() - started;
      groupGone(child.pid!).then(() => done({ status, killed, ms, output }), fail);
    });
  });
}
