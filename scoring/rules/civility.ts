import type { Span } from '../document.ts';
import { defineRule, expectedEverywhere, outcome } from '../rule.ts';
import type { Finding } from '../rule.ts';
import { findHostility, findNegativeTone, findShouting } from '../text/tone.ts';

function overlaps(span: Span, others: readonly Finding[]): boolean {
  return others.some(({ span: other }) => other.start < span.end && span.start < other.end);
}

function byPosition(a: Finding, b: Finding): number {
  return a.span.start - b.span.start;
}

export default defineRule({
  id: 'civility',
  meta: {
    title: 'Civility',
    description:
      'A calm, friendly tone: no sarcasm, no shouting, nothing hostile aimed at the customer.',
    source: '000 "Respond civilly"; 004 (respond and help "no matter how angry he or she got")',
    weight: 2,
    expectation: expectedEverywhere('expected'),
    messages: {
      met: {
        message: 'Calm and friendly throughout.',
        suggestion:
          'Keep the tone you would use with the customer face to face: onlookers are reading.',
      },
      shouting: {
        message: '"{{phrase}}" reads as shouting.',
        suggestion:
          'Write in sentence case with one exclamation mark at most; let the words carry the emphasis.',
      },
      sarcasm: {
        message: '"{{phrase}}" reads as sarcasm, and in public it turns the feed into an argument.',
        suggestion:
          "Say plainly what you mean and what you will do: \"I'm sorry this happened; here's how we'll fix it.\"",
      },
      hostile: {
        message: '"{{phrase}}" is hostile to the customer.',
        suggestion:
          'Drop it and stay on their side: "I can see why you\'re upset; let\'s sort this out."',
      },
      negativeTone: {
        message: '"{{phrase}}" sounds harsh when said about the customer.',
        suggestion: 'Describe what happened rather than the customer, in neutral words.',
      },
    },
  },
  check(doc) {
    const tone = findNegativeTone(doc);
    const listed = [...findHostility(doc), ...findShouting(doc)];
    const profane = tone.filter(
      (finding) => finding.messageId === 'hostile' && !overlaps(finding.span, listed),
    );
    const violations = [...listed, ...profane].sort(byPosition);
    const first = violations[0];
    if (first)
      return outcome.violated(first.messageId, violations, {
        data: { phrase: doc.evidence(first.span).quote },
      });
    const harsh = tone.sort(byPosition);
    const worst = harsh[0];
    if (worst)
      return outcome.missed('negativeTone', harsh, {
        data: { phrase: doc.evidence(worst.span).quote },
      });
    return outcome.met('met');
  },
});
