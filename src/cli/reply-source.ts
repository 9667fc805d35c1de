import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import type { CsvError, Options as CsvOptions } from 'csv-parse';
import type { InputFormat } from './input-format.ts';
import { inputFormatFromPath, sniffCsvDelimiter, sniffInputFormat } from './input-format.ts';
import type { BadEntry, SourceEntry } from './reply-fields.ts';
import { entryFromFields, fieldRole, fieldsOfObject } from './reply-fields.ts';

/** The input could not be opened at all (a user-facing, one-sentence message). */
export class InputUnavailableError extends Error {
  override name = 'InputUnavailableError';
}

/** Replies read lazily from a file or a stream, in input order. */
export interface ReplySource {
  /** How messages name the input: the path as given, or `<stdin>`. */
  label: string;
  format: InputFormat;
  /** The file's path and size when the input is a regular file. */
  file?: { path: string; bytes: number };
  entries: AsyncIterable<SourceEntry>;
}

export interface OpenReplySourceOptions {
  /** A file path; undefined or `-` reads `stdin`. */
  path?: string | undefined;
  format?: InputFormat | undefined;
  stdin: Readable;
}

/** Opens the input, settles its format (forced, by extension, or sniffed) and reads it lazily. */
export async function openReplySource(options: OpenReplySourceOptions): Promise<ReplySource> {
  const { path } = options;
  let stream: Readable;
  let label = '<stdin>';
  let file: ReplySource['file'];
  if (path === undefined || path === '-') {
    stream = options.stdin;
  } else {
    label = path;
    const stats = await stat(path).catch((error: NodeJS.ErrnoException) => {
      throw new InputUnavailableError(describeOpenError(path, error));
    });
    if (stats.isDirectory()) {
      throw new InputUnavailableError(`${path} is a folder; give a file of replies.`);
    }
    stream = createReadStream(path);
    if (stats.isFile()) file = { path, bytes: stats.size };
  }
  stream.setEncoding('utf8');
  const chunks = stream[Symbol.asyncIterator]() as AsyncIterator<string>;
  let format = options.format ?? (path === undefined ? undefined : inputFormatFromPath(path));
  let head: string[] = [];
  let firstLine: string | undefined;
  if (format === undefined || format === 'csv') {
    ({ head, firstLine } = await peekFirstLine(chunks, label));
    format ??= firstLine === undefined ? 'plain' : sniffInputFormat(firstLine);
  }
  const text = replay(head, chunks);
  const entries =
    format === 'jsonl'
      ? jsonlEntries(text)
      : format === 'csv'
        ? csvEntries(text, sniffCsvDelimiter(firstLine ?? ''))
        : plainEntries(text);
  return file === undefined ? { label, format, entries } : { label, format, file, entries };
}

function describeOpenError(path: string, error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOENT':
      return `${path} does not exist; check the path.`;
    case 'EACCES':
    case 'EPERM':
      return `${path} cannot be read (permission denied); check its permissions.`;
    default:
      return `${path} cannot be opened (${error.code ?? error.message}); check the path.`;
  }
}

/** Reads chunks until the first non-empty line is complete, keeping what was read for replay. */
async function peekFirstLine(
  chunks: AsyncIterator<string>,
  label: string,
): Promise<{ head: string[]; firstLine: string | undefined }> {
  const head: string[] = [];
  let buffered = '';
  for (;;) {
    const next = await readChunk(chunks, label);
    if (next !== undefined) {
      head.push(next);
      buffered += next;
    }
    const lines = buffered.replace(/^\uFEFF/, '').split('\n');
    const complete = next === undefined ? lines : lines.slice(0, -1);
    const firstLine = complete.find((line) => line.trim() !== '');
    if (firstLine !== undefined || next === undefined) {
      return { head, firstLine: firstLine?.replace(/\r$/, '') };
    }
  }
}

async function readChunk(
  chunks: AsyncIterator<string>,
  label: string,
): Promise<string | undefined> {
  try {
    const result = await chunks.next();
    return result.done === true ? undefined : result.value;
  } catch (error) {
    throw new InputUnavailableError(
      `${label} cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}); check the input.`,
    );
  }
}

async function* replay(
  head: readonly string[],
  rest: AsyncIterator<string>,
): AsyncGenerator<string> {
  yield* head;
  for (;;) {
    const result = await rest.next();
    if (result.done === true) return;
    yield result.value;
  }
}

