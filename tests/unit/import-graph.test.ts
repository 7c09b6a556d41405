// The code's dependencies run one way: no module imports itself through others (type
// imports included), and every import goes down the layers docs/architecture.md maps.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { circlePath, importCircles, importGraph, importSpecifiers } from "../helpers/import-graph.ts";
import { ROOT } from "../helpers/site.ts";

/**
 * The layers, bottom first: a module may import from its own layer and those below it.
 * A layer is folders (ending in `/`) and files; the longest match places a module.
 */
const LAYERS: readonly { name: string; holds: readonly string[] }[] = [
  {
    name: "types",
    // The message table's shape is named by the English table, which site settings carry.
    holds: ["src/types.ts", "src/dates.ts", "src/regional-dates.ts", "src/languages.ts", "src/messages/table.ts", "src/messages/en.ts"],
  },
  { name: "shared helpers", holds: ["src/"] },
  { name: "content", holds: ["src/content/", "src/images/"] },
  { name: "model", holds: ["src/collections/", "src/archive-pages.ts", "src/replaced-stories.ts", "src/open-data/data-years.ts"] },
  {
    name: "pages",
    holds: [
      "layouts/",
      "src/seo/",
      "src/feeds/",
      "src/hosting/",
      // What an article page tells the search indexer, and the folding the search page embeds.
      "src/search/filters.ts",
      "src/search/fold.ts",
      "src/search/index-fields.ts",
      // The build's record for npm run serve: a file the route table lists.
      "src/serve/build-record.ts",
    ],
  },
  { name: "routes", holds: ["src/model/"] },
  { name: "output", holds: ["src/output/", "src/search/"] },
  {
    name: "commands",
    holds: [".eleventy.ts", "src/build.ts", "src/plugins/", "src/preview/", "src/serve/", "src/authoring/", "src/cli/", "src/dev/", "src/bench/", "tests/"],
  },
];

function layerOf(module: string): number {
  let best = { layer: -1, length: -1 };
  LAYERS.forEach(({ holds }, layer) => {
    for (const place of holds) {
      const matches = place.endsWith("/") ? module.startsWith(place) : module === place;
      if (matches && place.length > best.length) best = { layer, length: place.length };
    }
  });
  assert.ok(best.layer >= 0, `${module} is in no layer: add its folder to LAYERS and to docs/architecture.md`);
  return best.layer;
}

const graph = importGraph(ROOT, [".eleventy.ts", "src", "layouts", "tests"]);

describe("the import graph", () => {
  it("reads every kind of import, type imports included", () => {
    const text = [
      'import { a } from "./a.ts";',
      'import type { B } from "./b.ts";',
      "import {\n  c,\n  type D,\n} from './c.ts';",
      'export { e } from "./e.ts";',
      'export type { F } from "./f.ts";',
      'import "./g.js";',
      // Split, so that this file's own import graph does not read it.
      ["type H = typeof ", "import", '("./h.ts");'].join(""),
      '// import { x } from "./commented.ts";',
      'const s = "import nothing from here";',
    ].join("\n");
    assert.deepEqual(importSpecifiers(text), ["./a.ts", "./b.ts", "./c.ts", "./e.ts", "./f.ts", "./g.js", "./h.ts"]);
  });

  it("finds a circle through a type import, and none in a graph that runs one way", () => {
    const circle = new Map([
      ["src/types.ts", ["src/navigation.ts"]],
      ["src/navigation.ts", ["src/urls.ts"]],
      ["src/urls.ts", ["src/types.ts"]],
      ["src/html.ts", []],
    ]);
    assert.deepEqual(
      importCircles(circle).map((members) => circlePath(circle, members)),
      ["src/navigation.ts → src/urls.ts → src/types.ts → src/navigation.ts"],
    );
    assert.deepEqual(importCircles(new Map([["a.ts", ["b.ts"]], ["b.ts", []]])), []);
  });

  it("resolves every relative import of the code base to a file", () => {
    assert.ok(graph.edges.size > 100, `read ${graph.edges.size} modules`);
    assert.deepEqual(graph.unresolved, []);
  });

  it("has no circle: no module imports itself through others, type imports included", () => {
    const circles = importCircles(graph.edges).map((members) => circlePath(graph.edges, members));
    assert.deepEqual(circles, [], `import circles:\n${circles.join("\n")}`);
  });

  it("imports only down the layers: types at the bottom, the commands on top", () => {
    const upward = [...graph.edges].flatMap(([module, targets]) =>
      targets
        .filter((target) => layerOf(target) > layerOf(module))
        .map((target) => `${module} (${LAYERS[layerOf(module)]!.name}) imports ${target} (${LAYERS[layerOf(target)]!.name})`),
    );
    assert.deepEqual(upward, [], `imports that go up a layer:\n${upward.join("\n")}`);
  });

  it("gives the layouts typed data: they import nothing that reads content or writes the site", () => {
    const reaching = [...graph.edges]
      .filter(([module]) => module.startsWith("layouts/"))
      .flatMap(([module, targets]) => targets.filter((target) => /^src\/(content|output|images)\//.test(target)).map((target) => `${module} imports ${target}`));
    assert.deepEqual(reaching, []);
  });
});
