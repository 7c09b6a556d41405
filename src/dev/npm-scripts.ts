// The Node flags of Annals' npm scripts (package.json), so that the benchmark and the
// tests start a build or a preview as `npm run build` and `npm start` do.
import { readFileSync } from "node:fs";
import { join } from "node:path";

/** The scripts that start Node on one of Annals' commands. */
export type NodeScript = "start" | "build" | "check";

/**
 * The options `script` gives Node before it loads tsx: `node --max-semi-space-size=64
 * --import tsx src/cli/build.ts` gives `["--max-semi-space-size=64"]`.
 */
export function nodeFlagsIn(command: string): string[] {
  const words = command.trim().split(/\s+/);
  if (words[0] !== "node") throw new Error(`expected a script that starts with \`node\`, got \`${command}\``);
  const flags: string[] = [];
  for (let i = 1; i < words.length && words[i]!.startsWith("-"); i++) {
    if (words[i] === "--import") i++;
    else if (!words[i]!.startsWith("--import=")) flags.push(words[i]!);
  }
  return flags;
}

export function nodeFlagsOf(script: NodeScript, repoRoot: string): string[] {
  const { scripts } = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as { scripts: Record<string, string> };
  return nodeFlagsIn(scripts[script]!);
}
