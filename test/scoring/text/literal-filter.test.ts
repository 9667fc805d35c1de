import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mayMatch, requiredLiterals } from '../../../scoring/text/literal-filter.ts';
import * as contradiction from '../../../scoring/data/contradiction.ts';
import * as privateData from '../../../scoring/data/private.ts';
import * as refusal from '../../../scoring/data/refusal.ts';
import * as nextStep from '../../../scoring/data/next-step.ts';

describe('requiredLiterals', () => {
  const cases: [RegExp, string[] | null][] = [
    [/\bsorry\b/g, ['sorry']],
    [/\b(?:we|i) apologi[sz]e\b/g, [' apologi']],
    [/colou?r/g, ['colo']],
    [/(?:a|bc)?xyz/g, ['xyz']],
    [/\d+ items\b/g, [' items']],
    [/(?<=\bwe )can't\b/g, ["can't"]],
    [/\bwe\b(?! never) can\b/g, ['we can']],
    [/\bthank(?:s| you)\b|\bcheers\b/g, ['thank', 'cheers']],
    [/\b(?:refund|replace)(?:ed|ment)?\b/g, ['refund', 'replace']],
    [/\u2014 sorry/g, ['\u2014 sorry']],
    [/\bcall (?:us|me)\b/g, ['call ']],
    [/\b[\w.+-]+@[\w-]+\.[\w.-]+\b/g, ['@']],
    [/(?:ab){2,3}c/g, ['ab']],
    // Nothing required, or nothing it can read: no filter.
    [/[a-z]+/g, null],
    [/\bsorry\b/gi, null],
    [/(?:sorry)?/g, null],
    [/\bsorry|[a-z]+ly\b/g, ['sorry', 'ly']],
    [/\bsorry|[a-z]+\b/g, null],
    [/(\w+) \1/g, null],
    [/(?i:sorry)/g, null],
  ];
  it.each(cases)('%s requires %j', (pattern, expected) => {
    expect(requiredLiterals(pattern)).toEqual(expected);
  });
});

const CHAR_ATOM = fc.constantFrom('a', 'b', 'c', ' ', '.', '[ab]', '\\w', '\\s', "'");

/**
 * Small regular expressions over a small alphabet, with groups, quantifiers and lookarounds.
 * Only single characters repeat without bound, so no pattern backtracks for long.
 */
const regexSource: fc.Arbitrary<string> = fc.letrec<{ alternation: string; group: string }>(
  (tie) => ({
    group: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      CHAR_ATOM,
      tie('alternation').map((inner) => `(?:${inner})`),
      tie('alternation').map((inner) => `(${inner})`),
    ),
    alternation: fc
      .array(
        fc
          .array(
            fc.oneof(
              fc
                .tuple(CHAR_ATOM, fc.constantFrom('', '', '?', '*', '+', '{0,2}', '{2}', '+?'))
                .map(([atom, quantifier]) => atom + quantifier),
              fc
                .tuple(tie('group'), fc.constantFrom('', '', '?', '{1,2}'))
                .map(([atom, quantifier]) => atom + quantifier),
              fc.constantFrom('\\b', '\\B', '^', '$'),
              tie('group').map((inner) => `(?=${inner})`),
              tie('group').map((inner) => `(?!${inner})`),
              tie('group').map((inner) => `(?<=${inner})`),
              tie('group').map((inner) => `(?<!${inner})`),
            ),
            { minLength: 1, maxLength: 5 },
          )
          .map((items) => items.join('')),
        { minLength: 1, maxLength: 3 },
      )
      .map((sequences) => sequences.join('|')),
  }),
).alternation;

// Short, so that nested quantifiers cannot backtrack for long.
const text = fc
  .array(fc.constantFrom('a', 'b', 'c', ' ', "'", 'ab', 'abc', 'ca'), { maxLength: 6 })
  .map((parts) => parts.join(''));

/** Replies of the kinds the rubric's patterns look for. */
const REPLIES = [
  "We're so sorry, Sam. Please send us a DM with your order number and we'll sort it today.",
  'That is not true: our staff followed the procedure and the charge was correct.',
  'Unfortunately we cannot refund tickets after 24 hours, as the fare is non-refundable. However, we can offer a travel credit.',
  'Could you tell us your full name and phone number here so we can check?',
  'You must have booked the standard room. As you must be aware, check-in is at 3pm.',
  "I'm afraid not. There is no option to change the seat, but you can call us on 0800 123 456.",
  'Hi there! Please reach out here: https://example.com/help and our team will get back to you by 5pm.',
  "We've refunded the duplicate charge; your bank can take up to 5 working days.",
  'Our rooms are always clean and our staff are always courteous.',
  'Please email us at help@example.com or message us privately.',
];

/** The non-empty matches of a pattern, as collect finds them. */
function matches(pattern: RegExp, source: string): string[] {
  return [...source.matchAll(pattern)].map((match) => match[0]).filter((found) => found !== '');
}

describe('mayMatch', () => {
  it('lets through every text a pattern matches, each match holding a literal it requires (any small pattern, any text)', () => {
    fc.assert(
      fc.property(regexSource, fc.array(text, { minLength: 1, maxLength: 8 }), (source, texts) => {
        const pattern = new RegExp(source, 'g');
        const literals = requiredLiterals(pattern);
        for (const candidate of texts) {
          const found = matches(pattern, candidate);
          if (found.length === 0) continue;
          expect(mayMatch(pattern, candidate)).toBe(true);
          if (literals === null) continue;
          for (const match of found) {
            expect(literals.some((literal) => match.includes(literal))).toBe(true);
          }
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('finds a filter for most of the rubric’s patterns and lets each through where it matches', () => {
    const patterns = [contradiction, privateData, refusal, nextStep]
      .flatMap((module): unknown[] => Object.values(module))
      .flatMap((value): RegExp[] => {
        if (value instanceof RegExp) return [value];
        if (Array.isArray(value)) {
          return (value as unknown[]).flatMap((entry): RegExp[] =>
            entry instanceof RegExp
              ? [entry]
              : typeof entry === 'object' && entry !== null && 'pattern' in entry
                ? [(entry as { pattern: RegExp }).pattern]
                : [],
          );
        }
        return [];
      })
      .filter((pattern) => pattern.global);
    expect(patterns.length).toBeGreaterThan(20);
    const filtered = patterns.filter((pattern) => requiredLiterals(pattern) !== null);
    expect(filtered.length / patterns.length).toBeGreaterThan(0.6);
    for (const pattern of patterns) {
      for (const reply of REPLIES) {
        const norm = reply.toLowerCase();
        if (matches(pattern, norm).length > 0) expect(mayMatch(pattern, norm)).toBe(true);
      }
    }
  });

  it('does not run a pattern that cannot match, and runs it when it can', () => {
    const pattern = /\bwe never (?:lie|overcharge)\b/g;
    expect(mayMatch(pattern, 'thanks for waiting, we will check')).toBe(false);
    expect(mayMatch(pattern, 'trust us, we never overcharge')).toBe(true);
  });
});
