// How a name found by the NLP library becomes a name worth filing: titles and
// honorifics dropped ("President Joe Biden" is Joe Biden), a lone surname matched to the
// one registered person who has it, and an unknown name typed by the words in it
// ("Imam Ali Brigades" is an organisation, whatever the NLP library guessed).
import { nameKey } from "../../slugs.ts";
import type { EntityType } from "../../types.ts";
import type { KnownEntity, KnownNames } from "../known-names.ts";

// Written as nameKey forms, longest first so "prime minister" goes before "minister".
const TITLES = [
  "grand ayatollah", "prime minister", "vice president", "foreign minister", "defence minister", "defense minister", "interior minister",
  "secretary of state", "supreme leader", "crown prince", "deputy prime minister", "speaker of parliament",
  "president", "minister", "ayatollah", "sheikh", "shaikh", "sayyed", "sayyid", "sayed", "mullah", "cleric", "imam",
  "king", "queen", "prince", "emir", "sultan", "general", "gen", "lieutenant", "colonel", "col", "major", "commander",
  "senator", "sen", "governor", "mayor", "speaker", "judge", "spokesman", "spokeswoman", "chairman", "leader",
  "dr", "mr", "mrs", "ms", "prof", "professor", "pm",
];
// Words that only qualify a title ("Iraqi Prime Minister", "former President"); on their own
// they may be a name ("US" is a place), so they are stripped only before another word.
const QUALIFIERS = ["iraqi", "iranian", "us", "american", "syrian", "kurdish", "turkish", "saudi", "lebanese", "israeli", "palestinian", "british", "french", "russian", "former", "late", "then", "acting", "outgoing", "new"];
const TITLE_PATTERN = new RegExp(`^(${[...TITLES, ...QUALIFIERS].map((title) => title.replace(/ /g, "\\s+")).join("|")})\\.?\\s+`, "i");
// Arabic articles and particles are not surnames on their own.
const PARTICLES = new Set(["al", "el", "al-", "bin", "ibn", "abu", "abd", "da", "de", "van", "von"]);

const ORGANIZATION_CUES = /\b(brigades?|party|movement|ministry|council|forces|army|front|alliance|coalition|organi[sz]ation|committee|commission|bank|company|corporation|union|authority|agency|association|group|militia|assembly|parliament|government|league|institute|university|network|news|agency|battalion|division|guard|guards|hezbollah|hashd)\b/i;
const PLACE_CUES = /\b(province|governorate|city|street|square|base|airport|camp|church|mosque|shrine|bridge|district|valley|mountains?|river|island|gulf|sea|desert|border|crossing|port|refinery|field)\b/i;

/** "President Joe Biden" -> "Joe Biden"; "Iraqi Prime Minister Al-Kadhimi" -> "Al-Kadhimi". Empty when only a title. */
export function withoutTitles(name: string): string {
  let current = name.trim();
  for (let previous = ""; previous !== current; ) {
    previous = current;
    current = current.replace(TITLE_PATTERN, "");
  }
  return TITLES.includes(nameKey(current)) ? "" : current;
}

/** The type an unknown name's own words point to, or undefined when they say nothing. */
export function typeFromCues(name: string): EntityType | undefined {
  if (ORGANIZATION_CUES.test(name)) return "organization";
  if (PLACE_CUES.test(name)) return "place";
  return undefined;
}

function surnameOf(name: string): string | undefined {
  const words = nameKey(name).split(" ").filter((word) => word && !PARTICLES.has(word));
  return words.at(-1);
}

const surnameIndexes = new WeakMap<KnownNames, Map<string, KnownEntity | null>>();

/** Registered people by surname; null where two people share it. */
function surnames(known: KnownNames): Map<string, KnownEntity | null> {
  let index = surnameIndexes.get(known);
  if (index) return index;
  index = new Map();
  for (const [spelling, entity] of known.entityNames()) {
    if (entity.type !== "person") continue;
    const surname = surnameOf(spelling);
    if (!surname) continue;
    const other = index.get(surname);
    index.set(surname, other === undefined || other?.name === entity.name ? entity : null);
  }
  surnameIndexes.set(known, index);
  return index;
}

/** The registered entity a found name stands for: by name or alias, or by a unique surname. */
export function registeredEntity(name: string, known: KnownNames): KnownEntity | undefined {
  const direct = known.entity(name);
  if (direct) return direct;
  const words = nameKey(name).split(" ").filter((word) => word && !PARTICLES.has(word));
  if (words.length !== 1) return undefined;
  return surnames(known).get(words[0]!) ?? undefined;
}
