// One stylesheet serves pages written left to right and right to left: it places things
// by logical properties (inline-start, block-end), never by left and right.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { ROOT } from "../helpers/site.ts";

const STYLESHEET = readFileSync(join(ROOT, "layouts/assets/annals.css"), "utf8").replace(/\/\*[\s\S]*?\*\//g, "");

/** A declaration naming a physical side: `margin-left:`, `left:`, `float: right`, `text-align: left`, `border-right-width:`. */
const PHYSICAL = /(?:^|[;{\s])((?:margin|padding|border|inset)-(?:left|right)[\w-]*|left|right|(?:float|clear|text-align)\s*:\s*(?:left|right))\s*:?/gm;

describe("the stylesheet", () => {
  it("names no left or right side, so that it mirrors in a right-to-left page", () => {
    assert.deepEqual([...STYLESHEET.matchAll(PHYSICAL)].map((match) => match[1]), []);
  });

  it("the check finds a physical property", () => {
    assert.deepEqual([..."a { margin-left: 1rem; text-align: right; } b{left:0}".matchAll(PHYSICAL)].map((match) => match[1]), ["margin-left", "text-align: right", "left"]);
  });

  it("mirrors the timeline in a right-to-left page", () => {
    assert.match(STYLESHEET, /\[dir="rtl"\] \.timeline \.chart \{ transform: scaleX\(-1\); \}/);
  });
});
