// The options each command accepts, read from its own parseArgs call: the command runs with
// print-parse-args.ts loaded first, which prints the options parseArgs was given and ends the
// process, so nothing else of the command runs.
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { ROOT } from "./site.ts";

const run = promisify(execFile);
const PRINT_PARSE_ARGS = join(import.meta.dirname, "print-parse-args.ts");

const scripts = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;

/** The npm scripts of package.json. */
export const npmScripts: ReadonlySet<string> = new Set(Object.keys(scripts));

/** The TypeScript file an npm script runs (`node [Node's options] --import tsx src/cli/build.ts`), if it runs one. */
export function scriptEntry(script: string): string | undefined {
  return /^node (?:--[\w-]+(?:=\S+)? )*--import tsx (\S+\.ts)$/.exec(scripts[script] ?? "")?.[1];
}

const asked = new Map<string, Promise<readonly string[]>>();

/** The option names (without `--`) the command in `entry` (relative to the project) passes to parseArgs. */
export function parserOptions(entry: string): Promise<readonly string[]> {
  let options = asked.get(entry);
  if (!options) {
    options = run(process.execPath, ["--import", "tsx", "--import", PRINT_PARSE_ARGS, entry], { cwd: ROOT, encoding: "utf8" }).then(({ stdout }) => {
      const names: unknown = JSON.parse(stdout);
      if (!Array.isArray(names) || !names.every((name) => typeof name === "string")) throw new Error(`${entry} printed no option names: ${stdout}`);
      return names;
    });
    asked.set(entry, options);
  }
  return options;
}
