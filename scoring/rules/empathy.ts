import { ACKNOWLEDGEMENTS, FEELING_FRAMES, GENERIC, NAMES_THE_ISSUE } from '../data/empathy.ts';
import { COMMITMENT, CUSTOMER_ASK, DONE } from '../data/next-step.ts';
import { FEELING_WORDS, ISSUE_WORDS } from '../data/tone.ts';
import type { Hit, ReplyDocument } from '../document.ts';
import { defineRule, outcome } from '../rule.ts';
import type { Finding } from '../rule.ts';
import { valence } from '../text/sentiment.ts';

/** A word names a feeling if the list knows it, or the sentiment lexicon scores it clearly negative. */
function isFeeling(word: string): boolean {
  if (FEELING_WORDS.test(word)) return true;
  return !ISSUE_WORDS.has(word) && valence(word) <= -2;
}

/** The feeling word within the first `words` words after a frame, as a hit-sized span. */
function feelingAfter(doc: ReplyDocument, hit: Hit, words: number): Finding | null {
  const rest = doc.masked.slice(hit.end, hit.sentence.end);
  let count = 0;
  for (const match of rest.matchAll(/[a-z][a-z'-]*/g)) {
    if (++count > words) break;
    if (isFeeling(match[0]))
      return {
        messageId: 'acknowledgement',
        span: { start: hit.start, end: hit.end + match.index + match[0].length },
      };
  }
  return null;
}

function acknowledgements(doc: ReplyDocument): Finding[] {
  const found: Finding[] = doc
    .find(ACKNOWLEDGEMENTS)
    .map((span) => ({ messageId: 'acknowledgement', span }));
  for (const { pattern, words } of FEELING_FRAMES) {
    for (const hit of doc.find(pattern)) {
      const finding = feelingAfter(doc, hit, words);
      if (finding && !doc.negatedAt(hit.start, 2)) found.push(finding);
    }
  }
  for (const hit of doc.find(GENERIC)) {
    const namesIssue = NAMES_THE_ISSUE.test(doc.masked.slice(hit.end, hit.sentence.end));
    if (hit.groups[0] !== undefined && namesIssue)
      found.push({ messageId: 'acknowledgement', span: hit });
  }
  found.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const kept: Finding[] = [];
  for (const finding of found) {
    const last = kept[kept.length - 1];
    if (!last || finding.span.start >= last.span.end) kept.push(finding);
  }
  return kept;
}

/** Where the reply starts solving: a commitment, an action taken, or a request to the customer. */
function firstSolution(doc: ReplyDocument): Hit | undefined {
  return [COMMITMENT, DONE, CUSTOMER_ASK]
    .flatMap((pattern) => doc.find(pattern))
    .sort((a, b) => a.start - b.start)[0];
}

export default defineRule({
  id: 'empathy',
  meta: {
    title: 'Empathy',
    description:
      'Acknowledges the specific issue and how the customer feels about it, before solving it.',
    source: '003 §3 (Listen to the customer) and §4; 003 §8 ("empathy from the first moment")',
    weight: 2,
    expectation: {
      complaint: 'expected',
      crisis: 'expected',
      troll: 'optional',
      question: 'optional',
      praise: 'n/a',
    },
    messages: {
      met: {
        message: 'Acknowledges the issue and how the customer feels before solving it.',
        suggestion: 'Keep the acknowledgement specific to what happened to them.',
      },
      metLate: {
        message:
          'Acknowledges how the customer feels, but only after starting to solve; listening comes first.',
        suggestion:
          'Move the acknowledgement to the start: "I can see how frustrating the wait has been." Then solve.',
      },
      generic: {
        message:
          'The acknowledgement is a generic "I understand" that names neither the issue nor the feeling.',
        suggestion: 'Name both: "I can see how frustrating it is to wait all week for a parcel."',
      },
      missed: {
        message: 'Does not acknowledge the issue or how the customer feels.',
        suggestion:
          'Start by showing you listened: "That\'s not the experience we want for you, and I can see why you\'re upset."',
      },
    },
  },
  check(doc) {
    const found = acknowledgements(doc);
    const first = found[0];
    if (first) {
      const solution = firstSolution(doc);
      const late =
        solution !== undefined &&
        solution.start < first.span.start &&
        solution.sentence.index !== doc.sentenceAt(first.span.start).index;
      return late ? outcome.met('metLate', found, { credit: 0.75 }) : outcome.met('met', found);
    }
    const generic = doc.find(GENERIC).filter((hit) => !hit.sentence.isQuestion);
    if (generic.length > 0) {
      return outcome.met(
        'generic',
        generic.map((span): Finding => ({ messageId: 'generic', span })),
        { credit: 0.5 },
      );
    }
    return outcome.missed('missed');
  },
});
