// Loaded before a command (node --import): the command's first parseArgs call prints the
// names of the options it was given, as JSON, and ends the process before anything runs.
import { createRequire } from "node:module";
import { syncBuiltinESMExports } from "node:module";

const util = createRequire(import.meta.url)("node:util") as { parseArgs: (config?: { options?: Record<string, unknown> }) => never };
util.parseArgs = (config) => {
  process.stdout.write(JSON.stringify(Object.keys(config?.options ?? {})));
  process.exit(0);
};
// `import { parseArgs } from "node:util"` in the command now binds to the replacement.
syncBuiltinESMExports();
