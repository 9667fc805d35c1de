import nlp from 'compromise/two';
import {
  COMMITMENT,
  CUSTOMER_ASK,
  DONE,
  FOLLOW_UP,
  NAMED_COMMITMENT,
  TIMEFRAME,
} from '../data/next-step.ts';
import type { Hit, ReplyDocument } from '../document.ts';
import { defineRule, outcome } from '../rule.ts';
import type { Finding, RuleContext } from '../rule.ts';

/** Capitalised words that start a sentence without naming anyone. */
const NOT_A_COLLEAGUE = new Set(
  `you it this that there these those which who what everything everyone everybody nothing nobody
  someone somebody something anyone anything customer customers guests support service delivery
  tracking payments refunds orders`.split(/\s+/),
);

/**
 * "Claire will call you": the word before "will" is written with a capital, is not the customer's
 * name, and is either mid-sentence, given a role ("Claire, our store manager,") or a person's name
 * to the tagger (checked only for a candidate: the tagger is the costly part).
 */
function colleague(doc: ReplyDocument, hit: Hit, context: RuleContext): boolean {
  const name = hit.groups[0] ?? '';
  if (NOT_A_COLLEAGUE.has(name)) return false;
  const { quote } = doc.evidence({ start: hit.start, end: hit.start + name.length });
  if (!/^\p{Lu}/u.test(quote)) return false;
  const customer = `${context.customerName ?? ''} ${context.customerHandle ?? ''}`.toLowerCase();
  if (customer.split(/[^\p{L}'-]+/u).includes(name)) return false;
  if (hit.groups[1] !== undefined) return true;
  const before = doc.masked.slice(hit.sentence.start, hit.start);
  if (/[a-z]/.test(before) && !/(?:^|[,;:\u2014-]\s*)$/.test(before.trimEnd() + ' ')) return true;
  return nlp(quote).has('#Person');
}

/** A commitment that is negated, asked about or hypothetical commits to nothing. */
function commits(doc: ReplyDocument, hit: Hit): boolean {
  if (hit.sentence.isQuestion && !/^let me\b/.test(hit.text)) return false;
  if (doc.negatedAt(hit.start, 2) || /\b(?:not|n't|never)\b/.test(hit.text)) return false;
  const before = doc.masked.slice(hit.sentence.start, hit.start);
  return !/\b(?:unless|wish|hope|hoped|would|could|might|should|if only)\s+$/.test(before);
}

/** The follow-up is the brand's ("we'll keep you posted"), not the customer's ("thanks for following up"). */
function oursToKeep(doc: ReplyDocument, hit: Hit): boolean {
  const before = doc.masked.slice(hit.sentence.start, hit.start);
  if (/\b(?:thanks?|thank you) for\s*$|\byou(?:'ll| will| can| could)?\s*$/.test(before))
    return false;
  return /\b(?:i|we|i'll|we'll|i'm|we're|team|someone|specialists?|manager)\b/.test(before);
}

function findings(hits: readonly Hit[], messageId: string): Finding[] {
  return hits.map((span) => ({ messageId, span }));
}

export default defineRule({
  id: 'next-step',
  meta: {
    title: 'Next step',
    description:
      'Commits to a concrete next step or resolution, and says when it comes or when you will follow up.',
    source:
      '000 "Follow up"; 003 §3 (Resolve > Verify compliance with the solution); 004 (empty promises)',
    weight: 2,
    expectation: {
      complaint: 'expected',
      crisis: 'expected',
      question: 'optional',
      troll: 'optional',
      praise: 'optional',
    },
    messages: {
      met: {
        message: 'Commits to a next step and says when it happens or when you will follow up.',
        suggestion:
          'Keep the promise: come back at the time you gave, even if only to say you are still on it.',
      },
      noFollowUp: {
        message: 'Commits to a next step but not to when, so it may read as an empty promise.',
        suggestion: 'Add when: "I\'ll check with the courier and update you by 5pm today."',
      },
      onlyAsks: {
        message: 'Asks the customer to act but commits to nothing on your side.',
        suggestion:
          'Say what you will do with it: "DM us your order number and I\'ll rebook the delivery today."',
      },
      missed: {
        message: 'No next step: the customer cannot tell what happens now.',
        suggestion:
          'Commit to something concrete and a follow-up: "I\'ll chase this now and get back to you by tomorrow noon."',
      },
    },
  },
  check(doc, context) {
    const actions = [
      ...doc.find(COMMITMENT),
      ...doc
        .find(NAMED_COMMITMENT)
        .map((hit): Hit => {
          const start = hit.start - (hit.groups[0] ?? '').length - (hit.groups[1] ?? '').length;
          return { ...hit, start, text: doc.masked.slice(start, hit.end) };
        })
        .filter((hit) => colleague(doc, hit, context)),
      ...doc.find(DONE),
    ].filter((hit) => commits(doc, hit));
    const followUps = doc
      .find(FOLLOW_UP)
      .filter((hit) => commits(doc, hit) && oursToKeep(doc, hit));
    if (actions.length === 0 && followUps.length === 0) {
      const asks = doc.find(CUSTOMER_ASK);
      return asks.length > 0
        ? outcome.missed('onlyAsks', findings(asks, 'ask'))
        : outcome.missed('missed');
    }
    const committed = new Set([...actions, ...followUps].map((hit) => hit.sentence.index));
    const times = doc
      .find(TIMEFRAME)
      .filter((hit) => committed.has(hit.sentence.index) && !doc.negatedAt(hit.start, 2));
    const done = doc.find(DONE).some((hit) => commits(doc, hit));
    const all = [
      ...findings(actions, 'nextStep'),
      ...findings(followUps, 'followUp'),
      ...findings(times, 'when'),
    ];
    if (times.length > 0 || followUps.length > 0 || done) return outcome.met('met', all);
    return outcome.met('noFollowUp', all, { credit: 0.75 });
  },
});
