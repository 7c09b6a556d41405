// The project's own import graph, type imports included, read from the source text: which
// module imports which, and the circles in it. A line-start scan, not a parser: every import
// in this code base starts its line, and whatever the scan misreads fails to resolve, loudly.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";

const SOURCE = /\.(ts|js|mjs)$/;
const SKIPPED_FOLDERS = new Set(["node_modules", "fixtures"]);

/** `import … from "x"`, `import type … from "x"`, `export … from "x"`, `import "x"`: at a line's start. */
const STATIC_IMPORT = /^[ \t]*(?:import|export)\b(?:[^;"'`]*?\bfrom)?\s*["']([^"']+)["']/gm;
/** `import("x")`, in code or in a type (`typeof import("x")`). */
const DYNAMIC_IMPORT = /\bimport\(\s*["']([^"']+)["']\s*\)/g;

export interface ImportGraph {
  /** Each module (a path relative to the root, with `/`) and the modules it imports. */
  readonly edges: ReadonlyMap<string, readonly string[]>;
  /** Relative imports that name no file: "from → specifier". */
  readonly unresolved: readonly string[];
}

/** The source files under each of `paths` (a file or a folder), relative to `root`. */
function sourceFiles(root: string, paths: readonly string[]): string[] {
  return paths.flatMap((path) => {
    const full = join(root, path);
    if (!existsSync(full)) return [];
    if (!statSync(full).isDirectory()) return [path];
    return readdirSync(full, { withFileTypes: true })
      .filter((entry) => (entry.isDirectory() ? !SKIPPED_FOLDERS.has(entry.name) : SOURCE.test(entry.name)))
      .flatMap((entry) => sourceFiles(root, [join(path, entry.name)]));
  });
}

/** Every module specifier `text` imports, relative or not. */
export function importSpecifiers(text: string): string[] {
  return [...text.matchAll(STATIC_IMPORT), ...text.matchAll(DYNAMIC_IMPORT)].map((match) => match[1]!);
}

/** The file a relative specifier names: as written, a `.js` written for its `.ts`, or without its extension (a `.d.ts` too). */
function resolveSpecifier(root: string, from: string, specifier: string): string | undefined {
  const target = join(dirname(join(root, from)), specifier);
  const candidates = [target, target.replace(/\.js$/, ".ts"), `${target}.ts`, `${target}.js`, `${target}.d.ts`];
  const found = candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
  return found === undefined ? undefined : relative(root, found).split(sep).join("/");
}

/** The graph of the modules under `paths` (folders or files relative to `root`) and of what they import. */
export function importGraph(root: string, paths: readonly string[]): ImportGraph {
  const edges = new Map<string, string[]>();
  const unresolved: string[] = [];
  for (const file of sourceFiles(root, paths).map((path) => path.split(sep).join("/"))) {
    const targets = new Set<string>();
    for (const specifier of importSpecifiers(readFileSync(join(root, file), "utf8"))) {
      if (!specifier.startsWith(".")) continue;
      const target = resolveSpecifier(root, file, specifier);
      if (target === undefined) unresolved.push(`${file} → ${specifier}`);
      else targets.add(target);
    }
    edges.set(file, [...targets].sort());
  }
  return { edges, unresolved };
}

/**
 * The circles of the graph: each group of modules that import one another, directly or
 * through others (Tarjan's strongly connected components), and each module importing itself.
 */
export function importCircles(edges: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const lowest = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const circles: string[][] = [];

  const visit = (module: string): void => {
    index.set(module, index.size);
    lowest.set(module, index.get(module)!);
    stack.push(module);
    onStack.add(module);
    for (const target of edges.get(module) ?? []) {
      if (!index.has(target)) {
        visit(target);
        lowest.set(module, Math.min(lowest.get(module)!, lowest.get(target)!));
      } else if (onStack.has(target)) {
        lowest.set(module, Math.min(lowest.get(module)!, index.get(target)!));
      }
    }
    if (lowest.get(module) !== index.get(module)) return;
    const group: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      group.push(member);
    } while (member !== module);
    if (group.length > 1 || (edges.get(module) ?? []).includes(module)) circles.push(group.sort());
  };

  for (const module of [...edges.keys()].sort()) if (!index.has(module)) visit(module);
  return circles;
}

/** One path around a circle, for a message: `a.ts → b.ts → a.ts`. */
export function circlePath(edges: ReadonlyMap<string, readonly string[]>, circle: readonly string[]): string {
  const members = new Set(circle);
  const start = circle[0]!;
  // Breadth-first from the start's imports back to the start, inside the circle.
  const cameFrom = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const module = queue.shift()!;
    for (const target of edges.get(module) ?? []) {
      if (!members.has(target) || cameFrom.has(target)) continue;
      cameFrom.set(target, module);
      if (target === start) queue.length = 0;
      else queue.push(target);
    }
  }
  const trail: string[] = [];
  for (let at = cameFrom.get(start); at !== undefined && at !== start; at = cameFrom.get(at)) trail.unshift(at);
  return [start, ...trail, start].join(" → ");
}
