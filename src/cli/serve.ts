// `npm run serve [-- --port 8080] [--pathprefix=/archive/] [--output=_site]`: the built site
// on this machine, served as a static host serves it, to check a production build before it goes out.
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { readBuildRecord } from "../serve/build-record.ts";
import { startStaticHost } from "../serve/static-host.ts";
import { normalizePathPrefix } from "../urls.ts";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: "8080" },
    pathprefix: { type: "string" },
    output: { type: "string", default: "_site" },
  },
});

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const port = Number(values.port);
if (!Number.isInteger(port) || port < 1 || port > 65535) fail(`--port expects a number from 1 to 65535, got "${values.port}".`);
if (!existsSync(values.output)) fail(`There is no ${values.output}/ to serve. Build the site first: npm run build`);

const recorded = readBuildRecord(values.output)?.pathPrefix;
const pathPrefix = values.pathprefix === undefined ? (recorded ?? "/") : normalizePathPrefix(values.pathprefix);
if (recorded && recorded !== pathPrefix) {
  console.warn(`Note: ${values.output}/ was built for ${recorded}; serving it under ${pathPrefix} as asked, so its links point elsewhere.`);
}

try {
  const site = await startStaticHost({ root: values.output, pathPrefix, port, onError: (message) => console.error(message) });
  const prefixNote = pathPrefix === "/" ? "" : ` (built for the path prefix ${pathPrefix})`;
  console.log(`Serving ${values.output}/ at ${site.url}${prefixNote}, on this machine only. Ctrl+C stops it.`);
} catch (error) {
  if ((error as NodeJS.ErrnoException).code === "EADDRINUSE") {
    fail(`Port ${port} is already in use (another npm run serve, or npm start?). Choose another: npm run serve -- --port ${port + 1}`);
  }
  throw error;
}
