// The interface languages Annals ships, by language tag. A new one is a table beside
// these (the type of MessageTable lists every key it needs) and a line here; a site can
// also bring its own, content/_data/messages/<tag>.yaml (src/content/message-files.ts).
import { ar } from "./ar.ts";
import { en } from "./en.ts";
import { fa } from "./fa.ts";
import type { MessageTable } from "./table.ts";

export const SHIPPED_MESSAGES: Readonly<Record<string, MessageTable>> = { en, ar, fa };

/** The table Annals ships for a language tag, by the whole tag (`pt-BR`) or its primary language (`ar-IQ` -> `ar`). */
export function shippedMessages(tag: string): MessageTable | undefined {
  return SHIPPED_MESSAGES[tag] ?? SHIPPED_MESSAGES[tag.split("-")[0]!.toLowerCase()];
}