/** Splits text chunks into lines without a trailing `\r`, dropping a leading byte-order mark. */
export async function* splitLines(chunks: AsyncIterable<string>): AsyncGenerator<string> {
  let rest = '';
  let first = true;
  for await (let chunk of chunks) {
    if (first) {
      chunk = chunk.replace(/^\uFEFF/, '');
      first = false;
    }
    let newline = chunk.indexOf('\n');
    if (newline === -1) {
      rest += chunk;
      continue;
    }
    yield withoutCr(rest + chunk.slice(0, newline));
    let start = newline + 1;
    while ((newline = chunk.indexOf('\n', start)) !== -1) {
      yield withoutCr(chunk.slice(start, newline));
      start = newline + 1;
    }
    rest = chunk.slice(start);
  }
  if (rest !== '') yield withoutCr(rest);
}

function withoutCr(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}

async function* jsonlEntries(text: AsyncIterable<string>): AsyncGenerator<SourceEntry> {
  let line = 0;
  for await (const content of splitLines(text)) {
    line += 1;
    if (content.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(content);
    } catch (error) {
      yield { kind: 'bad', line, problem: `invalid JSON (${(error as Error).message})` };
      continue;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      yield { kind: 'bad', line, problem: 'expected a JSON object with a "text" or "reply" field' };
      continue;
    }
    yield entryFromFields(fieldsOfObject(value as Record<string, unknown>), line);
  }
}

async function* plainEntries(text: AsyncIterable<string>): AsyncGenerator<SourceEntry> {
  let line = 0;
  for await (const content of splitLines(text)) {
    line += 1;
    if (content.trim() === '') continue;
    yield { kind: 'reply', line, id: line, input: { text: content } };
  }
}

/** A CSV record with the line it starts on and the malformed records skipped just before it. */
interface CsvRow {
  fields: string[];
  line: number;
  skippedBefore: BadEntry[];
}

async function* csvEntries(
  text: AsyncIterable<string>,
  delimiter: string,
): AsyncGenerator<SourceEntry> {
  // The parser reads ahead of this generator, so line bookkeeping happens in its callbacks,
  // which run in input order.
  let previousEnd = 0;
  let previousEmpty = 0;
  let skipped: BadEntry[] = [];
  const startLine = (lines: number, emptyLines: number): number => {
    const line = previousEnd + 1 + (emptyLines - previousEmpty);
    previousEnd = lines;
    previousEmpty = emptyLines;
    return line;
  };
  const options: CsvOptions<CsvRow, string[]> = {
    delimiter,
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_record: (fields, context) => {
      const row = {
        fields,
        line: startLine(context.lines, context.empty_lines),
        skippedBefore: skipped,
      };
      skipped = [];
      return row;
    },
    on_skip: (error: CsvError | undefined) => {
      const lines = typeof error?.['lines'] === 'number' ? error['lines'] : previousEnd + 1;
      const empty =
        typeof error?.['empty_lines'] === 'number' ? error['empty_lines'] : previousEmpty;
      const reason =
        error?.code === 'CSV_QUOTE_NOT_CLOSED'
          ? 'a quote is never closed'
          : (error?.message.split(':')[0]?.toLowerCase() ?? 'unreadable');
      skipped.push({
        kind: 'bad',
        line: startLine(lines, empty),
        problem: `malformed CSV record (${reason})`,
      });
      return undefined;
    },
  };
  // The typings cannot express an on_record that changes the record type without `columns`.
  const parser = parse(options as unknown as CsvOptions);
  const source = Readable.from(text);
  source.on('error', (error) => parser.destroy(error));
  source.pipe(parser);

  type Role = NonNullable<ReturnType<typeof fieldRole>>;
  let columns: { role: Role | undefined; name: string }[] | undefined;
  for await (const row of parser as AsyncIterable<CsvRow>) {
    yield* row.skippedBefore;
    const { fields: values, line } = row;
    if (columns === undefined) {
      columns = values.map((name) => ({ role: fieldRole(name), name: name.trim() }));
      if (!columns.some(({ role }) => role === 'text' || role === 'reply')) {
        yield {
          kind: 'bad',
          line,
          problem: 'the CSV header has no "text" or "reply" column; add one to score the rows',
        };
        parser.destroy();
        return;
      }
      continue;
    }
    const fields = new Map<Role, { name: string; value: unknown }>();
    columns.forEach(({ role, name }, index) => {
      if (role !== undefined && !fields.has(role) && index < values.length) {
        fields.set(role, { name, value: values[index] });
      }
    });
    if (!fields.has('text') && !fields.has('reply')) {
      const textColumn = columns.find(({ role }) => role === 'text' || role === 'reply');
      yield {
        kind: 'bad',
        line,
        problem: `the row has no "${textColumn?.name ?? 'text'}" column (${values.length} of ${columns.length} fields)`,
      };
      continue;
    }
    yield entryFromFields(fields, line);
  }
  yield* skipped;
}
