// A fresh `npm install` prints no warning: npm warns "ERESOLVE overriding peer
// dependency" when an installed package is outside the range another asks of it as a peer.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { unmetPeers, type Lockfile, type PackageJson } from "../helpers/peer-dependencies.ts";
import { ROOT } from "../helpers/site.ts";
import { satisfies } from "../helpers/version-range.ts";

const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as PackageJson;
const lock = JSON.parse(readFileSync(join(ROOT, "package-lock.json"), "utf8")) as Lockfile;

describe("a quiet install", () => {
  it("reads the ranges peer dependencies are written in", () => {
    assert.ok(satisfies("3.6.0", "^3.3.0"));
    assert.ok(!satisfies("4.0.3", "^3.3.0"));
    assert.ok(satisfies("0.16.6", "^0.16.6") && !satisfies("0.17.0", "^0.16.6"));
    assert.ok(satisfies("1.9.0", ">=1.0.0 <1.10.0") && !satisfies("1.10.0", ">=1.0.0 <1.10.0"));
    assert.ok(satisfies("2.1.0", "^1.30.1 || ^2.0.0") && !satisfies("3.0.0", "^1.30.1 || ^2.0.0"));
    assert.ok(satisfies("3.0.0", ">= 2") && satisfies("8.17.1", "^8") && satisfies("1.9.1", "^1.8"));
    assert.ok(satisfies("0.0.1", "*") && satisfies("1.2.9", "~1.2.3") && !satisfies("1.3.0", "~1.2.3"));
    assert.throws(() => satisfies("1.0.0", "latest"), /cannot read/);
  });

  it("finds the conflict npm warns about: nunjucks' optional peer chokidar@^3 against the project's chokidar 4", () => {
    const { overrides: _, ...withoutOverrides } = pkg;
    assert.deepEqual(unmetPeers(withoutOverrides, lock), [
      "node_modules/nunjucks wants chokidar@^3.3.0 (an optional peer), and finds 4.0.3 at node_modules/chokidar",
    ]);
  });

  it("leaves no peer dependency unmet in package-lock.json, so npm install has nothing to warn about", () => {
    assert.deepEqual(unmetPeers(pkg, lock), []);
  });
});
