// The preview serves a build's folder while its own is filled from it, then its own: the
// dev server has no method for that, so this checks the field Annals sets (server.ts).
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { it } from "node:test";
import { freePort } from "../../src/dev/preview-server.ts";
import { startPreviewServer } from "../../src/preview/server.ts";
import { tempDir } from "../helpers/site.ts";

function folder(name: string, files: Record<string, string>): string {
  const dir = join(tempDir("served"), name);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(dir, file, ".."), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return dir;
}

it("serves another folder once told to, pages, files and problems alike", async () => {
  const build = folder("build", { "index.html": "<p>the build's home</p>", "style.css": "p{color:red}" });
  const own = folder("own", { "index.html": "<p>the preview's home</p>", "style.css": "p{color:blue}", "draft/index.html": "<p>a draft</p>" });
  const port = await freePort();
  let problems: { heading: string; lines: [] } | undefined;
  const server = startPreviewServer({ dir: build, port, problems: () => problems, issues: () => [] });
  await server.ready();
  try {
    const text = async (path: string) => {
      const response = await fetch(`http://localhost:${port}${path}`);
      return `${response.status} ${await response.text()}`;
    };
    assert.match(await text("/"), /^200 .*the build's home/s);
    assert.match(await text("/draft/"), /^404/);
    server.serveFrom(own);
    assert.match(await text("/"), /^200 .*the preview's home/s);
    assert.equal(await text("/style.css"), "200 p{color:blue}");
    assert.match(await text("/draft/"), /^200 .*a draft/s);
    problems = { heading: "A problem", lines: [] };
    assert.match(await text("/draft/"), /^200 .*A problem.*a draft/s, "the problems box is put on the new folder's pages");
  } finally {
    await server.close();
  }
});
