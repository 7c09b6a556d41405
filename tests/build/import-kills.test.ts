// `npm run import` killed with SIGKILL at moments spread over a long import leaves no
// half-written article (each is written whole under a temporary name, then linked into
// place), and running it again finishes the import: the content folder ends byte for byte
// as one import that was never stopped leaves it. ANNALS_IMPORT_KILLS sets how many moments
// (3 by default).
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { cpSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { before, describe, it } from "node:test";
import { pollUntil } from "../../src/dev/poll.ts";
import { runCliAsync } from "../helpers/cli.ts";
import { makeContent, ROOT, tempDir } from "../helpers/site.ts";
import { assertSameTree, tree } from "../helpers/trees.ts";

const KILLS = Number(process.env.ANNALS_IMPORT_KILLS ?? "3");
const STORIES = 80;

/** An RSS feed of `count` stories, each a few paragraphs long. */
function feed(count: number): string {
  const items = Array.from({ length: count }, (_, index) => {
    const date = new Date(Date.UTC(2021, index % 12, 1 + (index % 28), 7));
    const body = Array.from({ length: 6 }, (_, paragraph) => `<p>Paragraph ${paragraph} of story ${index}: officials in Baghdad and Erbil met to discuss the budget and the oil exports.</p>`).join("");
    return `<item><title>Story ${index} on the talks in Kirkuk</title><link>https://wire.example.com/world/story-${index}/</link><guid isPermaLink="false">wire-${index}</guid><pubDate>${date.toUTCString()}</pubDate><content:encoded><![CDATA[${body}]]></content:encoded></item>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Wire</title><link>https://wire.example.com/</link><description>A wire.</description>${items.join("")}</channel></rss>`;
}

const articleCount = (content: string) => readdirSync(join(content, "articles"), { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".md")).length;

describe("npm run import killed at any moment", () => {
  const root = tempDir("import-kills");
  const input = join(root, "wire.rss");
  let base: string;
  let reference: string;
  const importInto = (content: string) => runCliAsync("import.ts", [input, `--input=${content}`, "--source=Wire"]);

  before(async () => {
    writeFileSync(input, feed(STORIES));
    base = makeContent({ "_data/sources.yaml": "- name: Wire\n" });
    reference = join(tempDir("import-reference"), "content");
    cpSync(base, reference, { recursive: true });
    const result = await importInto(reference);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(articleCount(reference), STORIES);
  });

  it(`leaves only whole articles after each of ${KILLS} kills, and a second run finishes the import`, async () => {
    const held: string[] = [];
    for (let kill = 1; kill <= KILLS; kill++) {
      const content = join(tempDir(`import-killed-${kill}`), "content");
      cpSync(base, content, { recursive: true });
      // Spread over the import: after about 1/(K+1), 2/(K+1) ... of its articles are written.
      const after = Math.max(1, Math.round((kill * STORIES) / (KILLS + 1)));
      const child = spawn(process.execPath, ["--import", pathToFileURL(join(ROOT, "node_modules/tsx/dist/loader.mjs")).href, join(ROOT, "src/cli/import.ts"), input, `--input=${content}`, "--source=Wire"], { cwd: ROOT, detached: true, stdio: "ignore" });
      const exited = new Promise((resolve) => child.once("exit", resolve));
      await pollUntil(`${after} imported articles`, async () => child.exitCode !== null || articleCount(content) >= after, 2, 60_000);
      process.kill(-child.pid!, "SIGKILL");
      await exited;
      const written = tree(join(content, "articles"));
      const wanted = tree(join(reference, "articles"));
      for (const [file, bytes] of written) {
        if (/\.annals-\d+\.tmp$/.test(file)) continue;
        assert.ok(wanted.get(file)?.equals(bytes), `kill ${kill}: ${file} is whole, as a finished import writes it`);
      }
      held.push(`${written.size} of ${STORIES}`);
      const again = await importInto(content);
      assert.equal(again.status, 0, again.stderr);
      // A temporary file left by the kill is not content (not .md); it is the only difference allowed.
      assertSameTree(content, reference, (file) => /\.annals-\d+\.tmp$/.test(file));
    }
    assert.equal(held.length, KILLS);
  });
});
