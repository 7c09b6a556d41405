// A content file's bytes as the text every reader of content/ works on: UTF-8, without
// its byte-order mark, and without the characters XML 1.0 forbids.
import type { ContentIssue } from "../errors.ts";
import { linesWithXmlForbidden, removedCharactersMessage, withoutXmlForbidden } from "./xml-characters.ts";

export type DecodedText = { ok: true; text: string; issues: ContentIssue[] } | { ok: false; issue: ContentIssue };

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * A content file's text, as every reader of content/ gets it: UTF-8 without its byte-order
 * mark, and without the characters XML forbids (with a warning naming their line).
 */
export function decodeContentText(file: string, bytes: Uint8Array): DecodedText {
  let text: string;
  try {
    // Strips a UTF-8 byte-order mark as it decodes.
    text = utf8.decode(bytes);
  } catch {
    return {
      ok: false,
      issue: {
        severity: "error",
        file,
        field: "",
        message: "is not UTF-8 text. Re-save it with UTF-8 encoding (most editors offer it under \"Save with encoding\").",
      },
    };
  }
  const cleaned = withoutXmlForbidden(text);
  if (cleaned.removed.length === 0) return { ok: true, text, issues: [] };
  const [line, ...otherLines] = linesWithXmlForbidden(text);
  return {
    ok: true,
    text: cleaned.text,
    issues: [{ severity: "warning", file, ...(line === undefined ? {} : { line }), field: "", message: removedCharactersMessage(cleaned.removed, otherLines) }],
  };
}
