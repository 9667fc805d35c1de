import { WORDING_CUES } from '../data/wording.ts';
import type { Span } from '../document.ts';
import { defineRule, expectedEverywhere, outcome } from '../rule.ts';
import type { Finding } from '../rule.ts';

function overlaps(span: Span, others: readonly Span[]): boolean {
  return others.some((other) => other.start < span.end && span.start < other.end);
}

export default defineRule({
  id: 'wording',
  meta: {
    title: 'Wording',
    description: 'Says "issue", not "problem"; no back-office jargon and no internal excuses.',
    source: '003 §4 "Use the magic words" ("don\'t use \'problem\'")',
    weight: 1,
    expectation: expectedEverywhere('expected'),
    messages: {
      met: {
        message: 'Plain, positive wording with no jargon or excuses.',
        suggestion: 'Keep writing as you would speak to the customer across a counter.',
      },
      problem: {
        message: '"{{actual}}" sounds negative; say "{{expected}}".',
        suggestion: 'Call it an issue: "Let\'s get this issue sorted for you."',
      },
      jargon: {
        message: '"{{actual}}" is back-office jargon; say "{{expected}}".',
        suggestion:
          'Write it as you would say it to a friend: "I\'ve passed this to our specialist team."',
      },
      excuse: {
        message:
          '"{{actual}}" is an internal excuse the customer does not care about; say "{{expected}}".',
        suggestion: 'Own it instead: "We got this wrong, and here is how we are fixing it."',
      },
    },
  },
  check(doc, context) {
    const findings: Finding[] = [];
    const taken: Span[] = [];
    for (const { kind, pattern, expected, causeInCrisis = false } of WORDING_CUES) {
      if (causeInCrisis && context.kind === 'crisis') continue;
      for (const hit of doc.find(pattern)) {
        if (overlaps(hit, taken)) continue;
        taken.push(hit);
        findings.push({ messageId: kind, span: hit, actual: doc.evidence(hit).quote, expected });
      }
    }
    if (findings.length === 0) return outcome.met('met');
    findings.sort((a, b) => a.span.start - b.span.start);
    const first = findings[0] as Finding;
    const data = { actual: first.actual ?? '', expected: first.expected ?? '' };
    return outcome.missed(first.messageId, findings, { data });
  },
});
