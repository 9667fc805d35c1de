import { describe, expect, it } from 'vitest';
import {
  inputFormatFromName,
  inputFormatFromPath,
  sniffCsvDelimiter,
  sniffInputFormat,
} from '../../src/cli/input-format.ts';

describe('sniffInputFormat', () => {
  it.each([
    ['{"id": 1, "text": "Sorry!"}', 'jsonl'],
    ['  {"reply": "Thanks"}', 'jsonl'],
    ['\uFEFF{"text": "with a byte-order mark"}', 'jsonl'],
    ['id,text,customer', 'csv'],
    ['"id","reply","channel"', 'csv'],
    ['Text', 'csv'],
    ['id;text;customer name', 'csv'],
    ['id\ttext', 'csv'],
    ['customer_name,reply', 'csv'],
    ['Sorry for the wait, we are on it.', 'plain'],
    ['Thanks, text us anytime', 'plain'],
    ['id,customer,channel', 'plain'],
    ['[1, 2, 3]', 'plain'],
  ])('reads %j as %s', (line, format) => {
    expect(sniffInputFormat(line)).toBe(format);
  });
});

describe('inputFormatFromPath', () => {
  it.each([
    ['replies.jsonl', 'jsonl'],
    ['replies.NDJSON', 'jsonl'],
    ['export.csv', 'csv'],
    ['notes.txt', 'plain'],
    ['replies.json', undefined],
    ['replies', undefined],
  ])('maps %s to %s', (path, format) => {
    expect(inputFormatFromPath(path)).toBe(format);
  });
});

describe('inputFormatFromName', () => {
  it.each([
    ['jsonl', 'jsonl'],
    ['ndjson', 'jsonl'],
    ['CSV', 'csv'],
    ['txt', 'plain'],
    ['plain', 'plain'],
    ['xml', undefined],
  ])('maps --input-format %s to %s', (name, format) => {
    expect(inputFormatFromName(name)).toBe(format);
  });
});

describe('sniffCsvDelimiter', () => {
  it.each([
    ['id,text', ','],
    ['id;text;channel', ';'],
    ['id\ttext', '\t'],
    ['text', ','],
  ])('finds the delimiter of %j', (header, delimiter) => {
    expect(sniffCsvDelimiter(header)).toBe(delimiter);
  });
});
