// Runs a command and samples the peak memory of every process in its tree, by name
// (Node, Pagefind), from Linux's /proc: VmHWM is each process's own high-water mark, so
// a sample every 100 ms misses at most the last moments of a process that exits.
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

export interface MeasuredRun {
  wallMs: number;
  /** Process name -> the largest peak resident memory of any process of that name, in MB. */
  peakMb: Record<string, number>;
  output: string;
}

function readProc(pid: string, file: string): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/${file}`, "utf8");
  } catch {
    return undefined;
  }
}

/** The processes below `root`, with their name and peak memory so far. */
function descendants(root: number): { name: string; peakKb: number }[] {
  const parents = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readProc(entry, "stat");
    // pid (comm) state ppid ...: the name may hold spaces, so read after the last ')'.
    const ppid = stat ? Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) : NaN;
    if (Number.isFinite(ppid)) parents.set(Number(entry), ppid);
  }
  const inTree = (pid: number): boolean => {
    for (let current = pid, hops = 0; hops < 64; hops++) {
      if (current === root) return true;
      const parent = parents.get(current);
      if (parent === undefined || parent <= 1) return false;
      current = parent;
    }
    return false;
  };
  return [...parents.keys()].filter(inTree).flatMap((pid) => {
    const status = readProc(String(pid), "status");
    const name = /^Name:\s+(.+)$/m.exec(status ?? "")?.[1];
    const peak = /^VmHWM:\s+(\d+) kB$/m.exec(status ?? "")?.[1];
    return name && peak ? [{ name: name.replace(/^MainThread$/, "node"), peakKb: Number(peak) }] : [];
  });
}

export async function runMeasured(command: string, args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<MeasuredRun> {
  const started = performance.now();
  const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const peaks: Record<string, number> = {};
  const sample = () => {
    if (child.pid === undefined) return;
    for (const { name, peakKb } of descendants(child.pid)) peaks[name] = Math.max(peaks[name] ?? 0, peakKb / 1024);
  };
  const timer = setInterval(sample, 100);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", resolve);
  });
  clearInterval(timer);
  const wallMs = performance.now() - started;
  if (code !== 0) throw new Error(`${[command, ...args].join(" ")} exited with ${code}:\n${output.slice(-3000)}`);
  return { wallMs, peakMb: peaks, output };
}
