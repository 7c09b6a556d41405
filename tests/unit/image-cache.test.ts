import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { statSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { responsiveImage } from "../../src/images/responsive-images.ts";
import { ROOT, tempDir } from "../helpers/site.ts";

// A colour of its own, so this test's cache entries are its own.
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900"><rect width="1600" height="900" fill="#${randomBytes(3).toString("hex")}"/></svg>`;

/** The files one build process made for `file`, as a later build finds them. */
function makeInAnotherBuild(file: string): string[] {
  const script = `import { responsiveImage } from ${JSON.stringify(join(ROOT, "src/images/responsive-images.ts"))};
console.log(JSON.stringify((await responsiveImage(${JSON.stringify(file)})).files));`;
  const result = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "--eval", script], { cwd: ROOT, encoding: "utf8" });
  assert.equal(result.status, 0, result.stderr);
  return JSON.parse(result.stdout) as string[];
}

describe("the image cache", () => {
  it("loads eleventy-img and sharp only when a photo is made", () => {
    // A process that loads the build and attaches photos to stories that have none.
    const script = `import { createRequire } from "node:module";
await import(${JSON.stringify(join(ROOT, "src/build.ts"))});
const { withResponsiveImages } = await import(${JSON.stringify(join(ROOT, "src/images/responsive-images.ts"))});
await withResponsiveImages([], ".");
const loaded = () => Object.keys(createRequire(import.meta.url).cache).some((path) => /[\\/]node_modules[\\/](sharp|@11ty[\\/]eleventy-img)[\\/]/.test(path));
const before = loaded();
await import("@11ty/eleventy-img");
console.log(JSON.stringify({ before, after: loaded() }));`;
    const result = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "--eval", script], { cwd: ROOT, encoding: "utf8" });
    assert.equal(result.status, 0, result.stderr);
    // After: the check sees the modules once they are loaded.
    assert.deepEqual(JSON.parse(result.stdout), { before: false, after: true });
  });

  it("re-makes an entry a killed build left empty instead of publishing it", async () => {
    const file = join(tempDir("image"), "photo.svg");
    writeFileSync(file, svg);
    const files = makeInAnotherBuild(file);
    assert.equal(files.length, 9);
    // What a build killed while encoding leaves: the file's name, and nothing in it.
    const victim = files.find((path) => path.endsWith(".avif"))!;
    truncateSync(victim, 0);

    const next = await responsiveImage(file);
    assert.deepEqual(next.files, files);
    for (const path of next.files) assert.ok(statSync(path).size > 0, `${path} is not empty`);
  });
});
