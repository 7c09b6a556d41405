// Splits an article file into front-matter and body, keeping where each YAML key
// sits so that validation errors can name the line.
import matter from "gray-matter";
import { LineCounter, parseDocument, type Document } from "yaml";
import type { ContentIssue } from "../errors.ts";
import { describeYamlError } from "./yaml-errors.ts";
import { lineOfPath, type YamlPath } from "./yaml-lines.ts";

export type FrontMatterPath = YamlPath;

export interface ParsedArticleFile {
  data: Record<string, unknown>;
  body: string;
  /** The file line a front-matter value (or its nearest present parent) is on. */
  lineOf(path: FrontMatterPath): number | undefined;
}

export type ParseResult = { ok: true; file: ParsedArticleFile } | { ok: false; issue: ContentIssue };

const utf8 = new TextDecoder("utf-8", { fatal: true });

export function decodeUtf8(file: string, bytes: Uint8Array): string | ContentIssue {
  try {
    // Strips a UTF-8 byte-order mark as it decodes.
    return utf8.decode(bytes);
  } catch {
    return {
      severity: "error",
      file,
      field: "",
      message: "is not UTF-8 text. Re-save it with UTF-8 encoding (most editors offer it under \"Save with encoding\").",
    };
  }
}

export function parseArticleFile(file: string, bytes: Uint8Array): ParseResult {
  const text = decodeUtf8(file, bytes);
  if (typeof text !== "string") return { ok: false, issue: text };
  const normalized = text.replace(/\r\n?/g, "\n");
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
  if (doc === undefined) {
    return { ok: true, file: { data: {}, body: content, lineOf: () => undefined } };
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
  const data: unknown = doc.toJS();
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
      lineOf: (path) => lineOfPath(root, path, lines),
    },
  };
}

