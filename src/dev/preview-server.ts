// Starts and stops the preview server (`npm start`'s command, pointed at the
// benchmark archive) in its own process group, so stopping it also stops Pagefind.
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { PollAborted, pollUntil } from "./poll.ts";
import { nodeFlagsOf } from "./npm-scripts.ts";

export interface Preview {
  url: string;
  child: ChildProcess;
  /** Everything the server printed, for error messages. */
  log(): string;
  /** When (performance.now()) the home page was first served: a preview with a site in its folder serves it before its first rebuild ends. */
  servedAt: number;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === "string") throw new Error("could not find a free port");
  return address.port;
}

function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return Promise.resolve();
  const pid = child.pid;
  return new Promise((resolve) => {
    const force = setTimeout(() => {
      try {
        process.kill(-pid, "SIGKILL");
      } catch {
        // Already gone.
      }
    }, 5000);
    child.once("exit", () => {
      clearTimeout(force);
      resolve();
    });
    try {
      process.kill(-pid, "SIGTERM");
    } catch {
      clearTimeout(force);
      resolve();
    }
  });
}

export interface PreviewStart {
  repoRoot: string;
  input: string;
  /** The preview's folder; by default its own under the working folder's .cache/. */
  output?: string;
  /** Where the server keeps its records and parses (`--cache-dir`). */
  cacheDir?: string;
  /** A build's output folder to start from (`--from-build`). */
  fromBuild?: string;
  /** The working folder of the server; the repository by default. */
  cwd?: string;
  startTimeoutMs: number;
}

/** What `npm start` prints once its first rebuild is done and it watches the content folder (src/cli/preview.ts). */
const READY = /^Preview ready in /m;

export async function startPreview(options: PreviewStart): Promise<Preview> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [...nodeFlagsOf("start", options.repoRoot), "--import", pathToFileURL(join(options.repoRoot, "node_modules/tsx/dist/loader.mjs")).href, join(options.repoRoot, "src/cli/preview.ts"), `--input=${options.input}`, ...(options.output ? [`--output=${options.output}`] : []),
      ...(options.cacheDir ? [`--cache-dir=${options.cacheDir}`] : []),
      ...(options.fromBuild ? [`--from-build=${options.fromBuild}`] : []),
      `--port=${port}`,
    ],
    { cwd: options.cwd ?? options.repoRoot, detached: true, stdio: ["ignore", "pipe", "pipe"] },
  );
  // A benchmark stopped with Ctrl-C must not leave a server (and its Pagefind) behind.
  const killOnExit = () => {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
    } catch {
      // Already gone.
    }
  };
  process.once("exit", killOnExit);
  child.once("exit", () => process.off("exit", killOnExit));
  let log = "";
  child.stdout?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  // The server binds to "localhost" (src/preview/server.ts); fetch resolves it the same way.
  const url = `http://localhost:${port}/`;
  const preview: Preview = { url, child, log: () => log, servedAt: Number.NaN, stop: () => stopGroup(child) };
  try {
    // Ready once it serves and says it is ready: it may serve its folder before its first rebuild and watcher are done.
    await pollUntil(
      "the preview server's home page",
      async () => {
        if (child.exitCode !== null) throw new PollAborted(`the preview server exited with ${child.exitCode}:\n${log.slice(-3000)}`);
        if (Number.isNaN(preview.servedAt) && (await fetch(url, { signal: AbortSignal.timeout(5000) })).ok) preview.servedAt = performance.now();
        return !Number.isNaN(preview.servedAt) && READY.test(log);
      },
      100,
      options.startTimeoutMs,
    );
  } catch (error) {
    await preview.stop();
    throw error;
  }
  return preview;
}
