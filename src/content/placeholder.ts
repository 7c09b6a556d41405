// The body `npm run new` writes into a new story, and the check that warns when a story
// about to be published still has it.
import type { ContentIssue } from "../errors.ts";

export const PLACEHOLDER_BODY = "Write the story here.";

/** A warning for a published (not draft) story whose body is still the placeholder. */
export function placeholderWarning(file: string, text: string, body: string, draft: boolean): ContentIssue | undefined {
  if (draft || body.trim() !== PLACEHOLDER_BODY) return undefined;
  const line = text.slice(0, text.lastIndexOf(PLACEHOLDER_BODY)).split("\n").length;
  return {
    severity: "warning",
    file,
    line,
    field: "",
    message: `the story's body is still "${PLACEHOLDER_BODY}", the text \`npm run new\` writes. Write the story, or put \`draft: true\` back until it is ready.`,
  };
}
