// Runs Annals' command-line scripts the way npm does, capturing what a user would see.
import { spawnSync } from "node:child_process";
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
