import type { Hit, ReplyDocument } from '../document.ts';
import { defineRule, outcome } from '../rule.ts';
import type { Finding } from '../rule.ts';

const THANKS =
  /\b(?:thanks?|thank(?:s| you| u|ing)|thx|tyvm|ty|many thanks|(?:we|i|we'd|i'd|we really|i really|really|truly|much|greatly) appreciate(?:d)?|appreciate (?:you|your|the|it|this|that|all)|grateful|gratitude|much obliged|(?<=\b(?:we are|we're|i am|i'm|am|are) )obliged (?:for|with|by)|cheers(?= for\b))\b/g;
const SARCASM_AFTER =
  /^\s*,?\s*(?:for nothing|a lot for nothing|for wasting|for ruining|but no thanks)\b/;
/** "No, thanks." declines; "No, thanks for asking!" still thanks. */
const DECLINED = { before: /\bno,\s*$/, after: /^\s*(?:you|u)?\s*(?:[.!,;)]|$)/ };
const NOT_GRATITUDE_AFTER =
  /^\s*(?:to (?:the|a|an|our|this|these|that|all|its|their|recent|heavy|bad)\b|it if\b|if you\b|(?:god|goodness|heavens)\b)/;
const NOT_GRATITUDE_BEFORE = /\b(?:no|you're welcome,?|thank (?:god|goodness)|would|'d|will)\s*$/;

/** "We appreciate that this is frustrating": understanding, not gratitude ("appreciate that you waited" thanks). */
const UNDERSTANDING_AFTER =
  /^\s*(?:(?:that|how) (?:\w+ ){0,2}?(?:frustrat|annoy|upset|disappoint|inconvenien|difficult|hard|stress|worr|confus|serious|important)|(?:that )?(?:(?:this|it|there) (?:is|was|has|must|may|can)|it's|waiting|the \w+ (?:is|was|has))\b|(?:that )?you(?:'re| are| were| must| may| might| feel| felt)\b)/;

type Verdict = 'sincere' | 'sarcastic' | 'negated' | 'notGratitude';

function judge(doc: ReplyDocument, hit: Hit): Verdict {
  const after = doc.masked.slice(hit.end, hit.sentence.end + 1);
  const before = doc.masked.slice(Math.max(hit.sentence.start, hit.start - 30), hit.start);
  if (SARCASM_AFTER.test(after)) return 'sarcastic';
  // "/TY", "^TY": an agent's initials signing the reply, not "ty" for thank you.
  if (
    hit.text === 'ty' &&
    /[/^*~]\s*$/.test(doc.masked.slice(Math.max(0, hit.start - 2), hit.start))
  )
    return 'notGratitude';
  if (/appreciate(?:d| that)?$/.test(hit.text) && UNDERSTANDING_AFTER.test(after))
    return 'notGratitude';
  if (/appreciate/.test(hit.text) && /\b(?:would|'d)\s+(?:really\s+|greatly\s+)?$/.test(before))
    return 'notGratitude';
  if (/^(?:we'd|i'd) appreciate/.test(hit.text)) return 'notGratitude';
  if (NOT_GRATITUDE_AFTER.test(after)) return 'notGratitude';
  if (NOT_GRATITUDE_BEFORE.test(before)) return 'negated';
  if (DECLINED.before.test(before) && DECLINED.after.test(after)) return 'negated';
  if (doc.negatedAt(hit.start, 2)) return 'negated';
  return 'sincere';
}

export default defineRule({
  id: 'thanks',
  meta: {
    title: 'Thanks',
    description:
      'Thanks the customer sincerely: for reporting, for their patience, for the feedback.',
    source: '003 §10 "Don\'t forget to say thank you"',
    weight: 2,
    expectation: {
      complaint: 'expected',
      crisis: 'optional',
      troll: 'optional',
      question: 'expected',
      praise: 'required',
    },
    messages: {
      met: {
        message: 'Thanks the customer.',
        suggestion: 'Say what you thank them for: "Thanks for flagging this."',
      },
      canned: {
        message:
          'The only thanks is a stock opener, which sounds like a telemarketer; it is not the first thing to say.',
        suggestion:
          'Thank them for something specific, after you have acknowledged the issue: "Thanks for your patience while we fix this."',
      },
      missed: {
        message: 'No thanks: the customer took the trouble to write to you.',
        suggestion: 'Add a sincere thank-you: "Thanks for letting us know."',
      },
      sarcastic: {
        message: 'The thanks reads as sarcasm.',
        suggestion: 'Thank them plainly for something they did: "Thank you for your patience."',
      },
      negated: {
        message: 'The thanks is negated or declined, so it thanks nobody.',
        suggestion: 'Thank them plainly: "Thanks for telling us about this."',
      },
      notGratitude: {
        message: '"Thanks to…" or "we\'d appreciate it if…" is not gratitude to the customer.',
        suggestion: 'Add a real thank-you: "Thanks for flagging this."',
      },
    },
  },
  check(doc) {
    const sincere: Finding[] = [];
    const rejected: Finding[] = [];
    for (const hit of doc.find(THANKS)) {
      const verdict = judge(doc, hit);
      if (verdict === 'sincere') sincere.push({ messageId: 'met', span: hit });
      else rejected.push({ messageId: verdict, span: hit, actual: hit.text });
    }
    if (sincere.length > 0) return outcome.met('met', sincere);
    const canned = doc.stock.filter((hit) => hit.kind === 'thanks');
    if (canned.length > 0) {
      return outcome.met(
        'canned',
        canned.map((span) => ({ messageId: 'canned', span })),
        { credit: 0 },
      );
    }
    const worst = rejected[0];
    return worst ? outcome.missed(worst.messageId, rejected) : outcome.missed('missed');
  },
});
