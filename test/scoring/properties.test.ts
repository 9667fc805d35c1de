import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CORE_CRITERION_IDS, STOCK_PHRASE_EXAMPLES, scoreReply } from '../../scoring/index.ts';
import type { ReplyContext, ScoreReport } from '../../scoring/index.ts';

// fast-check prints the seed and the shrunk counterexample when a property fails; rerun one with
// fc.assert(prop, { seed, path }) to reproduce it. PROPERTY_RUNS=10 runs every property ten times
// as often, for a deeper search than CI can afford.
const scale = Number(process.env['PROPERTY_RUNS'] ?? '1');
const runs = (numRuns: number) => ({ numRuns: Math.max(1, Math.round(numRuns * scale)) });

const score = (text: string, context?: ReplyContext): ScoreReport =>
  scoreReply({ text, ...(context ? { context } : {}) });

/** Characters that break naive offset arithmetic: astral emoji, ZWJ sequences, bidi and zero-width marks, lone surrogates, curly quotes. */
const awkward = fc.constantFrom(
  '😀',
  '👩‍👩‍👧',
  '🇬🇧',
  '\u200F',
  '\u200E',
  '\u200B',
  '\u200D',
  '\uFEFF',
  '\u00AD',
  '\uD83D',
  '\uDE00',
  'é',
  'e\u0301',
  '’',
  '‘',
  '“',
  '”',
  '\t',
  '\n',
  '\r\n',
  '\u2028',
  '  ',
  'ﬁ',
  'İ',
  'ß',
  'sorry',
  "can't",
  'DM',
  '"',
  '@',
  '.',
  '?',
);

const unicodeText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc
    .array(fc.oneof(awkward, fc.string({ unit: 'binary', maxLength: 8 })), { maxLength: 60 })
    .map((parts) => parts.join('')),
);

const FRAGMENTS = {
  apology: [
    "We're sorry",
    'I am so sorry',
    'Sorry for the wait',
    'We apologise for the delay',
    'My apologies',
  ],
  thanks: [
    'Thanks for flagging this',
    'Thank you for your patience',
    'Appreciate you letting us know',
  ],
  private: [
    'Please DM us your order number',
    'Email us at help@example.com',
    'Call us on 0800 123 4567',
  ],
  refusal: [
    "We can't refund opened items",
    "because they're final sale",
    'but we can swap the size',
    "I'm not authorized to do that",
    'Unfortunately that is not possible',
  ],
  names: ['Hi Sam', '@jo_bloggs', 'Priya', 'Dear Mr Okafor'],
  contradiction: ['you must have entered the wrong code', "That's not true"],
  pii: ['Please reply here with your email'],
  neutral: [
    'Your parcel left the depot today',
    'The store opens at nine',
    'We will check with the team',
    'The engineer is booked for Tuesday',
    'Your refund will show in three to five days',
  ],
};

const realistic = fc.constantFrom(...Object.values(FRAGMENTS).flat());
const separator = fc.constantFrom('. ', '! ', ', ', ' ', '\n', '? ');
const replyFrom = (fragment: fc.Arbitrary<string>) =>
  fc.array(fc.tuple(fragment, separator), { minLength: 1, maxLength: 6 }).map((pairs) =>
    pairs
      .map(([part, sep]) => part + sep)
      .join('')
      .trim(),
  );

