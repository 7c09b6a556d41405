// Splits an article file into front-matter and body, keeping where each YAML key
// sits so that validation errors can name the line.
import matter from "gray-matter";
import { LineCounter, parseDocument, type Document } from "yaml";
import type { ContentIssue } from "../errors.ts";
import { describeYamlError } from "./yaml-errors.ts";
import { lineOfPath, type YamlPath } from "./yaml-lines.ts";
import { yamlValues } from "./yaml-values.ts";
import { decodeContentText } from "./content-text.ts";

export type FrontMatterPath = YamlPath;

export interface ParsedArticleFile {
  data: Record<string, unknown>;
  body: string;
  /** The file line the body starts on. */
  bodyLine: number;
  /** The file line a front-matter value (or its nearest present parent) is on. */
  lineOf(path: FrontMatterPath): number | undefined;
}

export type ParseResult = { ok: true; file: ParsedArticleFile; issues: ContentIssue[] } | { ok: false; issue: ContentIssue };

export function parseArticleFile(file: string, bytes: Uint8Array): ParseResult {
  const decoded = decodeContentText(file, bytes);
  if (!decoded.ok) return decoded;
  const normalized = decoded.text.replace(/\r\n?/g, "\n");
  if (/^---[ \t]*\n/.test(normalized) && !/\n---[ \t]*(\n|$)/.test(normalized.slice(3))) {
    return {
      ok: false,
      issue: { severity: "error", file, line: 1, field: "", message: "the front-matter has no closing `---` line. Add one after the last key, before the story." },
    };
  }

  let doc: Document | undefined;
  const lines = new LineCounter();
  // gray-matter hands the engine everything after the opening `---`, starting with
  // the rest of line 1, so YAML line numbers are already file line numbers.
  const { content } = matter(normalized, {
    engines: {
      yaml: (source: string) => {
        doc = parseDocument(source, { lineCounter: lines, prettyErrors: true, uniqueKeys: true });
        return {};
      },
    },
  });
  // gray-matter's content is what follows the closing `---` line.
  const bodyLine = normalized.endsWith(content) ? normalized.slice(0, normalized.length - content.length).split("\n").length : 1;
  if (doc === undefined) {
    return { ok: true, file: { data: {}, body: content, bodyLine, lineOf: () => undefined }, issues: decoded.issues };
  }
  const yamlError = doc.errors[0];
  if (yamlError) {
    const line = yamlError.linePos?.[0].line;
    return {
      ok: false,
      issue: {
        severity: "error",
        file,
        ...(line === undefined ? {} : { line }),
        field: "",
        message: `the front-matter is not valid YAML: ${describeYamlError(yamlError)}`,
      },
    };
  }
  const values = yamlValues(doc, lines, file, "the front-matter");
  if (!values.ok) return values;
  const data = values.value;
  if (data !== null && data !== undefined && (typeof data !== "object" || Array.isArray(data))) {
    return {
      ok: false,
      issue: { severity: "error", file, line: 2, field: "", message: "the front-matter must be `key: value` lines." },
    };
  }
  const root = doc.contents;
  return {
    ok: true,
    file: {
      data: (data ?? {}) as Record<string, unknown>,
      body: content,
      bodyLine,
      lineOf: (path) => lineOfPath(root, path, lines),
    },
    issues: [...decoded.issues, ...values.issues],
  };
}

