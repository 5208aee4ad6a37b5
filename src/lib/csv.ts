/** Writes one CSV record: d3-dsv's `csvFormatRow` (a field is quoted when it holds a comma, quote or line break; null is empty). */
export type CsvRecordWriter = (record: unknown[]) => string;

/**
 * Returns RFC 4180 CSV of the rows: a header of the column names, then each row's raw values (ISO dates, unformatted
 * numbers, blank for NULL, never 0), CRLF after every record. The quoting is d3-dsv's, passed in as `writeRecord`
 * because Node (the data loaders) and the page import d3-dsv by different names.
 */
export function csvText(rows: readonly Record<string, unknown>[], columnNames: readonly string[], writeRecord: CsvRecordWriter): string {
  const records = [[...columnNames], ...rows.map((row) => columnNames.map((name) => row[name] ?? null))];
  return records.map(writeRecord).join("\r\n") + "\r\n";
}

/** One CSV record: its fields, its row number (the first record is row 1, as in a spreadsheet) and the line it starts on. */
export interface CsvRecord {
  fields: string[];
  row: number;
  line: number;
}

/**
 * Returns the records of RFC 4180 CSV text (quoted fields may hold commas, doubled quotes and line breaks; CRLF or LF;
 * a leading byte-order mark is ignored); throws naming `source` and the line for a quote out of place.
 */
export function parseCsv(text: string, source = "CSV"): CsvRecord[] {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = "";
  let line = 1;
  let recordLine = 1;
  let position = text.startsWith("\ufeff") ? 1 : 0;
  const endRecord = () => {
    fields.push(field);
    records.push({ fields, row: records.length + 1, line: recordLine });
    fields = [];
    field = "";
  };
  while (position < text.length) {
    const character = text[position]!;
    if (character === '"' && field === "") {
      const openedOn = line;
      let end = position + 1;
      for (;;) {
        const quote = text.indexOf('"', end);
        if (quote < 0) throw new Error(`${source} line ${openedOn}: expected a closing quote for the field that opens there, found the end of the file`);
        if (text[quote + 1] !== '"') {
          end = quote;
          break;
        }
        end = quote + 2;
      }
      const quoted = text.slice(position + 1, end);
      line += quoted.split("\n").length - 1;
      field = quoted.replaceAll('""', '"');
      position = end + 1;
      const next = text[position];
      if (next !== undefined && next !== "," && next !== "\n" && next !== "\r") {
        throw new Error(`${source} line ${line}: expected a comma or the end of the line after a closing quote, found ${JSON.stringify(next)}`);
      }
      continue;
    }
    if (character === '"') throw new Error(`${source} line ${line}: expected a quote only around a whole field, found one inside ${JSON.stringify(field + '"')}`);
    if (character === ",") {
      fields.push(field);
      field = "";
    } else if (character === "\n" || character === "\r") {
      endRecord();
      if (character === "\r" && text[position + 1] === "\n") position++;
      line++;
      recordLine = line;
    } else field += character;
    position++;
  }
  if (field !== "" || fields.length > 0) endRecord();
  return records;
}
