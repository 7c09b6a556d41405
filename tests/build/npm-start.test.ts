// `npm start -- --port N`, exactly as docs/preview.md writes it, serves the sample archive on
// that port, from the preview's own folder.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { after, describe, it } from "node:test";
import { freePort } from "../../src/dev/preview-server.ts";
import { pollUntil } from "../../src/dev/poll.ts";
import { ROOT } from "../helpers/site.ts";

describe("npm start", () => {
  let stop = () => {};
  after(() => stop());

  it("serves the sample archive on the port given after --", async () => {
    const port = await freePort();
    const child = spawn("npm", ["start", "--", "--port", String(port)], { cwd: ROOT, detached: true, stdio: ["ignore", "pipe", "pipe"] });
    let log = "";
    child.stdout.on("data", (chunk: Buffer) => (log += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (log += chunk.toString()));
    stop = () => {
      try {
        process.kill(-child.pid!, "SIGTERM");
      } catch {
        // Already gone.
      }
    };
    let home = "";
    await pollUntil(
      `the sample on port ${port}`,
      async () => {
        const response = await fetch(`http://localhost:${port}/`, { signal: AbortSignal.timeout(5000) });
        home = await response.text();
        return response.ok;
      },
      200,
      90_000,
    ).catch((error: Error) => assert.fail(`${error.message}\n${log}`));
    assert.match(home, /<title>Annals<\/title>/);
    assert.match(log, new RegExp(`localhost:${port}`), "the terminal says where the preview is");
  });
});
