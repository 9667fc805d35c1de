import { CONTRADICTION_CUES } from '../data/contradiction.ts';
import type { Hit, ReplyDocument } from '../document.ts';
import { defineRule, outcome } from '../rule.ts';
import type { Finding } from '../rule.ts';

const APOLOGY =
  /\b(?:sorry|apologi[sz](?:e|es|ed|ing)|(?:our|my|sincere|sincerest|deepest|heartfelt|humble|profuse|many) apolog(?:y|ies)|apolog(?:y|ies) (?:for|again|once again|that)|apologies(?=\s*(?:[,.!;:)\u2014-]|$))|(?<=\b(?:we|i)(?: \w+)? )owe (?:you|them) (?:an? )?(?:\w+ )?apolog(?:y|ies)|(?:gesture|token) of (?:our )?apology|regret(?:s|ted|ting)?|regretful(?:ly)?|forgive us|pardon (?:the|our))\b/g;
/** "If anything upset you, we apologise": the apology hangs on a condition, so it is a non-apology. */
const CONDITION_BEFORE =
  /^\s*(?:(?:and|but|so|oh|also) )?(?:if|in case)\b[^.!?]*,\s*(?:[\w']+ ){0,3}$/;
const NON_APOLOGY_AFTER =
  /^(?:\s*(?:that|if))?\s*(?:you (?:feel|felt|think|thought|believe|see|saw|were offended|are offended|took)|if\b)|^\s*not sorry\b/;
const NOT_OURS_BEFORE =
  /\b(?:you|they|he|she|customers?)(?: \w+)? (?:should|must|need to|needs to|owe|owes|want|wants|expect|expects|demand|demands|deserve|deserves)(?: \w+){0,3} $|\b(?:no need to|don't have to|do not have to|no need for|never) (?:\w+ )?$|\byou(?: will|'ll)? (?:not |never )?$/;
const BUT_CONTRADICTION = /^[^.!?\n]{0,40}?\bbut\b/;

function isContradictionSorry(doc: ReplyDocument, hit: Hit): boolean {
  const rest = doc.masked.slice(hit.end, hit.sentence.end);
  const but = BUT_CONTRADICTION.exec(rest);
  if (!but) return false;
  // "We are sorry that our service was not up to par, but…": an apology with its own object stands.
  if (/^\s*(?:that|for|about|to (?:hear|learn|read|see))\b/.test(rest)) return false;
  const after = rest.slice(but.index + but[0].length);
  return CONTRADICTION_CUES.some(({ pattern }) => new RegExp(pattern.source).test(after));
}

/**
 * Late means after two sentences and fifteen words of the brand's own (unmasked) explanation.
 * Only what comes before the apology counts, so adding text after it cannot make it early.
 */
function isLate(doc: ReplyDocument, start: number): boolean {
  const sentence = doc.sentenceAt(start);
  const wordsBefore = (doc.masked.slice(0, start).match(/[a-z0-9']+/g) ?? []).length;
  const sentencesBefore = doc.sentences.filter(
    (other) => other.end <= sentence.start && /[a-z0-9]/.test(other.text),
  ).length;
  return sentencesBefore >= 2 && wordsBefore >= 15;
}

type Verdict = 'sincere' | 'negated' | 'nonApology' | 'contradicts' | 'notOurs';

function judge(doc: ReplyDocument, hit: Hit): Verdict {
  const before = doc.masked.slice(hit.sentence.start, hit.start);
  const after = doc.masked.slice(hit.end, hit.sentence.end + 1);
  if (/sorry/.test(hit.text) && /^\s*,?\s*not sorry\b/.test(after)) return 'negated';
  // "We can't apologise enough", "can't tell you how sorry we are": emphatic, not negated.
  const emphatic = /^\s*enough\b/.test(after) || /\bhow (?:very |so )?$/.test(before);
  if (!emphatic && doc.negatedAt(hit.start, 3)) return 'negated';
  if (NOT_OURS_BEFORE.test(before.slice(-60))) return 'notOurs';
  if (/sorry|regret|apolog/.test(hit.text) && NON_APOLOGY_AFTER.test(after)) return 'nonApology';
  if (CONDITION_BEFORE.test(before)) return 'nonApology';
  if (isContradictionSorry(doc, hit)) return 'contradicts';
  return 'sincere';
}

export default defineRule({
  id: 'apology',
  meta: {
    title: 'Apology',
    description: "Says sorry for the customer's experience, early, whoever is at fault.",
    source: '000 "Apologize, even if you are right"; 003 §4 "Use the magic words"',
    weight: 3,
    expectation: {
      complaint: 'expected',
      crisis: 'expected',
      troll: 'optional',
      question: 'optional',
      praise: 'n/a',
    },
    messages: {
      met: {
        message: "Apologises for the customer's experience.",
        suggestion: 'Keep the apology near the start, before any explanation.',
      },
      metLate: {
        message: 'Apologises, but only after explaining; the apology should come first.',
        suggestion: 'Open with the apology: "I\'m sorry your order is late." Then explain.',
      },
      canned: {
        message: 'The only apology is a stock phrase, which reads as copied and pasted.',
        suggestion: 'Say what you are sorry for: "I\'m sorry your parcel still hasn\'t arrived."',
      },
      missed: {
        message: 'No apology: the customer is upset and hears no regret.',
        suggestion: 'Start with "I\'m sorry…" for their experience, whoever is at fault.',
      },
      nonApology: {
        message:
          '"Sorry you feel that way" or "sorry if…" blames the customer\'s feelings, not the experience.',
        suggestion: 'Apologise for what happened: "I\'m sorry the delivery was missed."',
      },
      negated: {
        message: 'The apology is negated, so it reads as the opposite of one.',
        suggestion: 'Drop the negation and apologise plainly: "We\'re sorry this happened."',
      },
      contradicts: {
        message:
          'The "sorry" only introduces a contradiction ("sorry, but…"), so it is no apology.',
        suggestion: 'Apologise without a "but", then explain gently what you can do.',
      },
    },
  },
  check(doc) {
    const rejected: Finding[] = [];
    const sincere: Finding[] = [];
    for (const hit of doc.find(APOLOGY)) {
      const verdict = judge(doc, hit);
      if (verdict === 'sincere') sincere.push({ messageId: 'met', span: hit });
      else if (verdict !== 'notOurs')
        rejected.push({ messageId: verdict, span: hit, actual: hit.text });
    }
    if (sincere.length > 0) {
      const first = sincere[0] as Finding;
      const late = isLate(doc, first.span.start);
      return late ? outcome.met('metLate', sincere, { credit: 0.75 }) : outcome.met('met', sincere);
    }
    const canned = doc.stock.filter((hit) => hit.kind === 'apology');
    if (canned.length > 0) {
      return outcome.met(
        'canned',
        canned.map((span) => ({ messageId: 'canned', span })),
        { credit: 0 },
      );
    }
    const worst = rejected[0];
    if (worst) return outcome.missed(worst.messageId, rejected);
    return outcome.missed('missed');
  },
});
