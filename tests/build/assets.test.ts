// The stylesheet, search script and icon are published under names that carry a hash
// of their content, every page links those names, and _headers lets hosts cache them.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { pathToFileURL } from "node:url";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, it } from "node:test";
import { searchScript, searchWorkerScript } from "../../src/output/assets.ts";
import { article, build, makeContent, ROOT } from "../helpers/site.ts";

const CONTENT = { "articles/2021/07/a.md": article(`title: "A"\ndate: 2021-07-28\nsource: AFP`) };
const HASHED = /^\/(?:archive\/)?assets\/(annals|search|favicon)\.[0-9a-f]{8}\.(css|js|svg)$/;

describe("fingerprinted assets", () => {
  it("are the same bytes whichever folder a command runs from", () => {
    const elsewhere = spawnSync(
      process.execPath,
      ["--import", pathToFileURL(join(ROOT, "node_modules/tsx/dist/loader.mjs")).href, "--input-type=module", "-e", `const m = await import(${JSON.stringify(pathToFileURL(join(ROOT, "src/output/assets.ts")).href)}); process.stdout.write(Buffer.from(m.searchScript()).toString("base64"));`],
      { cwd: tmpdir(), encoding: "utf8" },
    );
    assert.equal(elsewhere.status, 0, elsewhere.stderr);
    assert.equal(elsewhere.stdout, Buffer.from(searchScript()).toString("base64"));
  });

  it("are linked by hashed name from every kind of page, with their own bytes", async () => {
    const site = await build(makeContent(CONTENT));
    const stylesheet = site.page("/").querySelector('link[rel="stylesheet"]')!.getAttribute("href")!;
    assert.match(stylesheet, HASHED);
    assert.equal(site.page("/2021/07/28/a/").querySelector('link[rel="stylesheet"]')!.getAttribute("href"), stylesheet);
    assert.deepEqual(readFileSync(join(site.output, stylesheet)), readFileSync(join(ROOT, "layouts/assets/annals.css")));
    const script = site.page("/search/").querySelector('script[type="module"]')!.getAttribute("src")!;
    assert.match(script, HASHED);
    // The search page's modules (layouts/assets/search/) published as two scripts: the
    // page's, and its worker's, which the page starts by its hashed name.
    const published = readFileSync(join(site.output, script), "utf8");
    assert.deepEqual(Buffer.from(published), Buffer.from(searchScript()));
    const workerName = /new Worker\(new URL\("(search-worker\.[0-9a-f]{8}\.js)", import\.meta\.url\)/.exec(published)?.[1];
    assert.ok(workerName, "the page starts its worker by its hashed name");
    const worker = readFileSync(join(site.output, dirname(script), workerName), "utf8");
    assert.deepEqual(Buffer.from(worker), Buffer.from(searchWorkerScript()));
    for (const code of [published, worker]) assert.doesNotMatch(code, /^\s*import\s/m, "no module left to fetch");
    for (const module of readdirSync(join(ROOT, "layouts/assets/search")).filter((name) => name.endsWith(".js"))) {
      assert.match(published + worker, new RegExp(`// layouts/assets/search/${module}`));
    }
    const headers = readFileSync(join(site.output, "_headers"), "utf8");
    assert.match(headers, new RegExp(`^${stylesheet.replace(/\./g, "\\.")}\\n  Cache-Control: public, max-age=31536000, immutable$`, "m"));
  });

  it("carry the path prefix", async () => {
    const site = await build(makeContent(CONTENT), { pathPrefix: "/archive/" });
    const stylesheet = site.page("/").querySelector('link[rel="stylesheet"]')!.getAttribute("href")!;
    assert.match(stylesheet, /^\/archive\/assets\/annals\.[0-9a-f]{8}\.css$/);
    assert.match(readFileSync(join(site.output, "_headers"), "utf8"), /^\/archive\/assets\/annals\.[0-9a-f]{8}\.css$/m);
  });
});
