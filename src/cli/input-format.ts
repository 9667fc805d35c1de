import { extname } from 'node:path';

export const INPUT_FORMATS = ['jsonl', 'csv', 'plain'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

const FORMAT_NAMES: Readonly<Record<string, InputFormat>> = {
  jsonl: 'jsonl',
  ndjson: 'jsonl',
  json: 'jsonl',
  csv: 'csv',
  plain: 'plain',
  txt: 'plain',
  text: 'plain',
};

/** The format a `--input-format` value names (aliases such as `ndjson` and `txt` included). */
export function inputFormatFromName(name: string): InputFormat | undefined {
  const key = name.toLowerCase();
  return Object.hasOwn(FORMAT_NAMES, key) ? FORMAT_NAMES[key] : undefined;
}

/** The format a file's extension promises; `.json` is left to sniffing since it may be an array. */
export function inputFormatFromPath(path: string): InputFormat | undefined {
  switch (extname(path).toLowerCase()) {
    case '.jsonl':
    case '.ndjson':
      return 'jsonl';
    case '.csv':
      return 'csv';
    case '.txt':
      return 'plain';
    default:
      return undefined;
  }
}

/** Header names the CSV reader understands, folded to lower-case letters only. */
export const CSV_TEXT_COLUMNS = ['text', 'reply'] as const;

/** Folds a CSV header name for matching: `Customer Name`, `customer_name` → `customername`. */
export function foldColumnName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** The CSV delimiter a header line uses: the most frequent of comma, semicolon and tab. */
export function sniffCsvDelimiter(headerLine: string): ',' | ';' | '\t' {
  const count = (delimiter: string): number => headerLine.split(delimiter).length - 1;
  const semicolons = count(';');
  const tabs = count('\t');
  const commas = count(',');
  if (tabs > commas && tabs >= semicolons) return '\t';
  if (semicolons > commas) return ';';
  return ',';
}

/**
 * Guesses the format from the first non-empty line: a JSON object is JSON Lines, a header of
 * short names with a `text` or `reply` column is CSV, anything else is one reply per line.
 */
export function sniffInputFormat(firstLine: string): InputFormat {
  const line = firstLine.replace(/^\uFEFF/, '').trim();
  if (line.startsWith('{')) return 'jsonl';
  const fields = line
    .split(sniffCsvDelimiter(line))
    .map((field) => field.trim().replace(/^"(.*)"$/, '$1'));
  const looksLikeHeader = fields.every((field) => /^[\w .-]{1,40}$/.test(field));
  const hasTextColumn = fields.some((field) =>
    (CSV_TEXT_COLUMNS as readonly string[]).includes(foldColumnName(field)),
  );
  return looksLikeHeader && hasTextColumn ? 'csv' : 'plain';
}
