// Runs a command as a whole child process and measures its wall time and, when
// asked, its peak resident memory.
import { spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";

export const GNU_TIME = "/usr/bin/time";

export type RssMethod = "gnu-time" | "sampler";

export interface ProcessRun {
  wallMs: number;
  /** Peak RSS in KB. gnu-time: the largest single process of the tree (Node or Pagefind); sampler: the Node process only. */
  peakRssKb?: number;
  output: string;
}

export interface RunOptions {
  cwd: string;
  /** Where the peak-RSS file goes; no memory is measured without it. */
  rss?: { method: RssMethod; scratchDir: string; samplerPath: string };
}

export function chooseRssMethod(forceSampler: boolean): RssMethod {
  return !forceSampler && existsSync(GNU_TIME) ? "gnu-time" : "sampler";
}

/** The command that runs `script` under tsx, wrapped so that the peak RSS lands in `rssFile`. */
function commandFor(script: string, scriptArgs: readonly string[], rss: RunOptions["rss"], rssFile: string): { command: string; args: string[]; env: NodeJS.ProcessEnv } {
  const nodeArgs = ["--import", "tsx", script, ...scriptArgs];
  if (!rss) return { command: process.execPath, args: nodeArgs, env: process.env };
  if (rss.method === "gnu-time") {
    return { command: GNU_TIME, args: ["-f", "%M", "-o", rssFile, process.execPath, ...nodeArgs], env: process.env };
  }
  // The sampler is TypeScript, so it is loaded after tsx.
  return {
    command: process.execPath,
    args: ["--import", "tsx", "--import", rss.samplerPath, script, ...scriptArgs],
    env: { ...process.env, BENCH_RSS_FILE: rssFile },
  };
}

/** Runs `node --import tsx script ...scriptArgs`. */
export async function runNode(script: string, scriptArgs: readonly string[], options: RunOptions): Promise<ProcessRun> {
  const rssFile = options.rss ? join(options.rss.scratchDir, `rss-${process.pid}-${Date.now()}.txt`) : "";
  const { command, args, env } = commandFor(script, scriptArgs, options.rss, rssFile);
  const started = performance.now();
  const child = spawn(command, args, { cwd: options.cwd, env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", resolve);
  });
  const wallMs = performance.now() - started;
  if (code !== 0) throw new Error(`${[command, ...args].join(" ")} exited with ${code}:\n${output.slice(-3000)}`);
  let peakRssKb: number | undefined;
  if (rssFile && existsSync(rssFile)) {
    // GNU time may write a "Command exited..." line first; the number is the last line.
    const last = readFileSync(rssFile, "utf8").trim().split("\n").at(-1) ?? "";
    peakRssKb = Number(last);
    rmSync(rssFile, { force: true });
  }
  return { wallMs, ...(peakRssKb !== undefined && Number.isFinite(peakRssKb) ? { peakRssKb } : {}), output };
}
