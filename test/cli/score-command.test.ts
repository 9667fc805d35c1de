import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, jsonLines, runFrontline } from './run-cli.ts';

const STATUSES = ['met', 'missed', 'violated', 'n/a'];

interface ReplyLine {
  id: string | number;
  score: number;
  criteria: Record<
    string,
    {
      status: string;
      evidence: { start: number; end: number; quote: string }[];
      message: string;
      suggestion: string;
    }
  >;
}

/** Checks the shape of every report line and that each evidence quote is the text at its span. */
function expectReports(stdout: string, texts: readonly string[]): ReplyLine[] {
  const lines = jsonLines(stdout) as unknown as ReplyLine[];
  expect(lines).toHaveLength(texts.length);
  lines.forEach((line, index) => {
    expect(Object.keys(line)).toEqual(['id', 'score', 'criteria']);
    expect(line.score).toBeGreaterThanOrEqual(0);
    expect(line.score).toBeLessThanOrEqual(100);
    expect(Object.keys(line.criteria)).toContain('apology');
    for (const verdict of Object.values(line.criteria)) {
      expect(Object.keys(verdict)).toEqual(['status', 'evidence', 'message', 'suggestion']);
      expect(STATUSES).toContain(verdict.status);
      for (const span of verdict.evidence) {
        expect(Object.keys(span)).toEqual(['start', 'end', 'quote']);
        expect(texts[index]?.slice(span.start, span.end)).toBe(span.quote);
      }
    }
  });
  return lines;
}

function jsonlTexts(path: string): string[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const record = JSON.parse(line) as { text?: string; reply?: string };
      return record.text ?? record.reply ?? '';
    });
}

