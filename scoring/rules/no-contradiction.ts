import {
  CONTRADICTION_CUES,
  DENIED_SELF_REPORT,
  REASSURING_STATES,
  selfReport,
} from '../data/contradiction.ts';
import { parseReply } from '../document.ts';
import type { ContradictionCue } from '../data/contradiction.ts';
import type { Hit, ReplyDocument } from '../document.ts';
import { defineRule, expectedEverywhere, outcome } from '../rule.ts';
import type { Finding, RuleContext } from '../rule.ts';

/** "Check that you…" is a condition; "at check-in you were…" is not. */
const CONDITIONAL_BEFORE =
  /\b(?:if|whether|unless|in case|make sure|ensure|check(?![ -]?(?:in|out)\b))\b[^,;.!?]*$/;

const OWN_MISTAKE_BEFORE =
  /\b(?:sorry|apologi[sz]e|apologies|regret|our|we gave|we provided|we shared|we posted)\b[^,;.!?]*$/;

function counts(
  doc: ReplyDocument,
  hit: Hit,
  cue: ContradictionCue,
  context: RuleContext,
): boolean {
  if (cue.reportedProblemOnly && (context.kind === 'question' || context.kind === 'praise'))
    return false;
  if (hit.sentence.isQuestion && (cue.kind === 'youAreWrong' || cue.kind === 'denial'))
    return false;
  if (doc.negatedAt(hit.start, 3)) return false;
  const before = doc.masked.slice(hit.sentence.start, hit.start);
  if (cue.conditionalAllowed && CONDITIONAL_BEFORE.test(before)) return false;
  if (cue.ownMistakeAllowed && OWN_MISTAKE_BEFORE.test(before)) return false;
  return true;
}

/** "You're not stuck" to a customer who wrote "I'm stuck": their own account, denied. */
function deniedSelfReports(doc: ReplyDocument, context: RuleContext): Finding[] {
  if (context.customerPost === undefined) return [];
  const hits = doc
    .find(DENIED_SELF_REPORT)
    .filter((hit) => !REASSURING_STATES.has(hit.groups[0] ?? ''));
  if (hits.length === 0) return [];
  const customer = parseReply(context.customerPost).norm;
  return hits
    .filter(
      (hit) =>
        !hit.sentence.isQuestion &&
        !CONDITIONAL_BEFORE.test(doc.masked.slice(hit.sentence.start, hit.start)) &&
        selfReport(hit.groups[0] ?? '').test(customer),
    )
    .map((hit) => ({ messageId: 'denial', span: hit, actual: hit.text }));
}

export default defineRule({
  id: 'no-contradiction',
  meta: {
    title: 'No contradiction',
    description:
      'Never tells the customer they are wrong, denies their account, blames them or talks down to them.',
    source: '003 §8 "Do not contradict a client"',
    weight: 3,
    gate: (result) => result.status === 'violated',
    expectation: expectedEverywhere('required'),
    messages: {
      met: {
        message: 'Does not contradict or blame the customer.',
        suggestion: 'Keep acknowledging their account before you explain anything.',
      },
      youAreWrong: {
        message:
          'Tells the customer they are wrong, which onlookers read as David against Goliath.',
        suggestion:
          'Acknowledge their view and explain gently: "I can see why that was confusing; here is what happened."',
      },
      denial: {
        message: "Denies the customer's account in public.",
        suggestion:
          'Drop the denial; acknowledge the experience and offer to look into the details privately.',
      },
      blame: {
        message: 'Blames the customer for the issue.',
        suggestion:
          'Take ownership: "Let\'s find out what went wrong together; could you DM us the details?"',
      },
      talkingDown: {
        message: 'Talks down to the customer ("as we already said", "calm down").',
        suggestion: 'Explain again patiently, as if for the first time, and offer to help further.',
      },
    },
  },
  check(doc, context) {
    const findings: Finding[] = deniedSelfReports(doc, context);
    for (const cue of CONTRADICTION_CUES) {
      for (const hit of doc.find(cue.pattern)) {
        if (counts(doc, hit, cue, context))
          findings.push({ messageId: cue.kind, span: hit, actual: hit.text });
      }
    }
    if (findings.length === 0) return outcome.met('met');
    findings.sort((a, b) => a.span.start - b.span.start);
    return outcome.violated((findings[0] as Finding).messageId, findings);
  },
});
