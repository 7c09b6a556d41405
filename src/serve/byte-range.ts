// Which bytes of a file a request's Range header asks for, read as RFC 9110 §14 says
// (https://www.rfc-editor.org/rfc/rfc9110#section-14.2), with jshttp's range-parser.
// A server may always ignore Range and send the whole file, so anything this host does
// not offer (several ranges at once, another unit, a conditional If-Range) gets the whole
// file; a range that starts past the end, or ends before it starts, gets 416.
import parseRange from "range-parser";

export type ByteRange =
  | { kind: "whole" }
  | { kind: "part"; start: number; end: number }
  | { kind: "unsatisfiable" };

const WHOLE: ByteRange = { kind: "whole" };

/**
 * @param range the request's Range header, if any
 * @param ifRange the request's If-Range header: the host's validators are weak ETags,
 *   which If-Range may not match (RFC 9110 §13.1.5), so a range under one is never sent
 * @param size the file's length in bytes
 */
export function byteRange(range: string | undefined, ifRange: string | undefined, size: number): ByteRange {
  if (range === undefined || ifRange !== undefined) return WHOLE;
  const ranges = parseRange(size, range, { combine: true });
  if (ranges === -2) return WHOLE; // not a range at all (`abc`): ignored, as §14.2 allows
  if (ranges === -1) return { kind: "unsatisfiable" };
  if (ranges.type !== "bytes" || ranges.length !== 1) return WHOLE;
  const { start, end } = ranges[0]!;
  return { kind: "part", start, end };
}
