// The documents cannot drift from the code: every command, option and front-matter key they
// name exists (the option parsers and the content schema are the source), every relative link
// and anchor resolves, and docs/architecture.md maps every folder of the code.
import assert from "node:assert/strict";
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, it } from "node:test";
import { parse as parseYaml } from "yaml";
import { entitiesSchema, siteSchema, sourcesSchema } from "../../src/content/data-schemas.ts";
import { keyTreeOf, type KeyTree } from "../../src/content/known-keys.ts";
import { articleFrontMatterSchema } from "../../src/content/schema.ts";
import { npmScripts, parserOptions, scriptEntry } from "../helpers/cli-options.ts";
import { codePieces, commandsIn, fencedBlocks, headingAnchors, linksIn, loneOptions, readDocs, tablesIn, type Doc } from "../helpers/docs.ts";
import { ROOT } from "../helpers/site.ts";

const docs = readDocs();

/** The keys of each content file, from the schemas that validate them. */
const KEY_TREES = {
  article: keyTreeOf(articleFrontMatterSchema),
  "site.yaml": keyTreeOf(siteSchema),
  "sources.yaml": keyTreeOf(sourcesSchema.element),
  "entities.yaml": keyTreeOf(entitiesSchema.element),
} satisfies Record<string, KeyTree>;

/** Every key path of a tree: `image`, `image.src`, ... */
function keyPaths(tree: KeyTree, parent = ""): string[] {
  return Object.entries(tree).flatMap(([key, subtree]) => [`${parent}${key}`, ...(subtree ? keyPaths(subtree, `${parent}${key}.`) : [])]);
}

/** Every key name, at any depth, of any content file. */
const ANY_KEY = new Set(Object.values(KEY_TREES).flatMap((tree) => keyPaths(tree).map((path) => path.split(".").pop()!)));

/** The keys of a parsed YAML value that its tree does not have, as paths. */
function unknownKeys(value: unknown, tree: KeyTree, parent = ""): string[] {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return [];
  return Object.entries(value).flatMap(([key, inner]) => {
    const subtree = tree[key];
    if (subtree === undefined) return [`${parent}${key}`];
    return subtree ? unknownKeys(inner, subtree, `${parent}${key}.`) : [];
  });
}

/** The options a documented command does not accept, as `file:line  command --option`. */
async function unknownOptions(doc: Doc): Promise<string[]> {
  const pieces = codePieces(doc.text);
  const commands = pieces.flatMap(commandsIn);
  const entryOf = (command: (typeof commands)[number]) => command.file ?? (command.script ? scriptEntry(command.script) : undefined);
  const accepted = (entry: string | undefined): readonly string[] => (entry === undefined ? [] : parserOptions(entry));
  const named = commands.map((command) => ({ command, accepts: accepted(entryOf(command)) }));
  const unknown = named.flatMap(({ command, accepts }) =>
    command.options.filter((option) => !accepts.includes(option)).map((option) => `${doc.file}:${command.line}  ${command.script ? `npm run ${command.script}` : `node ${command.file}`} --${option}`),
  );
  // An option named alone belongs to one of the commands the same document names.
  const anyCommand = new Set(named.flatMap(({ accepts }) => accepts));
  const alone = pieces.flatMap((piece) => loneOptions(piece).filter((option) => !anyCommand.has(option)).map((option) => `${doc.file}:${piece.line}  --${option}`));
  return [...unknown, ...alone];
}

