// Maps a path into a YAML document (image.alt, entities.people.2) to the line it is on.
import { isMap, isScalar, isSeq, type LineCounter, type Node } from "yaml";

export type YamlPath = readonly PropertyKey[];

/** The line of the value at `path`, or of its nearest parent present in the file. */
export function lineOfPath(root: Node | null, path: YamlPath, lines: LineCounter): number | undefined {
  let node: unknown = root;
  let line: number | undefined;
  for (const key of path) {
    let next: unknown;
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
      if (pair && isScalar(pair.key) && pair.key.range) line = lines.linePos(pair.key.range[0]).line;
      next = pair?.value;
    } else if (isSeq(node) && typeof key === "number") {
      next = node.items[key];
    }
    if (next === undefined || next === null) break;
    const range = (next as Node).range;
    if (range && !isMap(next)) line = lines.linePos(range[0]).line;
    node = next;
  }
  return line;
}
