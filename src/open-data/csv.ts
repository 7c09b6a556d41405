// Writes CSV as RFC 4180 describes it (https://www.rfc-editor.org/rfc/rfc4180): a header
// row, CRLF after every record, and a field quoted, with its quotes doubled, when it
// holds a comma, a quote or a line break. The Data Package's default CSV dialect is the
// same (https://specs.frictionlessdata.io/csv-dialect/), so the descriptor names none.

/** A value of one cell: text as it is, a number or a boolean as written, nothing as an empty field. */
export type CsvValue = string | number | boolean | null;

const NEEDS_QUOTES = /[",\r\n]/;

export function csvField(value: CsvValue): string {
  if (value === null) return "";
  const text = String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvRecord(values: readonly CsvValue[]): string {
  return `${values.map(csvField).join(",")}\r\n`;
}

/** A whole file: the header, then one record per row, each with as many fields as the header. */
export function csvFile(header: readonly string[], rows: Iterable<readonly CsvValue[]>): string {
  let text = csvRecord(header);
  for (const row of rows) {
    if (row.length !== header.length) throw new Error(`a CSV row has ${row.length} fields where the header has ${header.length}: ${row.join(", ")}`);
    text += csvRecord(row);
  }
  return text;
}
