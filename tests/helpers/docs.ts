// What the project's documents name, read from their markdown: the code in them (spans and
// fenced blocks), the commands and options in that code, their links, headings and tables.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./site.ts";

export interface Doc {
  /** Relative to the project, e.g. `docs/authoring.md`. */
  file: string;
  text: string;
}

/** README.md and every document in docs/. */
export function readDocs(): Doc[] {
  const docs = readdirSync(join(ROOT, "docs"))
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => `docs/${name}`);
  return ["README.md", ...docs].map((file) => ({ file, text: readFileSync(join(ROOT, file), "utf8") }));
}

export interface FencedBlock {
  /** The info string after the opening fence: `sh`, `yaml`, `markdown`... */
  info: string;
  /** The line of the opening fence, from 1. */
  line: number;
  body: string[];
}

/** The text split into fenced code blocks and the prose around them (each line with its number). */
function split(text: string): { blocks: FencedBlock[]; prose: { line: number; text: string }[] } {
  const blocks: FencedBlock[] = [];
  const prose: { line: number; text: string }[] = [];
  let open: FencedBlock | undefined;
  text.split("\n").forEach((line, i) => {
    const fence = /^\s*```(.*)$/.exec(line);
    if (fence) {
      if (open) blocks.push(open);
      open = open ? undefined : { info: fence[1]!.trim(), line: i + 1, body: [] };
    } else if (open) {
      open.body.push(line);
    } else {
      prose.push({ line: i + 1, text: line });
    }
  });
  return { blocks, prose };
}

export function fencedBlocks(text: string): FencedBlock[] {
  return split(text).blocks;
}

/** The prose with its code spans blanked, kept line for line. */
function proseWithoutSpans(text: string): { line: number; text: string }[] {
  return split(text).prose.map(({ line, text: prose }) => ({ line, text: prose.replace(/`[^`]*`/g, (span) => " ".repeat(span.length)) }));
}

export interface CodePiece {
  line: number;
  code: string;
  /** An inline span (`npm start`) rather than a line of a fenced block. */
  inline: boolean;
}

/** Every code span of the prose (a span may run over a line end) and every line of every fenced block. */
export function codePieces(text: string): CodePiece[] {
  const { blocks, prose } = split(text);
  const spans: CodePiece[] = [];
  // Paragraphs joined, so that a span broken over two lines is read whole.
  const joined = prose.map((entry) => entry.text).join("\n");
  const lineAt = (offset: number) => prose[joined.slice(0, offset).split("\n").length - 1]!.line;
  for (const match of joined.matchAll(/`([^`]+)`/g)) spans.push({ line: lineAt(match.index), code: match[1]!.replace(/\s+/g, " "), inline: true });
  const lines = blocks.flatMap((block) => block.body.map((code, i) => ({ line: block.line + 1 + i, code, inline: false })));
  return [...spans, ...lines];
}

export interface NamedCommand {
  line: number;
  /** `npm run build` -> `build`; undefined for a `node --import tsx file.ts` command. */
  script?: string;
  /** `node --import tsx src/bench/wxr-import.ts` -> `src/bench/wxr-import.ts`. */
  file?: string;
  /** The options given to the command itself (after npm's `--`), without their dashes. */
  options: string[];
}

const OPTION = /(?:^|[\s[(])--([a-zA-Z][\w-]*)/g;
const optionsIn = (text: string) => [...text.matchAll(OPTION)].map((match) => match[1]!);

/**
 * The commands a piece of code runs: `npm run [-s] NAME [-- OPTIONS]`, `npm start`, `npm test`
 * and `node --import tsx FILE.ts [OPTIONS]`. Options before npm's `--` are npm's own.
 */
export function commandsIn(piece: CodePiece): NamedCommand[] {
  const code = piece.inline ? piece.code : piece.code.replace(/\s#.*$/, "");
  const starts = [...code.matchAll(/\bnpm (?:run (?:(?:-s|--silent) )?([\w:-]+)|(start|test)\b)|\bnode --import tsx (\S+\.ts)/g)];
  return starts.map((start, i) => {
    const end = Math.min(starts[i + 1]?.index ?? code.length, ...["&&", ";", "|"].map((stop) => code.indexOf(stop, start.index)).filter((at) => at >= 0));
    const rest = code.slice(start.index + start[0].length, end);
    const file = start[3];
    if (file) return { line: piece.line, file, options: optionsIn(rest) };
    const separator = /(?:^|\s)--(?=\s|$)/.exec(rest);
    return { line: piece.line, script: start[1] ?? start[2]!, options: separator ? optionsIn(rest.slice(separator.index + separator[0].length)) : [] };
  });
}

/** An option named alone in a span: `--url`, `-- --debug`, `--posts N`. */
export function loneOptions(piece: CodePiece): string[] {
  return piece.inline && piece.code.startsWith("--") ? optionsIn(piece.code) : [];
}

export interface Link {
  line: number;
  target: string;
}

/** Every link and image of the prose: `[text](target)`, `![alt](target)`. */
export function linksIn(text: string): Link[] {
  return proseWithoutSpans(text).flatMap(({ line, text: prose }) =>
    [...prose.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => ({ line, target: match[1]! })),
  );
}

/** The anchors GitHub gives a document's headings: `## Why bundles of 2,000 stories` -> `why-bundles-of-2000-stories`. */
export function headingAnchors(text: string): Set<string> {
  const anchors = new Set<string>();
  for (const { text: prose } of split(text).prose) {
    const heading = /^#{1,6}\s+(.+?)\s*#*$/.exec(prose)?.[1];
    if (heading === undefined) continue;
    const words = heading.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/`/g, "");
    const base = words.toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, "").replace(/ /g, "-");
    let anchor = base;
    for (let n = 1; anchors.has(anchor); n++) anchor = `${base}-${n}`;
    anchors.add(anchor);
  }
  return anchors;
}

export interface Table {
  /** The text of the last heading above the table. */
  heading: string;
  line: number;
  header: string[];
  rows: string[][];
}

/** The tables of the prose, each with the heading it stands under. */
export function tablesIn(text: string): Table[] {
  const tables: Table[] = [];
  let heading = "";
  let table: Table | undefined;
  const cells = (row: string) => row.replace(/^\||\|$/g, "").split("|").map((cell) => cell.trim());
  for (const { line, text: prose } of split(text).prose) {
    const title = /^#{1,6}\s+(.+)$/.exec(prose)?.[1];
    if (title !== undefined) heading = title;
    if (!prose.startsWith("|")) {
      table = undefined;
      continue;
    }
    if (!table) tables.push((table = { heading, line, header: cells(prose), rows: [] }));
    else if (!/^\|[\s|:-]+\|$/.test(prose)) table.rows.push(cells(prose));
  }
  return tables;
}
