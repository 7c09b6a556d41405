// npm run serve: the built site served as a static host serves it.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { request } from "node:http";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { gunzipSync } from "node:zlib";
import { startStaticHost, type StaticHost } from "../../src/serve/static-host.ts";
import { runCli } from "../helpers/cli.ts";
import { waitFor } from "../helpers/preview.ts";
import { article, makeContent, ROOT, tempDir, writeFiles } from "../helpers/site.ts";

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** As sent, still compressed. */
  body: Buffer;
}

/** A GET that leaves the body as it came (fetch would decompress it). */
function get(url: string, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on("error", reject);
    })
      .on("error", reject)
      .end();
  });
}

const NOT_FOUND_PAGE = "<!doctype html><title>Not found</title><p>This page is not in the archive.</p>";
const STYLES = "body { color: black; }\n".repeat(200);

describe("the static host behind npm run serve", () => {
  const root = tempDir("serve");
  writeFiles(root, {
    "index.html": "<!doctype html><title>Home</title>",
    "404.html": NOT_FOUND_PAGE,
    "about/index.html": "<!doctype html><title>About</title>",
    "assets/annals.css": STYLES,
    "feed.xml": "<feed/>",
    "pagefind/search.wasm": new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]),
    "pagefind/pagefind.en_5d4f0def9e.pf_meta": new Uint8Array(4096).fill(7),
    "pagefind/wasm.en.pagefind": new Uint8Array(4096).fill(9),
  });
  let host: StaticHost;
  before(async () => {
    host = await startStaticHost({ root, pathPrefix: "/archive/", port: 0 });
  });
  after(() => host.close());

  it("answers a missing page with the site's 404.html and status 404, inside or outside the prefix", async () => {
    for (const path of ["/archive/2021/07/28/no-such-story/", "/elsewhere/", "/index.html", "/archive/%E0%A4%A", "/archive/../404.html.missing"]) {
      const reply = await get(new URL(path, host.url).href);
      assert.equal(reply.status, 404, path);
      assert.equal(reply.body.toString(), NOT_FOUND_PAGE, path);
      assert.match(String(reply.headers["content-type"]), /^text\/html/);
    }
  });

  it("serves the site under its prefix, folder pages included, and sends a folder asked without its slash to the slashed address", async () => {
    assert.equal((await get(`${host.url}about/`)).body.toString(), "<!doctype html><title>About</title>");
    const redirect = await get(`${host.url}about`);
    assert.equal(redirect.status, 301);
    assert.equal(redirect.headers.location, "/archive/about/");
    assert.equal((await get(host.url.replace(/\/$/, ""))).headers.location, "/archive/");
  });

  it("gives WebAssembly its type and Pagefind's index files a binary one, not compressed again", async () => {
    assert.equal((await get(`${host.url}pagefind/search.wasm`)).headers["content-type"], "application/wasm");
    for (const name of ["pagefind.en_5d4f0def9e.pf_meta", "wasm.en.pagefind"]) {
      const reply = await get(`${host.url}pagefind/${name}`, { "accept-encoding": "gzip" });
      assert.equal(reply.headers["content-type"], "application/octet-stream", name);
      assert.equal(reply.headers["content-encoding"], undefined, name);
    }
  });

  it("compresses with gzip when the browser asks for it, and only then", async () => {
    const zipped = await get(`${host.url}assets/annals.css`, { "accept-encoding": "gzip" });
    assert.equal(zipped.headers["content-encoding"], "gzip");
    assert.ok(zipped.body.length < STYLES.length / 10);
    assert.equal(gunzipSync(zipped.body).toString(), STYLES);
    const plain = await get(`${host.url}assets/annals.css`);
    assert.equal(plain.headers["content-encoding"], undefined);
    assert.equal(plain.body.toString(), STYLES);
  });

  it("sends a precompressed .gz file as it is when the build wrote one", async () => {
    const precompressed = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    writeFiles(root, { "feed.xml.gz": precompressed });
    const reply = await get(`${host.url}feed.xml`, { "accept-encoding": "gzip" });
    assert.equal(reply.headers["content-encoding"], "gzip");
    assert.match(String(reply.headers["content-type"]), /xml/);
    assert.deepEqual(reply.body, precompressed);
  });
});

describe("npm run build, then npm run serve", () => {
  const content = makeContent({ "articles/2021/07/story.md": article(`title: "A story"\ndate: 2021-07-28\nsource: AFP`) });
  const output = join(tempDir("serve-cli"), "_site");
  const port = 40_000 + Math.floor(Math.random() * 20_000);

  it("serves the build under the prefix it was built for, without being told again", async (t) => {
    const built = runCli("build.ts", [`--input=${content}`, `--output=${output}`, "--pathprefix=/archive/"]);
    assert.equal(built.status, 0, built.stderr);
    assert.match(readFileSync(join(output, "_headers"), "utf8"), /^\/archive\/feed\.json$|^\/archive\/\*feed\.json$/m);

    const server = spawn(process.execPath, ["--import", "tsx", join(ROOT, "src/cli/serve.ts"), `--output=${output}`, "--port", String(port)], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"],
    });
    t.after(() => server.kill());
    let said = "";
    server.stdout.on("data", (chunk: Buffer) => (said += chunk.toString()));
    server.stderr.on("data", (chunk: Buffer) => (said += chunk.toString()));
    await waitFor("npm run serve to start", async () => (said.includes("Serving") ? true : undefined), 20_000);
    assert.equal(said.trim(), `Serving ${output}/ at http://127.0.0.1:${port}/archive/ (built for the path prefix /archive/), on this machine only. Ctrl+C stops it.`);
    const home = await get(`http://127.0.0.1:${port}/archive/`);
    assert.equal(home.status, 200);
    assert.match(home.body.toString(), /A story/);
    assert.equal((await get(`http://127.0.0.1:${port}/`)).status, 404);
  });
});
