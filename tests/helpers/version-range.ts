// Whether a version satisfies a package's range, for the ranges package-lock.json's peer
// dependencies use: `^1.2.3`, `~1.2`, `>=1 <2`, `>= 2`, `1.2.3`, `*`, joined by `||`.
// A range written another way is refused, naming it, rather than guessed at.

type Triple = readonly [number, number, number];

/** `1.2.3`, `1.2` or `1` (missing parts are 0), and how many parts were written. */
function parse(version: string): { triple: Triple; parts: number } {
  const match = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:-[\w.]+)?(?:\+[\w.]+)?$/.exec(version.trim());
  if (!match) throw new Error(`cannot read the version "${version}"`);
  const parts = match.slice(1).filter((part) => part !== undefined).length;
  return { triple: [Number(match[1]), Number(match[2] ?? 0), Number(match[3] ?? 0)], parts };
}

function compare(a: Triple, b: Triple): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/** The exclusive upper bound of `^x.y.z`: the next version that changes the leftmost non-zero part. */
function caretCeiling({ triple: [major, minor, patch], parts }: ReturnType<typeof parse>): Triple {
  if (major > 0 || parts === 1) return [major + 1, 0, 0];
  if (minor > 0 || parts === 2) return [0, minor + 1, 0];
  return [0, 0, patch + 1];
}

/** The exclusive upper bound of `~x.y.z`, and of a partial version (`1.2` is any 1.2.x). */
function tildeCeiling({ triple: [major, minor], parts }: ReturnType<typeof parse>): Triple {
  return parts === 1 ? [major + 1, 0, 0] : [major, minor + 1, 0];
}

function satisfiesComparator(version: Triple, comparator: string): boolean {
  const match = /^(\^|~|>=|<=|>|<|=)?\s*(.+)$/.exec(comparator);
  if (!match) throw new Error(`cannot read the range "${comparator}"`);
  const [, operator = "=", bound = ""] = match;
  const parsed = parse(bound);
  const order = compare(version, parsed.triple);
  switch (operator) {
    case "^":
      return order >= 0 && compare(version, caretCeiling(parsed)) < 0;
    case "~":
      return order >= 0 && compare(version, tildeCeiling(parsed)) < 0;
    case ">=":
      return order >= 0;
    case "<=":
      return order <= 0;
    case ">":
      return order > 0;
    case "<":
      return order < 0;
    default:
      return parsed.parts === 3 ? order === 0 : order >= 0 && compare(version, tildeCeiling(parsed)) < 0;
  }
}

/** Whether `version` (as installed: `4.0.3`) is in `range` (as a package asks for it: `^3.3.0`). */
export function satisfies(version: string, range: string): boolean {
  const installed = parse(version).triple;
  return range.split("||").some((alternative) => {
    // `>= 2` is one comparator with a space after its operator; comparators are otherwise separated by spaces.
    const comparators = alternative.trim().replace(/(\^|~|>=|<=|>|<|=)\s+/g, "$1").split(/\s+/).filter(Boolean);
    return comparators.every((comparator) => comparator === "*" || comparator === "x" || satisfiesComparator(installed, comparator));
  });
}
