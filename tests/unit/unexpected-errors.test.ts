import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { describeUnexpected, wantsDebug } from "../../src/cli/report.ts";

describe("an error Annals did not expect", () => {
  // Eleventy wraps the real error in one of its own.
  const wrapped = Object.assign(new Error("Having trouble rendering 11ty.js template ./x\n(more detail)"), {
    originalError: new TypeError("Cannot read properties of undefined (reading 'jpeg')"),
  });

  it("is one paragraph naming the outer and the innermost message, what to do, and --debug", () => {
    const text = describeUnexpected("build", wrapped, false);
    assert.equal(text.split("\n").length, 1);
    assert.match(text, /^npm run build stopped on an unexpected error: Having trouble rendering 11ty\.js template \.\/x \(Cannot read properties of undefined \(reading 'jpeg'\)\)\. /);
    assert.match(text, /Run again with --debug for details: npm run build -- --debug$/);
    assert.doesNotMatch(text, /\bat .+:\d+/);
  });

  it("is the stack trace with --debug", () => {
    assert.equal(describeUnexpected("build", wrapped, true), wrapped.stack);
  });

  it("--debug is asked for after --, or before it, where npm keeps it and sets npm_config_debug", () => {
    assert.equal(wantsDebug(["node", "build.ts", "--debug"], {}), true);
    assert.equal(wantsDebug(["node", "build.ts"], { npm_config_debug: "true" }), true);
    assert.equal(wantsDebug(["node", "build.ts"], {}), false);
  });
});
