import { parseAlone } from '../document.ts';
import {
  ALTERNATIVE_PATTERNS,
  AVAILABILITY_STATEMENT,
  CUSTOMER_ASKS,
  KRYPTONITE_PATTERNS,
  NOT_A_REFUSAL,
  REASON_PATTERNS,
  REFUSAL_PATTERNS,
  REGRETFUL_NO,
  RESTRICTION_ANSWER,
  RHETORICAL_REFUSALS,
} from '../data/refusal.ts';
import type { Hit, ReplyDocument } from '../document.ts';
import { defineRule, outcome } from '../rule.ts';
import type { Finding, RuleContext } from '../rule.ts';

const REGRET = /\b(?:unfortunately|sadly|afraid|sorry|regret|apologi[sz]e)\b/;

const CONDITIONAL_BEFORE =
  /\b(?:if|whether|unless|in case|in the event|when|until|so that|to make sure|to ensure)\b[^,;.!?]*$|(?:^\s*|[,;:]\s*)should\b[^,;.!?]*$/;
/** The refusal sits in a clause that gives a reason ("as we don't allow …", "apologies as we were not able …"). */
const REASON_CLAUSE = /\b(?:as|because|since|coz|cause)\s*$/;

/**
 * "No, we don't price-match", also mid-reply ("Thanks, Margaret. No, the shower won't be fixed"):
 * not "no worries", "no, not at all", "no, you're not wrong", "no, that isn't good enough", nor
 * "ref. no. C1-2048" (a number).
 */
