import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STOCK_PHRASE_EXAMPLES, scoreReply } from '../../../scoring/index.ts';
import type { ReplyContext } from '../../../scoring/index.ts';

// The rubric's properties (test/scoring/properties.test.ts) run without a context; the criteria
// added on top of the core read the channel, the kind, names, earlier replies and timings, so the
// same properties are checked here across contexts and with fragments those criteria react to.
const scale = Number(process.env['PROPERTY_RUNS'] ?? '1');
const runs = (numRuns: number) => ({ numRuns: Math.max(1, Math.round(numRuns * scale)) });

const FRAGMENTS = [
  'Hi Sam',
  'Sorry, Priya',
  'I can see how frustrating it is to wait for a parcel',
  'I understand your frustration',
  "That's not the experience we want for you",
  "I'll check back tomorrow",
  "We've refunded the charge",
  "We'll update you by 5pm",
  'Please DM us your order number',
  "it's just a minor delay",
  'only a few minutes late',
  'not a big deal',
  'I just sent you a DM',
  'Sorry about the problem',
  'per our policy',
  'our system lost it',
  "We're aware card payments are down",
  'Our engineers are rolling back the update',
  'Next update at 3pm',
  'caused by a power cut',
  'Good luck with that',
  "You're being ridiculous",
  'PLEASE READ THIS',
  'Thanks!!!',
  'Actually, that is wrong',
  'Our burgers are 100% beef',
  'https://example.com/help',
  '@sam_k',
  '😀',
  'UPDATE:',
];
const separator = fc.constantFrom('. ', '! ', ', ', ' ', '\n', '\n\n', '? ', '');
const reply = fc
  .array(
    fc.tuple(
      fc.oneof(
        { weight: 6, arbitrary: fc.constantFrom(...FRAGMENTS) },
        { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
      ),
      separator,
    ),
    {
      minLength: 0,
      maxLength: 12,
    },
  )
  .map((pairs) => pairs.map(([part, sep]) => part + sep).join(''));

const context: fc.Arbitrary<ReplyContext> = fc.record(
  {
    channel: fc.constantFrom('x', 'facebook', 'instagram', 'review-site', 'forum'),
    kind: fc.constantFrom('complaint', 'troll', 'crisis', 'question', 'praise'),
    customerName: fc.constantFrom('Sam Jones', 'Priya', 'Seán', ''),
    customerHandle: fc.constantFrom('@sam_k', 'sam_k', '@', ''),
    elapsedSeconds: fc.nat({ max: 10_000 }),
    targetSeconds: fc.integer({ min: 1, max: 3_600 }),
    earlierReplies: fc.array(reply, { maxLength: 2 }),
  },
  { requiredKeys: [] },
);

describe('criteria across contexts', () => {
  it('never throw and quote the text at their evidence offsets', () => {
    fc.assert(
      fc.property(
        fc.oneof(reply, fc.string({ unit: 'binary', maxLength: 300 })),
        context,
        (text, ctx) => {
          const report = scoreReply({ text, context: ctx });
          for (const criterion of Object.values(report.criteria)) {
            for (const item of criterion.evidence) {
              expect(item.end).toBeLessThanOrEqual(text.length);
              expect(item.quote).toBe(text.slice(item.start, item.end));
            }
          }
        },
      ),
      runs(300),
    );
  });

  it('never score higher with a stock phrase appended, whatever the context', () => {
    fc.assert(
      fc.property(
        reply,
        context,
        fc.constantFrom(...STOCK_PHRASE_EXAMPLES),
        fc.constantFrom(' ', '\n', '\n\n'),
        (text, ctx, stock, sep) => {
          const before = scoreReply({ text, context: ctx }).score;
          const after = scoreReply({ text: `${text}${sep}${stock}`, context: ctx }).score;
          expect(after).toBeLessThanOrEqual(before);
        },
      ),
      runs(500),
    );
  });
});
