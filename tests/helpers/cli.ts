// Runs Annals' command-line scripts the way npm does, capturing what a user would see.
import { spawn, spawnSync } from "node:child_process";
import { join } from "node:path";
import { ROOT } from "./site.ts";

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(script: string, args: readonly string[], options: { cwd?: string } = {}): CliResult {
  const result = spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "src/cli", script), ...args], {
    cwd: options.cwd ?? ROOT,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The command run asynchronously, so that a server of the test's own can answer it. */
export function runCliAsync(script: string, args: readonly string[], options: { cwd?: string } = {}): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", join(ROOT, "src/cli", script), ...args], {
      cwd: options.cwd ?? ROOT,
      env: { ...process.env, NO_COLOR: "1" },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}