describe('frontline score', () => {
  it('scores a JSON Lines file into one report per reply, in input order', () => {
    const run = runFrontline(['score', join(FIXTURES, 'replies.jsonl'), '--format', 'jsonl']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const lines = expectReports(run.stdout, jsonlTexts(join(FIXTURES, 'replies.jsonl')));
    expect(lines.map(({ id }) => id)).toEqual(['r1', 'r2', 'r3', 4, 'r5']);
  });

  it('reports apology met, with "sorry" as evidence, for a reply that says sorry', () => {
    const run = runFrontline(['score', join(FIXTURES, 'replies.jsonl'), '--format', 'jsonl']);
    const [first] = jsonLines(run.stdout) as unknown as ReplyLine[];
    expect(first?.criteria['apology']?.status).toBe('met');
    expect(first?.criteria['apology']?.evidence.map(({ quote }) => quote.toLowerCase())).toContain(
      'sorry',
    );
  });

  it('writes jsonl by default when stdout is not a terminal', () => {
    const run = runFrontline(['score', join(FIXTURES, 'replies.txt')]);
    expect(run.status).toBe(0);
    expect(jsonLines(run.stdout)).toHaveLength(3);
  });

  it('reads CSV with a header, quoted commas and a multi-line field', () => {
    const run = runFrontline(['score', join(FIXTURES, 'replies.csv'), '--format', 'jsonl']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const lines = jsonLines(run.stdout) as unknown as ReplyLine[];
    expect(lines.map(({ id }) => id)).toEqual(['c1', 'c2', 'c3', 'c4']);
    expect(lines[2]?.criteria['apology']?.status).toBe('met');
  });

  it('reads plain text one reply per line, with line numbers as ids and blank lines skipped', () => {
    const run = runFrontline(['score', join(FIXTURES, 'replies.txt'), '--format', 'jsonl']);
    expect(run.status).toBe(0);
    const texts = readFileSync(join(FIXTURES, 'replies.txt'), 'utf8')
      .split('\n')
      .filter((line) => line !== '');
    const lines = expectReports(run.stdout, texts);
    expect(lines.map(({ id }) => id)).toEqual([1, 3, 4]);
  });

  it.each([
    ['JSON Lines', 'replies.jsonl', ['r1', 'r2', 'r3', 4, 'r5']],
    ['CSV', 'replies.csv', ['c1', 'c2', 'c3', 'c4']],
    ['plain text', 'replies.txt', [1, 3, 4]],
  ])('sniffs %s piped into stdin, with - and with no FILE', (_name, file, ids) => {
    const input = readFileSync(join(FIXTURES, file), 'utf8');
    for (const args of [['score', '-'], ['score']]) {
      const run = runFrontline([...args, '--format', 'jsonl'], { input });
      expect(run.status).toBe(0);
      expect((jsonLines(run.stdout) as unknown as ReplyLine[]).map(({ id }) => id)).toEqual(ids);
    }
  });

  it('sniffs the format of a file without a known extension', () => {
    const jsonl = runFrontline([
      'score',
      join(FIXTURES, 'replies-jsonl.data'),
      '--format',
      'jsonl',
    ]);
    const csv = runFrontline(['score', join(FIXTURES, 'replies-csv.data'), '--format', 'jsonl']);
    expect(jsonLines(jsonl.stdout)).toHaveLength(5);
    expect(jsonLines(csv.stdout)).toHaveLength(4);
  });

  it('reads the input as --input-format says, whatever it looks like', () => {
    const run = runFrontline(['score', '-', '--input-format', 'plain', '--format', 'jsonl'], {
      input: '{"text": "not parsed as JSON"}\n',
    });
    expect(run.status).toBe(0);
    expect(jsonLines(run.stdout)).toEqual([expect.objectContaining({ id: 1 })]);
  });

  it('names each bad JSON line on stderr, scores the others and exits 1', () => {
    const run = runFrontline(['score', join(FIXTURES, 'bad-lines.jsonl'), '--format', 'jsonl']);
    expect(run.status).toBe(1);
    const errors = run.stderr.trimEnd().split('\n');
    const file = join(FIXTURES, 'bad-lines.jsonl');
    expect(errors).toHaveLength(4);
    expect(errors[0]).toMatch(new RegExp(`^${file}:3: invalid JSON \\(`));
    expect(errors.slice(1)).toEqual([
      `${file}:4: missing "text" or "reply" field`,
      `${file}:5: "text" is a number, not a string`,
      `${file}:6: expected a JSON object with a "text" or "reply" field`,
    ]);
    expect((jsonLines(run.stdout) as unknown as ReplyLine[]).map(({ id }) => id)).toEqual([
      'ok1',
      'ok2',
      'ok3',
    ]);
  });

  it('names a CSV row without the text column, scores the others and exits 1', () => {
    const run = runFrontline(['score', join(FIXTURES, 'bad-rows.csv'), '--format', 'jsonl']);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      `${join(FIXTURES, 'bad-rows.csv')}:3: the row has no "text" column (2 of 3 fields)\n`,
    );
    expect((jsonLines(run.stdout) as unknown as ReplyLine[]).map(({ id }) => id)).toEqual([
      'b1',
      'b3',
    ]);
  });

  it('says a missing file does not exist, without a stack trace, and exits 2', () => {
    const run = runFrontline(['score', 'no/such/replies.jsonl']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatchInlineSnapshot(`
      "no/such/replies.jsonl does not exist; check the path.
      "
    `);
  });

  it('refuses an unknown option in one line and exits 2', () => {
    const run = runFrontline(['score', '--colour']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatchInlineSnapshot(`
      "frontline: Unknown option '--colour'; see frontline score --help.
      "
    `);
  });

  it('ends jsonl output with a summary line of status counts and the mean score', () => {
    const run = runFrontline([
      'score',
      join(FIXTURES, 'replies.jsonl'),
      '--format',
      'jsonl',
      '--summary',
    ]);
    const lines = jsonLines(run.stdout);
    expect(lines).toHaveLength(6);
    const { summary } = lines.at(-1) as {
      summary: {
        replies: number;
        badLines: number;
        meanScore: number;
        criteria: Record<string, Record<string, number>>;
      };
    };
    const reports = lines.slice(0, -1) as unknown as ReplyLine[];
    expect(summary.replies).toBe(5);
    expect(summary.badLines).toBe(0);
    expect(summary.meanScore).toBeCloseTo(
      reports.reduce((sum, { score }) => sum + score, 0) / 5,
      1,
    );
    for (const [criterion, counts] of Object.entries(summary.criteria)) {
      expect(Object.keys(counts)).toEqual(STATUSES);
      expect(Object.values(counts).reduce((sum, count) => sum + count, 0)).toBe(5);
      expect(counts['met']).toBe(
        reports.filter((report) => report.criteria[criterion]?.status === 'met').length,
      );
    }
  });

  it('prints readable tables with evidence in brackets when stdout is not a terminal', () => {
    const run = runFrontline([
      'score',
      join(FIXTURES, 'replies.jsonl'),
      '--format',
      'table',
      '--summary',
    ]);
    expect(run.status).toBe(0);
    expect(run.stdout).not.toContain('\u001b[');
    expect(run.stdout).toMatch(/^r1 {2}score \d+ {2}(passed|failed)\n/);
    expect(run.stdout).toContain("I'm so [sorry] your parcel");
    expect(run.stdout).toMatch(/\n {2}met +apology /);
    expect(run.stdout).not.toMatch(/\n {2}n\/a /);
    expect(run.stdout).toMatch(
      /\nSummary: 5 replies scored, \d+ passed, mean score \d+\.\d, 0 bad lines\n/,
    );
    expect(run.stdout).toMatch(/\ncriterion +met +missed +violated +n\/a\n/);
    expect(run.stdout).toMatch(/\napology +\d+ +\d+ +\d+ +\d+\n/);
  });

  it('gives identical output in input order with --jobs 1 and --jobs 2 over many batches', () => {
    const dir = mkdtempSync(join(tmpdir(), 'frontline-cli-'));
    const path = join(dir, 'many.jsonl');
    const phrasings = [
      'Sorry for the wait, we are on it.',
      'Thanks for flagging this, the fix ships tomorrow.',
      'You must have clicked the wrong button.',
      'Please DM us your order number and we will check.',
      'We cannot refund this because it is past 30 days, but we can offer store credit.',
    ];
    const records = Array.from({ length: 300 }, (_, index) => ({
      id: `m${index}`,
      text: `${phrasings[index % phrasings.length] ?? ''} (case ${index})`,
    }));
    writeFileSync(path, records.map((record) => JSON.stringify(record)).join('\n') + '\n');
    const one = runFrontline(['score', path, '--format', 'jsonl', '--jobs', '1', '--summary']);
    const two = runFrontline([
      'score',
      path,
      '--format',
      'jsonl',
      '--jobs',
      '2',
      '--batch-size',
      '7',
      '--summary',
    ]);
    expect(one.status).toBe(0);
    expect(two.status).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    const ids = (jsonLines(one.stdout).slice(0, -1) as unknown as ReplyLine[]).map(({ id }) => id);
    expect(ids).toEqual(records.map(({ id }) => id));
  });

  it('prints usage for frontline --help and frontline score --help', () => {
    const main = runFrontline(['--help']);
    const score = runFrontline(['score', '--help']);
    expect(main.status).toBe(0);
    expect(main.stdout).toMatch(/^Usage: frontline <command>/);
    expect(main.stdout).toMatch(/\n {2}score /);
    expect(score.status).toBe(0);
    expect(score.stdout).toMatch(/^Usage: frontline score \[FILE \| -\]/);
    expect(score.stdout).toContain('--summary');
  });
});
