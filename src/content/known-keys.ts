// Unknown front-matter keys are kept as warnings that suggest the nearest known key,
// because a misspelt optional key (`entites`) would otherwise vanish silently.
import { closest, distance } from "fastest-levenshtein";
import { z } from "zod";
import type { ContentIssue } from "../errors.ts";
import type { FrontMatterPath } from "./front-matter.ts";

export type KeyTree = { readonly [key: string]: KeyTree | null };

function objectShape(schema: z.ZodType): Record<string, z.ZodType> | undefined {
  let current: z.ZodType = schema;
  while (current instanceof z.ZodOptional || current instanceof z.ZodPipe) {
    current = current instanceof z.ZodOptional ? (current.unwrap() as z.ZodType) : (current.in as z.ZodType);
  }
  return current instanceof z.ZodObject ? (current.shape as Record<string, z.ZodType>) : undefined;
}

export function keyTreeOf(schema: z.ZodType): KeyTree {
  const shape = objectShape(schema) ?? {};
  return Object.fromEntries(
    Object.entries(shape).map(([key, child]) => [key, objectShape(child) ? keyTreeOf(child) : null]),
  );
}

export function unknownKeyWarnings(
  data: unknown,
  tree: KeyTree,
  where: { file: string; lineOf: (path: FrontMatterPath) => number | undefined },
  parent: readonly string[] = [],
): ContentIssue[] {
  if (typeof data !== "object" || data === null || Array.isArray(data)) return [];
  const known = Object.keys(tree);
  return Object.entries(data).flatMap(([key, value]) => {
    const path = [...parent, key];
    const subtree = tree[key];
    if (subtree !== undefined) return subtree ? unknownKeyWarnings(value, subtree, where, path) : [];
    const guess = known.length > 0 ? closest(key, known) : undefined;
    const suggestion =
      guess !== undefined && distance(key, guess) <= Math.max(2, Math.floor(guess.length / 3))
        ? ` Did you mean \`${guess}\`?`
        : ` Known keys here: ${known.join(", ")}.`;
    const line = where.lineOf(path);
    return [
      {
        severity: "warning" as const,
        file: where.file,
        ...(line === undefined ? {} : { line }),
        field: path.join("."),
        message: `unknown key \`${key}\` is ignored.${suggestion}`,
      },
    ];
  });
}
