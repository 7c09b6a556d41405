// The short crash test (the long one is `npm run crash-test`): warm builds of a generated
// archive killed with SIGKILL at six moments spread over a build, each after a set of
// changes (one of them to the site's settings), leave a complete, consistent site every
// time, and a build let finish after a kill writes what a clean build writes.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { runCrashTest } from "../../src/dev/crash-run.ts";
import { tempDir } from "../helpers/site.ts";

describe("a build killed at any moment", () => {
  it("leaves a complete site, which the next build rolls forward to a clean build's", { timeout: 600_000 }, async () => {
    const lines: string[] = [];
    const report = await runCrashTest({ workDir: tempDir("crash"), articles: 150, kills: 6, killsPerRound: 3, seed: 5, measureBuildAfterKill: false, log: (line) => lines.push(line) });
    assert.deepEqual(report.problems, [], lines.join("\n"));
    assert.equal(report.kills.length, 6);
    assert.ok(report.kills.some((kill) => kill.changes.some((change) => change.includes("site.yaml"))), "the settings changed at least once");
    const killed = report.kills.filter((kill) => kill.killed);
    assert.ok(killed.length >= 4, `most builds were killed before they ended:\n${lines.join("\n")}`);
    assert.ok(killed.every((kill) => kill.stage !== "loading and planning"), "each while it changed the output");
    assert.equal(report.rounds.length, 2);
    assert.ok(report.kills.every((kill) => kill.check.pages > 0 && kill.check.searchBundles > 0));
  });
});
