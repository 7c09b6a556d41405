// The options each command accepts, read from its own parseArgs call: the command's source
// is parsed, not run (esbuild strips its types, acorn reads what is left), and the keys of
// the \`options\` object it gives parseArgs are its options.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse, type Node, type ObjectExpression, type Property, type SpreadElement } from "acorn";
import { simple } from "acorn-walk";
import { transformSync } from "esbuild";
import { ROOT } from "./site.ts";

const scripts = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;

/** The npm scripts of package.json. */
export const npmScripts: ReadonlySet<string> = new Set(Object.keys(scripts));

/** The TypeScript file an npm script runs (`node [Node's options] --import tsx src/cli/build.ts`), if it runs one. */
export function scriptEntry(script: string): string | undefined {
  return /^node (?:--[\w-]+(?:=\S+)? )*--import tsx (\S+\.ts)$/.exec(scripts[script] ?? "")?.[1];
}

/** The value of an object literal's property `name`, when it is an object literal too. */
function objectProperty(object: Node, name: string): ObjectExpression | undefined {
  if (object.type !== "ObjectExpression") return undefined;
  for (const property of (object as ObjectExpression).properties) {
    if (property.type === "Property" && !property.computed && keyName(property) === name && property.value.type === "ObjectExpression") return property.value;
  }
  return undefined;
}

function keyName(property: Property | SpreadElement): string | undefined {
  if (property.type !== "Property") return undefined;
  const key = property.key;
  return key.type === "Identifier" ? key.name : key.type === "Literal" ? String(key.value) : undefined;
}

const read = new Map<string, readonly string[]>();

/**
 * The option names (without `--`) the command in `entry` (relative to the project) passes to
 * parseArgs; none for a file that does not call it. Throws when the call's options are not
 * written out where it is made, so that a change of style cannot leave options unchecked.
 */
export function parserOptions(entry: string): readonly string[] {
  let names = read.get(entry);
  if (names) return names;
  const { code } = transformSync(readFileSync(join(ROOT, entry), "utf8"), { loader: "ts", format: "esm" });
  const found: string[] = [];
  simple(parse(code, { ecmaVersion: "latest", sourceType: "module" }), {
    CallExpression(call) {
      if (call.callee.type !== "Identifier" || call.callee.name !== "parseArgs") return;
      const options = call.arguments[0] ? objectProperty(call.arguments[0], "options") : undefined;
      if (!options || options.properties.some((property) => keyName(property) === undefined)) {
        throw new Error(`${entry}: parseArgs is not given an \`options\` object written out in the call`);
      }
      found.push(...options.properties.map((property) => keyName(property)!));
    },
  });
  names = found;
  read.set(entry, names);
  return names;
}
