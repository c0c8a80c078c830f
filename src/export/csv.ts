/** RFC 4180 CSV helpers (every string field quoted, quotes doubled). */

/** Array delimiter inside one CSV field (neo4j-admin `--array-delimiter=U+001F`). */
export const ARRAY_DELIMITER = '\u001f';

export type CsvValue = string | number | boolean | null | undefined | readonly string[];

/**
 * How string cells are written. `neo4j-admin`: verbatim (for `neo4j-admin database import`).
 * `spreadsheet`: a cell starting with = + - @ TAB or CR gets a leading `'`, so spreadsheet
 * programs show it as text instead of running it as a formula (CSV/formula injection).
 */
export const CSV_DIALECTS = ['spreadsheet', 'neo4j-admin'] as const;
export type CsvDialect = (typeof CSV_DIALECTS)[number];
export const DEFAULT_CSV_DIALECT: CsvDialect = 'spreadsheet';

export function isCsvDialect(value: unknown): value is CsvDialect {
  return typeof value === 'string' && (CSV_DIALECTS as readonly string[]).includes(value);
}

const FORMULA_START = /^[=+\-@\t\r]/;

/** Prefixes `'` to text a spreadsheet would read as a formula; other text is unchanged. */
export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function csvField(value: CsvValue, dialect: CsvDialect = 'neo4j-admin'): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const joined = typeof value === 'string' ? value : value.join(ARRAY_DELIMITER);
  const text = dialect === 'spreadsheet' ? neutralizeFormula(joined) : joined;
  return `"${text.replace(/"/g, '""')}"`;
}

export function csvRow(values: readonly CsvValue[], dialect: CsvDialect = 'neo4j-admin'): string {
  return `${values.map((v) => csvField(v, dialect)).join(',')}\n`;
}

/** Parses CSV text written by csvRow (quoted fields, doubled quotes, embedded newlines). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += ch;
      i++;
      continue;
    }
    if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (ch !== '\r') field += ch;
    i++;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
