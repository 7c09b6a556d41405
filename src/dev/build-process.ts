// `npm run build` as a child process in a process group of its own, so that it can be
// killed whole (Node and Pagefind's indexing process) with SIGKILL at a chosen moment,
// the way a power cut, the OOM killer or a CI timeout stops a build.
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { sleep } from "./poll.ts";
import { nodeFlagsOf } from "./npm-scripts.ts";

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
  /** When the build began to change the output: its journal beside it appeared (src/output/staging.ts). */
  changingMs?: number;
  /** What it printed, stdout and stderr together. */
  output: string;
}

/**
 * Whether a process of group `pgid` can still run. A killed Pagefind process stays a
 * zombie until whoever adopted it reaps it (seconds, in some containers), and a signal
 * to the group still finds it; on Linux, /proc tells zombies apart.
 */
function groupAlive(pgid: number): boolean {
  if (!existsSync("/proc/self/stat")) {
    try {
      process.kill(-pgid, 0);
      return true;
    } catch {
      return false;
    }
  }
  return readdirSync("/proc").some((entry) => {
    if (!/^\d+$/.test(entry)) return false;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, "utf8");
    } catch {
      return false;
    }
    // pid (name) state ppid pgrp ...: the name may hold spaces, so read after the last ')'.
    const [state, , pgrp] = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return Number(pgrp) === pgid && state !== "Z";
  });
}

/** Waits until no process of the group is left, so nothing writes to the output while it is checked. */
async function groupGone(pid: number): Promise<void> {
  for (const started = performance.now(); groupAlive(pid); await sleep(10)) {
    if (performance.now() - started > 10_000) throw new Error(`process group ${pid} still has processes 10 s after SIGKILL`);
  }
}

export interface RunOptions {
  /** Kill the build's whole group this long after it starts, unless it has ended. */
  killAfterMs?: number;
  /** Kill it this long after it began to change the output (its journal appeared), unless it has ended. */
  killAfterChangingMs?: number;
  /** Kill it as soon as this says so (asked every 10 ms, when the journal is looked for). */
  killWhen?: () => boolean;
  /** Have it say what it does, step by step (--verbose). */
  verbose?: boolean;
}


/** Runs a build, killing its whole group when `options` say; tells when it began to change the output. */
export function runBuild(folders: BuildFolders, options: RunOptions = {}): Promise<BuildRun> {
  const args = [...nodeFlagsOf("build", ROOT), "--import", "tsx", "src/cli/build.ts", "--input", folders.input, "--output", folders.output, "--cache-dir", folders.cacheDir, ...(options.verbose ? ["--verbose"] : [])];
  const started = performance.now();
  // detached: the child leads a new process group, which Pagefind's process joins.
  const child = spawn(process.execPath, args, { cwd: ROOT, detached: true, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, NO_COLOR: "1" } });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  let killed = false;
  const kill = () => {
    if (killed || child.pid === undefined || child.exitCode !== null) return;
    killed = true;
    process.kill(-child.pid, "SIGKILL");
  };
  const timer = options.killAfterMs === undefined ? undefined : setTimeout(kill, options.killAfterMs);
  let changingMs: number | undefined;
  let changingTimer: NodeJS.Timeout | undefined;
  const watch = setInterval(() => {
    if (changingMs === undefined && existsSync(`${folders.output}.journal-${child.pid}`)) {
      changingMs = performance.now() - started;
      if (options.killAfterChangingMs !== undefined) changingTimer = setTimeout(kill, options.killAfterChangingMs);
    }
    if (options.killWhen?.()) kill();
  }, 10);
  return new Promise((done, fail) => {
    child.on("error", fail);
    child.on("close", (status) => {
      clearTimeout(timer);
      clearTimeout(changingTimer);
      clearInterval(watch);
      const ms = performance.now() - started;
      groupGone(child.pid!).then(() => done({ status, killed, ms, output, ...(changingMs === undefined ? {} : { changingMs }) }), fail);
    });
  });
}
