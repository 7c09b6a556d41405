// A caption pasted from a wire story often ends with its credit in brackets ("... August 23,
// 2020. (REUTERS)") while the credit is also given on its own; the page would show it twice.
// The bracketed copy is dropped once, here, so every page, feed and index shows the same caption.

/** Case, accents and spacing aside, as an editor would read two credits. */
function creditKey(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").replace(/\s+/g, " ").trim().toLowerCase();
}

const TRAILING_BRACKETS = /\s*[([]([^()[\]]+)[)\]]\s*\.?\s*$/;

export function withCreditOnce<T extends { caption?: string; credit?: string }>(image: T): T {
  const { caption, credit } = image;
  if (!caption || !credit) return image;
  const match = TRAILING_BRACKETS.exec(caption);
  if (!match || creditKey(match[1] ?? "") !== creditKey(credit)) return image;
  const rest = caption.slice(0, match.index).trim();
  const { caption: _, ...withoutCaption } = image;
  return rest ? { ...image, caption: rest } : (withoutCaption as T);
}