const realisticReply = replyFrom(
  fc.oneof(
    { weight: 5, arbitrary: realistic },
    { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
  ),
);

describe('scoreReply on any string', () => {
  it('never throws on arbitrary Unicode, in the reply or the customer post', () => {
    fc.assert(
      fc.property(unicodeText, fc.option(unicodeText, { nil: undefined }), (text, customerPost) => {
        score(text, customerPost === undefined ? undefined : { customerPost });
      }),
      runs(300),
    );
  });

  it('never throws on 10,000-character replies', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', minLength: 10_000, maxLength: 10_000 }),
          fc.array(fc.oneof(awkward, realistic), { minLength: 1, maxLength: 20 }).map((parts) => {
            const unit = parts.join(' ');
            return unit.repeat(Math.ceil(10_000 / unit.length)).slice(0, 10_000);
          }),
        ),
        (text) => {
          const report = score(text, { customerPost: text.slice(0, 500) });
          expect(report.score).toBeGreaterThanOrEqual(0);
        },
      ),
      runs(6),
    );
  });

  it('is deterministic: the same input gives a deep-equal report', () => {
    fc.assert(
      fc.property(fc.oneof(unicodeText, realisticReply), (text) => {
        expect(score(text)).toStrictEqual(score(text));
      }),
      runs(150),
    );
  });

  it('gives an integer score from 0 to 100 and evidence that quotes the text at its offsets', () => {
    fc.assert(
      fc.property(fc.oneof(unicodeText, realisticReply), (text) => {
        const report = score(text);
        expect(Number.isInteger(report.score)).toBe(true);
        expect(report.score).toBeGreaterThanOrEqual(0);
        expect(report.score).toBeLessThanOrEqual(100);
        for (const criterion of Object.values(report.criteria)) {
          for (const item of criterion.evidence) {
            expect(item.start).toBeGreaterThanOrEqual(0);
            expect(item.start).toBeLessThanOrEqual(item.end);
            expect(item.end).toBeLessThanOrEqual(text.length);
            expect(item.quote).toBe(text.slice(item.start, item.end));
          }
        }
      }),
      runs(300),
    );
  });
});

describe('metamorphic properties', () => {
  const SORRY = [
    "We're sorry",
    'I am so sorry',
    'Sorry for the wait',
    'we are really sorry about this',
  ];
  const apologyReply = fc
    .tuple(
      fc.constantFrom(...SORRY),
      fc.array(fc.constantFrom(...FRAGMENTS.neutral, ...FRAGMENTS.names, ...SORRY), {
        maxLength: 4,
      }),
      separator,
    )
    .map(([first, rest, sep]) => [first, ...rest].join(sep));

  it('"not " before every "sorry" removes the apology credit', () => {
    fc.assert(
      fc.property(apologyReply, (text) => {
        expect(score(text).criteria.apology.status).toBe('met');
        const negated = score(text.replace(/sorry/gi, (word) => `not ${word}`)).criteria.apology;
        expect(negated.status).not.toBe('met');
        expect(negated.credit).toBe(0);
      }),
      runs(200),
    );
  });

  it('appending a stock phrase never raises the overall score', () => {
    fc.assert(
      fc.property(realisticReply, fc.constantFrom(...STOCK_PHRASE_EXAMPLES), (text, stock) => {
        expect(score(`${text} ${stock}`).score).toBeLessThanOrEqual(score(text).score);
      }),
      runs(300),
    );
  });

  const randomCase = (text: string, flips: readonly boolean[]): string =>
    [...text]
      .map((char, i) =>
        flips[i % Math.max(1, flips.length)] ? char.toUpperCase() : char.toLowerCase(),
      )
      .join('');

  const variant = fc.oneof(
    fc.constant((text: string) => text.toUpperCase()),
    fc.constant((text: string) => text.toLowerCase()),
    fc
      .array(fc.boolean(), { minLength: 1, maxLength: 16 })
      .map((flips) => (text: string) => randomCase(text, flips)),
    fc.constant((text: string) => text.replace(/ /g, '  ')),
    fc.constant((text: string) => `  ${text}  `),
    fc.constant((text: string) => `\t${text.replace(/ /g, ' \t')}\n`),
  );

  it('case and spacing do not flip the status of the five core criteria', () => {
    fc.assert(
      fc.property(realisticReply, variant, (text, change) => {
        const before = score(text).criteria;
        const after = score(change(text)).criteria;
        for (const id of CORE_CRITERION_IDS) {
          expect({ id, status: after[id].status }).toEqual({ id, status: before[id].status });
        }
      }),
      runs(300),
    );
  });
});
