// Turns a parsed YAML document into plain values, the one way every content file does:
// strings lose the characters XML forbids (written as escapes such as "\e" they get
// past the raw-text check), and an alias bomb becomes a content error naming the line
// instead of the yaml library's ReferenceError.
import { isCollection, visit, type Document, type LineCounter, type Node } from "yaml";
import type { ContentIssue } from "../errors.ts";
import { removedEscapesMessage, withoutXmlForbidden } from "./xml-characters.ts";

export type YamlValues = { ok: true; value: unknown; issues: ContentIssue[] } | { ok: false; issue: ContentIssue };

/** The yaml library's own default: a front-matter has no reason to come near it. */
const MAX_ALIAS_COUNT = 100;

function lineOf(node: Node, lines: LineCounter): number | undefined {
  return node.range ? lines.linePos(node.range[0]).line : undefined;
}

export function yamlValues(doc: Document, lines: LineCounter, file: string, what: string): YamlValues {
  const issues: ContentIssue[] = [];
  let firstAlias: number | undefined;
  let collectionKey: Node | undefined;
  visit(doc, {
    Pair(_key, pair) {
      // `? [a, b]` makes a list a key, which JavaScript objects cannot hold (yaml would warn on the terminal).
      if (isCollection(pair.key)) collectionKey ??= pair.key;
    },
    Scalar(_key, node) {
      if (typeof node.value !== "string") return;
      const cleaned = withoutXmlForbidden(node.value);
      if (cleaned.removed.length === 0) return;
      node.value = cleaned.text;
      const line = lineOf(node, lines);
      issues.push({ severity: "warning", file, ...(line === undefined ? {} : { line }), field: "", message: removedEscapesMessage(cleaned.removed) });
    },
    Alias(_key, node) {
      firstAlias ??= lineOf(node, lines);
    },
  });
  if (collectionKey) {
    const line = lineOf(collectionKey, lines);
    return {
      ok: false,
      issue: { severity: "error", file, ...(line === undefined ? {} : { line }), field: "", message: `${what} has a list or a group of keys where a key's name should be. Write keys as plain words followed by a colon.` },
    };
  }
  try {
    return { ok: true, value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), issues };
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    return {
      ok: false,
      issue: {
        severity: "error",
        file,
        ...(firstAlias === undefined ? {} : { line: firstAlias }),
        field: "",
        message: `${what} repeats YAML aliases (\`*name\`) so many times that reading it would exhaust memory. Write the values out in full instead of using anchors (\`&name\`) and aliases.`,
      },
    };
  }
}

