// `npm start [-- --port 8080]`: the preview server on this machine, rebuilding on save.
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { CACHE_DIR } from "../output/manifest-store.ts";
import { runPreview } from "../preview/watch.ts";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: "8080" },
    input: { type: "string", default: "content" },
    // The preview's own folder: never the build's _site/, which is what gets published.
    output: { type: "string", default: `${CACHE_DIR}/preview` },
    // A build to start from when the preview's folder is empty: its pages and search index are reused.
    "from-build": { type: "string", default: "_site" },
    "cache-dir": { type: "string", default: CACHE_DIR },
  },
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`--port expects a port number such as 8080, got "${values.port}".`);
  process.exit(1);
}

const started = performance.now();
const preview = await runPreview({
  contentDir: resolve(values.input),
  outputDir: resolve(values.output),
  projectRoot: process.cwd(),
  port,
  cacheDir: resolve(values["cache-dir"]),
  seedFrom: resolve(values["from-build"]),
  log: (line) => console.log(line),
});
console.log(`Preview ready in ${((performance.now() - started) / 1000).toFixed(1)} s. Drafts are shown here and never in a build. Press Ctrl-C to stop.`);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void preview.stop().finally(() => process.exit(0));
  });
}