describe("the documents", () => {
  it("read commands, options, links and anchors the way a reader does", () => {
    const text = [
      "Run `npm run build -- --pathprefix=/x/ --precompress`, or `npm run -s check -- --json`;",
      "`npm run check --json` gives npm the option. `npm start -- --port 8081` and `--url` alone.",
      "See [the file](other.md#a-heading) and `[not](a-link.md)`.",
      "```sh",
      "node --import tsx src/bench/wxr-import.ts --posts 10   # --not-an-option",
      "```",
      "## Why bundles of 2,000 stories",
      "### `site.yaml`",
    ].join("\n");
    const pieces = codePieces(text);
    assert.deepEqual(
      pieces.flatMap(commandsIn).map(({ script, file, options }) => [script ?? file, ...options]),
      [["build", "pathprefix", "precompress"], ["check", "json"], ["check"], ["start", "port"], ["src/bench/wxr-import.ts", "posts"]],
    );
    assert.deepEqual(pieces.flatMap(loneOptions), ["url"]);
    assert.deepEqual(linksIn(text).map((link) => link.target), ["other.md#a-heading"]);
    assert.deepEqual([...headingAnchors(text)], ["why-bundles-of-2000-stories", "siteyaml"]);
  });

  it("report an option that no parser has, in a command and alone", async () => {
    const doc = { file: "docs/x.md", text: "`npm run build -- --precompress --no-such-option` and `--neither`." };
    assert.deepEqual(await unknownOptions(doc), ["docs/x.md:1  npm run build --no-such-option", "docs/x.md:1  --neither"]);
  });

  it("name only npm scripts that package.json has", () => {
    const unknown = docs.flatMap((doc) =>
      codePieces(doc.text)
        .flatMap(commandsIn)
        .filter((command) => command.script !== undefined && !npmScripts.has(command.script))
        .map((command) => `${doc.file}:${command.line}  npm run ${command.script}`),
    );
    assert.deepEqual(unknown, []);
  });

  it("name only files that a documented node command runs", () => {
    const missing = docs.flatMap((doc) =>
      codePieces(doc.text)
        .flatMap(commandsIn)
        .filter((command) => command.file !== undefined && !existsSync(join(ROOT, command.file)))
        .map((command) => `${doc.file}:${command.line}  ${command.file}`),
    );
    assert.deepEqual(missing, []);
  });

  it("name only options that the commands' parsers accept", async () => {
    const unknown = (await Promise.all(docs.map(unknownOptions))).flat();
    assert.deepEqual(unknown, []);
  });

  it("write only front-matter keys the schema has, in every front-matter example", () => {
    const examples = docs.flatMap((doc) =>
      fencedBlocks(doc.text).flatMap((block) => {
        const frontMatter = block.info === "markdown" && block.body[0] === "---" ? block.body.slice(1, block.body.indexOf("---", 1)) : block.info === "yaml" ? block.body : undefined;
        return frontMatter ? [{ where: `${doc.file}:${block.line}`, yaml: frontMatter.join("\n") }] : [];
      }),
    );
    assert.ok(examples.length >= 2, "the front-matter examples are found");
    const unknown = examples.flatMap(({ where, yaml }) => unknownKeys(parseYaml(yaml), KEY_TREES.article).map((key) => `${where}  ${key}`));
    assert.deepEqual(unknown, []);
  });

  it("name only keys the content files have, when they name one in passing (`draft: true`, `image.src`)", () => {
    const articleKeys = new Set(keyPaths(KEY_TREES.article));
    const unknown = docs.flatMap((doc) =>
      codePieces(doc.text)
        .filter((piece) => piece.inline)
        .flatMap((piece) => {
          // A web address's scheme (`javascript:`) is not a key, nor a file name (`entities.yaml`) a key's path.
          const key = /^(?!(?:javascript|https?|mailto|data|file):)([a-z][a-z_]*):(?:\s.*)?$/.exec(piece.code)?.[1];
          if (key !== undefined) return ANY_KEY.has(key) ? [] : [`${doc.file}:${piece.line}  ${key}:`];
          const path = /^(image|entities)\.(?!(?:ya?ml|md|json)$)[a-z_]+$/.exec(piece.code)?.[0];
          return path === undefined || articleKeys.has(path) ? [] : [`${doc.file}:${piece.line}  ${path}`];
        }),
    );
    assert.deepEqual(unknown, []);
  });

  it("list every key of the front-matter and the data files in their reference tables, and no other", () => {
    const authoring = docs.find((doc) => doc.file === "docs/authoring.md");
    assert.ok(authoring);
    const tables = tablesIn(authoring.text).filter((table) => table.header[0] === "key");
    const listed = (heading: string) => tables.find((table) => table.heading.includes(heading))?.rows.map((row) => row[0]!.replace(/`/g, ""));
    for (const [file, heading] of [["article", "Front-matter reference"], ["site.yaml", "site.yaml"], ["sources.yaml", "sources.yaml"], ["entities.yaml", "entities.yaml"]] as const) {
      assert.deepEqual(listed(heading)?.sort(), keyPaths(KEY_TREES[file]).sort(), `the table under "${heading}" in docs/authoring.md`);
    }
  });

  it("link only to files and headings that exist", () => {
    const anchors = new Map(docs.map((doc) => [resolve(ROOT, doc.file), headingAnchors(doc.text)]));
    const broken = docs.flatMap((doc) =>
      linksIn(doc.text)
        .filter((link) => !/^[a-z]+:/.test(link.target))
        .flatMap((link) => {
          const [path = "", anchor] = link.target.split("#");
          const target = path === "" ? resolve(ROOT, doc.file) : resolve(ROOT, dirname(doc.file), decodeURIComponent(path));
          if (!existsSync(target)) return [`${doc.file}:${link.line}  ${link.target}: no such file`];
          if (anchor === undefined) return [];
          const headings = anchors.get(target);
          if (!headings) return [`${doc.file}:${link.line}  ${link.target}: an anchor in a file that is not one of the documents`];
          return headings.has(anchor) ? [] : [`${doc.file}:${link.line}  ${link.target}: no such heading`];
        }),
    );
    assert.deepEqual(broken, []);
  });

  it("map in docs/architecture.md every folder of src/ and layouts/, and every folder of tests/", () => {
    const architecture = docs.find((doc) => doc.file === "docs/architecture.md");
    assert.ok(architecture);
    const linked = new Set(linksIn(architecture.text).map((link) => relative(ROOT, resolve(ROOT, "docs", link.target.split("#")[0]!)) || "."));
    const folders = (dir: string): string[] => [
      dir,
      ...readdirSync(join(ROOT, dir))
        .filter((name) => statSync(join(ROOT, dir, name)).isDirectory())
        .flatMap((name) => folders(`${dir}/${name}`)),
    ];
    const tests = readdirSync(join(ROOT, "tests")).filter((name) => statSync(join(ROOT, "tests", name)).isDirectory()).map((name) => `tests/${name}`);
    const unmapped = [...folders("src"), ...folders("layouts"), ...tests].filter((folder) => !linked.has(folder));
    assert.deepEqual(unmapped, []);
  });
});
