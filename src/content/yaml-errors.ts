// Turns the yaml library's parse errors into advice a newcomer can act on.
import type { YAMLError } from "yaml";

const ADVICE: Partial<Record<YAMLError["code"], string>> = {
  BLOCK_AS_IMPLICIT_KEY: 'A value that contains a colon must be quoted, e.g. title: "Iraq: the day after".',
  DUPLICATE_KEY: "A key appears twice; keep only one of them.",
  MISSING_CHAR: "A quote or bracket is not closed: check for a missing \", ' or ].",
  BAD_INDENT: "Indent nested keys (under image: or entities:) by two spaces, the same for each.",
  TAB_AS_INDENT: "Indent with spaces, not tabs.",
  MULTILINE_IMPLICIT_KEY: "A line looks like the start of a key but has no `key:`; check the line above for an unclosed quote.",
  UNEXPECTED_TOKEN: "Check the line for a stray character or an unclosed quote.",
};

const GENERAL = 'Quote values that contain a colon, and indent nested keys by two spaces.';

export function describeYamlError(error: YAMLError): string {
  const first = (error.message.split("\n")[0] ?? error.message).replace(/ at line \d+, column \d+:?$/, "");
  const problem = first.endsWith(".") ? first : `${first}.`;
  return `${problem} ${ADVICE[error.code] ?? GENERAL}`;
}
