import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { InputFormat } from '../../src/cli/input-format.ts';
import type { SourceEntry } from '../../src/cli/reply-fields.ts';
import { openReplySource, splitLines } from '../../src/cli/reply-source.ts';

async function entriesOf(text: string | string[], format?: InputFormat) {
  const chunks = typeof text === 'string' ? [text] : text;
  const source = await openReplySource({ stdin: Readable.from(chunks), format });
  const entries: SourceEntry[] = [];
  for await (const entry of source.entries) entries.push(entry);
  return { format: source.format, entries };
}

function summarise(entries: SourceEntry[]) {
  return entries.map((entry) =>
    entry.kind === 'bad'
      ? `${entry.line}: ${entry.problem}`
      : `${entry.line}: ${String(entry.id)} ${JSON.stringify(entry.input)}`,
  );
}

describe('openReplySource', () => {
  it('reads JSON Lines with context fields, lenient channels and line-number ids', async () => {
    const { format, entries } = await entriesOf(
      [
        '{"text": "Sorry!", "customer": "Late again", "customerName": "Mo", "channel": "Twitter"}\n',
        '\n',
        '{"reply": "Thanks", "platform": "tripadvisor", "customer": null}\r\n',
      ].join(''),
    );
    expect(format).toBe('jsonl');
    expect(summarise(entries)).toEqual([
      '1: 1 {"text":"Sorry!","context":{"customerPost":"Late again","customerName":"Mo","channel":"x"}}',
      '3: 3 {"text":"Thanks","context":{"channel":"review-site"}}',
    ]);
  });

  it.each([
    ['{"text": ""}', '"text" is empty'],
    ['{"text": null, "reply": 3}', '"reply" is a number, not a string'],
    ['{"text": "hi", "customer": 5}', '"customer" is a number, not a string'],
    ['{"text": "hi", "id": {"a": 1}}', '"id" is an object, not a string or a number'],
    ['"just a string"', 'expected a JSON object with a "text" or "reply" field'],
    ['{"text": "hi",}', 'invalid JSON ('],
  ])('names the problem with %s', async (line, problem) => {
    const { entries } = await entriesOf(line + '\n', 'jsonl');
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ kind: 'bad', line: 1 });
    expect(entries[0]?.kind === 'bad' && entries[0].problem.startsWith(problem)).toBe(true);
  });

  it('notes an unknown channel and scores the reply without one', async () => {
    const { entries } = await entriesOf('{"text": "Hi", "channel": "carrier pigeon"}\n');
    expect(entries[0]).toMatchObject({ kind: 'reply', input: { text: 'Hi' } });
    expect(entries[0]?.kind === 'reply' && entries[0].notice).toMatch(
      /^channel "carrier pigeon" is unknown/,
    );
  });

  it('gives CSV records the line they start on, across quoted newlines and blank lines', async () => {
    const csv = [
      'ID,Reply,Customer Name,Platform',
      'a,"Sorry, truly",Kim,fb',
      '',
      'b,"Two',
      'lines",,',
      'c',
      'd,"Thanks ""so"" much",,instagram',
    ].join('\n');
    const { format, entries } = await entriesOf(csv);
    expect(format).toBe('csv');
    expect(summarise(entries)).toEqual([
      '2: a {"text":"Sorry, truly","context":{"customerName":"Kim","channel":"facebook"}}',
      '4: b {"text":"Two\\nlines"}',
      '6: the row has no "Reply" column (1 of 4 fields)',
      '7: d {"text":"Thanks \\"so\\" much","context":{"channel":"instagram"}}',
    ]);
  });

  it('reads semicolon-separated CSV', async () => {
    const { entries } = await entriesOf('id;text\nx;Sorry, we are on it\n');
    expect(summarise(entries)).toEqual(['2: x {"text":"Sorry, we are on it"}']);
  });

  it('stops at a CSV header without a text column, naming it once', async () => {
    const { entries } = await entriesOf('id,message\n1,hello\n', 'csv');
    expect(summarise(entries)).toEqual([
      '1: the CSV header has no "text" or "reply" column; add one to score the rows',
    ]);
  });

  it('names a CSV quote that is never closed', async () => {
    const { entries } = await entriesOf('id,text\n1,fine\n2,"open\n', 'csv');
    expect(summarise(entries)).toEqual([
      '2: 1 {"text":"fine"}',
      '3: malformed CSV record (a quote is never closed)',
    ]);
  });

  it('sniffs the format across chunk boundaries', async () => {
    const { format, entries } = await entriesOf([
      '\n\n{"te',
      'xt": "Sorry"}\n{"text"',
      ': "Thanks"}',
    ]);
    expect(format).toBe('jsonl');
    expect(summarise(entries)).toEqual(['3: 3 {"text":"Sorry"}', '4: 4 {"text":"Thanks"}']);
  });

  it('reads an empty input as no replies', async () => {
    expect(await entriesOf('')).toEqual({ format: 'plain', entries: [] });
  });
});

describe('splitLines', () => {
  it('splits across chunks, drops \\r and a byte-order mark, and keeps a last line without newline', async () => {
    const lines: string[] = [];
    for await (const line of splitLines(Readable.from(['\uFEFFone\r\ntw', 'o\n\nthr', 'ee']))) {
      lines.push(line);
    }
    expect(lines).toEqual(['one', 'two', '', 'three']);
  });
});
