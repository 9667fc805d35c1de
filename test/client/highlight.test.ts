import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dominantStatus, segmentsOf } from '../../src/client/highlight.ts';
import type { Mark } from '../../src/client/highlight.ts';

const mark = (start: number, end: number, over: Partial<Mark> = {}): Mark => ({
  criterion: 'apology',
  status: 'met',
  messageId: 'apology',
  start,
  end,
  ...over,
});

describe('segmentsOf', () => {
  it.each([
    { name: 'no marks gives the whole text', marks: [], expected: [['Sorry, Dana.', 0]] },
    {
      name: 'one mark cuts three runs',
      marks: [mark(0, 5)],
      expected: [
        ['Sorry', 1],
        [', Dana.', 0],
      ],
    },
    {
      name: 'overlapping marks nest',
      marks: [mark(0, 5), mark(3, 10, { criterion: 'personal' })],
      expected: [
        ['Sor', 1],
        ['ry', 2],
        [', Dan', 1],
        ['a.', 0],
      ],
    },
    {
      name: 'marks past the end are clipped',
      marks: [mark(7, 99)],
      expected: [
        ['Sorry, ', 0],
        ['Dana.', 1],
      ],
    },
    { name: 'empty marks are dropped', marks: [mark(4, 4)], expected: [['Sorry, Dana.', 0]] },
  ])('$name', ({ marks, expected }) => {
    const segments = segmentsOf('Sorry, Dana.', marks);
    expect(segments.map((s) => [s.text, s.marks.length])).toEqual(expected);
  });

  it('always joins back to the text, and every mark covers exactly its runs (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 60 }),
        fc.array(fc.tuple(fc.nat(70), fc.nat(70)), { maxLength: 6 }),
        (text, pairs) => {
          const marks = pairs.map(([a, b]) => mark(Math.min(a, b), Math.max(a, b)));
          const segments = segmentsOf(text, marks);
          expect(segments.map((s) => s.text).join('')).toBe(text);
          for (const s of segments) {
            for (const m of marks) {
              const covers = m.start <= s.start && Math.min(m.end, text.length) >= s.end;
              expect(
                s.marks.some(
                  (x) => x === m || (x.start === m.start && x.end === Math.min(m.end, text.length)),
                ),
              ).toBe(covers && m.end > m.start && m.start < text.length);
            }
          }
        },
      ),
      { seed: 5, verbose: true },
    );
  });
});

describe('dominantStatus', () => {
  it.each([
    { statuses: [], expected: null },
    { statuses: ['met'], expected: 'met' },
    { statuses: ['met', 'violated'], expected: 'violated' },
    { statuses: ['missed', 'met'], expected: 'missed' },
  ] as const)('reports $expected for $statuses', ({ statuses, expected }) => {
    expect(dominantStatus(statuses.map((status) => mark(0, 1, { status })))).toBe(expected);
  });
});
