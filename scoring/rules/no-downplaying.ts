import { DOWNPLAYING_CUES } from '../data/downplaying.ts';
import type { Span } from '../document.ts';
import { defineRule, expectedByCaller, outcome } from '../rule.ts';
import type { Finding } from '../rule.ts';

/** A promise about the future ("in just a few minutes", "it only takes a minute") minimises nothing. */
const NOT_ABOUT_THE_COMPLAINT_BEFORE =
  /\b(?:in|within|for|under|every|after|takes?|took|taking|need|needs|lasts?|be|back|ready|done|finished|arrive|arrives|away)\s+$/;

/** "Just a moment while I check" holds the customer; it minimises nothing. */
const HOLDING = /^just an? (?:sec|second|minute|moment)\b/;

function overlaps(span: Span, others: readonly Span[]): boolean {
  return others.some((other) => other.start < span.end && span.start < other.end);
}

export default defineRule({
  id: 'no-downplaying',
  meta: {
    title: 'No downplaying',
    description:
      'Never minimises the complaint or the customer\'s feelings ("just a minor delay", "not a big deal").',
    source: '003 §7 "Do not downplay a claim"',
    weight: 2,
    expectation: {
      complaint: 'expected',
      crisis: 'expected',
      troll: 'expected',
      question: 'expected',
      praise: 'n/a',
    },
    messages: {
      notApplicable: { message: 'Praise has no complaint to downplay.', suggestion: '' },
      met: {
        message: 'Treats the complaint as important.',
        suggestion:
          "Keep naming the issue in the customer's terms: complaining took them an effort.",
      },
      minimising: {
        message:
          '"{{phrase}}" makes the complaint sound small, and a customer who feels brushed off turns into a troll.',
        suggestion:
          'Drop the minimiser and own the impact: "I know waiting for this has been frustrating."',
      },
      dismissingFeelings: {
        message: '"{{phrase}}" dismisses how the customer feels.',
        suggestion:
          'Acknowledge the feeling instead: "You have every right to be upset about this."',
      },
    },
  },
  check(doc, context) {
    if (context.kind === 'praise' && !expectedByCaller(context, 'no-downplaying'))
      return outcome.notApplicable('notApplicable');
    const findings: Finding[] = [];
    const taken: Span[] = [];
    for (const { kind, pattern, negative = false } of DOWNPLAYING_CUES) {
      for (const hit of doc.find(pattern)) {
        if (overlaps(hit, taken)) continue;
        const before = doc.masked.slice(hit.sentence.start, hit.start);
        if (NOT_ABOUT_THE_COMPLAINT_BEFORE.test(before)) continue;
        if (HOLDING.test(hit.text) && before.trim() === '') continue;
        if (!negative && doc.negatedAt(hit.start, 3)) continue;
        taken.push(hit);
        findings.push({ messageId: kind, span: hit, actual: hit.text });
      }
    }
    if (findings.length === 0) return outcome.met('met');
    findings.sort((a, b) => a.span.start - b.span.start);
    const first = findings[0] as Finding;
    return outcome.violated(first.messageId, findings, {
      data: { phrase: doc.evidence(first.span).quote },
    });
  },
});