const BARE_NO =
  /(?:^|\n|(?<=[.!?]["')\]]* ))\s*(?:no|nope|nah)(?!\.? ?#?[a-z-]*\d)(?![ ,.!-]+(?:not at all|never|of course not|worries|worry|problem|probs|need|thanks|thank|way|doubt|matter|excuses?|offen[cs]e|harm|pressure|rush|hurry|apolog\w+|you(?:'re| are|'ve| have| were|'d| did)? (?:not|n't|aren't|weren't|haven't|didn't)|you(?:'re| are|'ve| have| were|'d| did)n't|(?:that|it|this)(?:'s| is| was)? ?(?:not|n't|isn't|wasn't) (?:ok|okay|good|acceptable|right|fair|on you|your fault|what)|(?:that|it)(?:'s| is| was) (?:on us|our fault))\b)(?:[,.!]|\s+(?:we|i|you|that|this|it|sorry|unfortunately)\b)/g;

function overlaps(hit: Hit, others: readonly Hit[]): boolean {
  return others.some((other) => other.start < hit.end && hit.start < other.end);
}

/** "Were you wrong to expect it? No, not at all.": the reply answering its own question. */
function answersOwnQuestion(doc: ReplyDocument, hit: Hit): boolean {
  const previous = doc.sentences[hit.sentence.index - 1];
  return previous !== undefined && previous.isQuestion && /^\s*(?:no|nope|nah)\b/.test(hit.text);
}

/**
 * "We're unable to offer an upgrade, however we can quote one if you like?": the question mark
 * belongs to the offer after the break, not to the refusal before it.
 */
function inQuestion(doc: ReplyDocument, hit: Hit): boolean {
  if (!hit.sentence.isQuestion) return false;
  return !/[,;:]\s*(?:but|however|though|although|instead|so)\b/.test(
    doc.masked.slice(hit.end, hit.sentence.end),
  );
}

function isRefusal(doc: ReplyDocument, hit: Hit, notRefusals: readonly Hit[]): boolean {
  if (inQuestion(doc, hit) || answersOwnQuestion(doc, hit)) return false;
  if (overlaps(hit, notRefusals)) return false;
  const before = doc.masked.slice(hit.sentence.start, hit.start);
  // "We're removing them, as we don't allow price gouging": a reason, not a no to the customer.
  if (REASON_CLAUSE.test(before)) return false;
  return !CONDITIONAL_BEFORE.test(before);
}

/**
 * "We don't serve lobster" to a review that asked for nothing: a plain statement of what the
 * brand does, not a no. Without the customer's post, it is read as answering a request.
 */
function answersNoRequest(doc: ReplyDocument, hit: Hit, context: RuleContext): boolean {
  if (context.customerPost === undefined || !AVAILABILITY_STATEMENT.test(hit.text)) return false;
  // "Unfortunately we don't stock it": regret says the customer wanted it.
  if (REGRET.test(doc.masked.slice(hit.sentence.start, hit.end))) return false;
  const customer = parseAlone(context.customerPost).masked;
  if (CUSTOMER_ASKS.test(customer)) return false;
  // The thing said not to exist is the thing the customer says they had: their account, answered.
  const after = doc.masked.slice(hit.end, hit.sentence.end);
  const object =
    /^\s*(?:(?:a|an|the|any|this|that|these|those|our|such|much|many) )*((?:[a-z][\w-]+ ?){1,3})/.exec(
      after,
    );
  const words = (object?.[1] ?? '').split(' ').filter((word) => word.length >= 3);
  return words.some((word) =>
    new RegExp(String.raw`\b${word.replace(/s$/, '')}(?:s|es)?\b`).test(customer),
  );
}

/** A restriction ("can only …") refuses only when the customer asked or expected something. */
function restrictionAnswers(doc: ReplyDocument, context: RuleContext): Hit[] {
  if (context.customerPost === undefined || !/\bonly\b/.test(doc.masked)) return [];
  if (!CUSTOMER_ASKS.test(parseAlone(context.customerPost).masked)) return [];
  return doc.find(RESTRICTION_ANSWER);
}

function findAll(doc: ReplyDocument, patterns: readonly RegExp[]): Hit[] {
  return patterns.flatMap((pattern) => doc.find(pattern));
}

/** "We can't offer a voucher": what is refused, in the refusal's own clause, is no alternative. */
function isRefusedThing(doc: ReplyDocument, hit: Hit, refusal: Hit): boolean {
  if (hit.sentence !== refusal.sentence || hit.start < refusal.end) return false;
  // "We could not upgrade your room but I promise you a bigger one": the hit starts its own clause.
  if (/^(?:but|however|though|instead|alternatively)\b/.test(hit.text)) return false;
  const between = doc.masked.slice(refusal.end, hit.start);
  return !/[,;:]|\b(?:but|however|instead|though|so|and|what|which)\b/.test(between);
}

/** Hits in the sentences around a refusal: the one before, its own, and the two after. */
function near(hits: readonly Hit[], refusal: Hit, before: number, after: number): Hit[] {
  const index = refusal.sentence.index;
  return hits.filter(
    (hit) => hit.sentence.index >= index - before && hit.sentence.index <= index + after,
  );
}

export default defineRule({
  id: 'explained-refusal',
  meta: {
    title: 'Explained refusal',
    description: 'When the reply says no, it gives the reason and an alternative.',
    source: '003 §11 "Not explaining a refusal"',
    weight: 3,
    expectation: {
      complaint: 'expected',
      crisis: 'expected',
      troll: 'expected',
      question: 'expected',
      praise: 'expected',
    },
    messages: {
      notApplicable: { message: 'Nothing is refused.', suggestion: '' },
      met: {
        message: 'The refusal gives a reason and an alternative.',
        suggestion: 'Keep the alternative concrete and easy to take up.',
      },
      noReason: {
        message: 'Says no and offers an alternative, but gives no reason.',
        suggestion: 'Add the reason: "because opened items can\'t be resold".',
      },
      noAlternative: {
        message: 'Says no with a reason, but offers nothing instead.',
        suggestion: 'Add what you can do: "but we\'d be glad to swap it for another size".',
      },
      bareRefusal: {
        message: 'A bare no, with no reason and no alternative, starts a fire in public.',
        suggestion:
          'Explain why and offer another way: "We can\'t refund it because…, but we can…".',
      },
      kryptonite: {
        message: '"{{phrase}}" hides behind your lack of power; it is kryptonite in public.',
        suggestion: 'Say what the rule is and what you can do instead, in your own voice.',
      },
    },
  },
  check(doc, context) {
    const notRefusals = doc.find(NOT_A_REFUSAL);
    const kryptonite = findAll(doc, KRYPTONITE_PATTERNS).filter((hit) => isRefusal(doc, hit, []));
    if (kryptonite.length > 0) {
      const first = kryptonite[0] as Hit;
      return outcome.violated(
        'kryptonite',
        kryptonite.map((span): Finding => ({ messageId: 'kryptonite', span, actual: span.text })),
        { data: { phrase: doc.evidence(first).quote } },
      );
    }
    const refusals = [
      ...[
        ...findAll(doc, REFUSAL_PATTERNS),
        ...doc.find(BARE_NO),
        ...doc.find(REGRETFUL_NO),
        ...restrictionAnswers(doc, context),
      ].filter((hit) => isRefusal(doc, hit, notRefusals) && !answersNoRequest(doc, hit, context)),
      // Every rhetorical refusal asks "how…": skip the costly patterns when there is no "how".
      ...(doc.masked.includes('how')
        ? findAll(doc, RHETORICAL_REFUSALS).filter((hit) => !overlaps(hit, notRefusals))
        : []),
    ].sort((a, b) => a.start - b.start);
    const refusal = refusals[0];
    if (!refusal) return outcome.notApplicable('notApplicable');
    const reasons = near(findAll(doc, REASON_PATTERNS), refusal, 1, 2);
    const alternatives = near(findAll(doc, ALTERNATIVE_PATTERNS), refusal, 1, 3).filter(
      (hit) =>
        (!overlaps(hit, refusals) || hit.start > refusal.end) && !isRefusedThing(doc, hit, refusal),
    );
    const refusalFindings = refusals.map((span): Finding => ({
      messageId: 'refusal',
      span,
      actual: span.text,
    }));
    const support = [
      ...reasons.map((span): Finding => ({ messageId: 'reason', span })),
      ...alternatives.map((span): Finding => ({ messageId: 'alternative', span })),
    ];
    const findings = [...refusalFindings, ...support];
    if (reasons.length > 0 && alternatives.length > 0) return outcome.met('met', findings);
    if (reasons.length === 0 && alternatives.length === 0)
      return outcome.violated('bareRefusal', findings);
    return outcome.missed(reasons.length === 0 ? 'noReason' : 'noAlternative', findings);
  },
});
