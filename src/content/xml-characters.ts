// Characters XML 1.0 forbids (https://www.w3.org/TR/xml/#charsets): C0 controls other
// than tab, line feed and carriage return, lone surrogates, U+FFFE and U+FFFF. One such
// character in a title makes feed.xml and the sitemaps unreadable to every parser, so
// they are removed as content is read, and the editor is told where they were.

const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/gu;

export interface CleanedText {
  text: string;
  /** The characters removed, as U+XXXX, in order of appearance, each once. */
  removed: string[];
  /** Where the first removed character was, or -1. */
  firstIndex: number;
}

function codePoint(character: string): string {
  return `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
}

export function withoutXmlForbidden(text: string): CleanedText {
  const firstIndex = text.search(FORBIDDEN);
  if (firstIndex < 0) return { text, removed: [], firstIndex };
  const removed = [...new Set(text.match(FORBIDDEN)!.map(codePoint))];
  return { text: text.replace(FORBIDDEN, ""), removed, firstIndex };
}

/** The 1-based numbers of the lines of `text` holding a forbidden character. */
export function linesWithXmlForbidden(text: string): number[] {
  return text.split("\n").flatMap((line, index) => (withoutXmlForbidden(line).removed.length > 0 ? [index + 1] : []));
}

export function removedCharactersMessage(removed: readonly string[], otherLines: readonly number[] = []): string {
  const list = removed.join(", ");
  const also = otherLines.length === 0 ? "" : ` (also on line${otherLines.length === 1 ? "" : "s"} ${otherLines.join(", ")})`;
  return `contains ${removed.length === 1 ? "a control character" : "control characters"} (${list}) that feeds and sitemaps cannot carry${also}; ${removed.length === 1 ? "it was" : "they were"} left out. Delete ${removed.length === 1 ? "it" : "them"} from the file (often pasted in from a word processor or a terminal).`;
}

/** For a character written as a YAML escape (`"\e"`, `"\x00"`), which the file's text does not show. */
export function removedEscapesMessage(removed: readonly string[]): string {
  const one = removed.length === 1;
  return `writes ${one ? "a control character" : "control characters"} (${removed.join(", ")}) as ${one ? "an escape" : "escapes"} such as \\e or \\x00 in quotes; feeds and sitemaps cannot carry ${one ? "it" : "them"}, so ${one ? "it was" : "they were"} left out. Delete the ${one ? "escape" : "escapes"}.`;
}
