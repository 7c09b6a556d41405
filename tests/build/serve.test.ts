// npm run serve: the built site served as a static host serves it.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { request } from "node:http";
import { connect } from "node:net";
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

/** What the server says to a request line written raw, such as one with an absolute target. */
function rawRequest(url: string, target: string): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.write(`GET ${target} HTTP/1.1\r\nHost: ${hostname}\r\nConnection: close\r\n\r\n`));
    let said = "";
    socket.setTimeout(5_000, () => socket.destroy(new Error("no answer in 5 s")));
    socket.on("data", (chunk: Buffer) => (said += chunk.toString()));
    socket.on("end", () => resolve(said));
    socket.on("error", reject);
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

describe("byte ranges from the static host", () => {
  const root = tempDir("serve-ranges");
  const DIGITS = "0123456789";
  writeFiles(root, { "digits.txt": DIGITS, "assets/annals.css": STYLES });
  let host: StaticHost;
  const errors: string[] = [];
  before(async () => {
    host = await startStaticHost({ root, pathPrefix: "/", port: 0, onError: (message) => errors.push(message) });
  });
  after(() => host.close());
  const ranged = (range: string, headers: Record<string, string> = {}) => get(`${host.url}digits.txt`, { range, ...headers });

  it("answers a range that ends before it starts with 416 and the file's length, and goes on serving", async () => {
    const reply = await ranged("bytes=5-2");
    assert.equal(reply.status, 416);
    assert.equal(reply.headers["content-range"], "bytes */10");
    assert.equal((await get(`${host.url}digits.txt`)).body.toString(), DIGITS);
  });

  it("answers a range past the end, or an empty suffix, with 416", async () => {
    for (const range of ["bytes=10-", "bytes=99-100", "bytes=-0"]) {
      const reply = await ranged(range);
      assert.equal(reply.status, 416, range);
      assert.equal(reply.headers["content-range"], "bytes */10", range);
    }
  });

  it("sends the part asked for: the first bytes, the bytes from one on, the last five", async () => {
    for (const [range, part, contentRange] of [
      ["bytes=0-1", "01", "bytes 0-1/10"],
      ["bytes=3-", "3456789", "bytes 3-9/10"],
      ["bytes=-5", "56789", "bytes 5-9/10"],
      ["bytes=8-200", "89", "bytes 8-9/10"],
    ] as const) {
      const reply = await ranged(range);
      assert.equal(reply.status, 206, range);
      assert.equal(reply.body.toString(), part, range);
      assert.equal(reply.headers["content-range"], contentRange, range);
    }
  });

  it("sends the whole file for what it does not offer: no range at all, another unit, several ranges, a range under If-Range, the first byte alone", async () => {
    for (const [range, headers] of [["bytes=abc", {}], ["abc", {}], ["items=0-1", {}], ["bytes=0-1,4-5", {}], ["bytes=0-1", { "if-range": 'W/"10-1"' }], ["bytes=0-0", {}]] as const) {
      const reply = await ranged(range, headers);
      assert.equal(reply.status, 200, range);
      assert.equal(reply.body.toString(), DIGITS, range);
      assert.equal(reply.headers["content-range"], undefined, range);
    }
  });

  it("sends a part of a text file uncompressed, so its Content-Range stays true", async () => {
    const reply = await get(`${host.url}assets/annals.css`, { range: "bytes=0-1999", "accept-encoding": "gzip" });
    assert.equal(reply.status, 206);
    assert.equal(reply.headers["content-encoding"], undefined);
    assert.equal(reply.body.toString(), STYLES.slice(0, 2000));
  });

  it("answers a request for an address that is not one with 400, and goes on serving", async () => {
    assert.match(await rawRequest(host.url, "http://["), /^HTTP\/1\.1 400 /);
    assert.equal((await get(`${host.url}digits.txt`)).status, 200);
    assert.deepEqual(errors, []);
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
    // A careless or hostile request is answered and the server goes on (it used to exit).
    assert.equal((await get(`http://127.0.0.1:${port}/archive/`, { range: "bytes=5-2" })).status, 416);
    assert.match(await rawRequest(`http://127.0.0.1:${port}/`, "http://["), /^HTTP\/1\.1 400 /);
    assert.equal((await get(`http://127.0.0.1:${port}/archive/`)).status, 200);
    assert.equal(server.exitCode, null, said);
  });
});
