import {
  ASSERTED_FINE,
  CLAIMED_FAULT,
  CONDITION_BEFORE,
  CONTRADICTION_CUES,
  DENIED_SELF_REPORT,
  FACTUAL_CUES,
  FAULT_NEGATION,
  FIX_OR_CONCESSION,
  NOT_A_THING,
  REASSURING_STATES,
  THING_WORD,
  selfReport,
  thingKey,
} from '../data/contradiction.ts';
import { parseAlone } from '../document.ts';
import { mayMatch } from '../text/literal-filter.ts';
import type { ContradictionCue } from '../data/contradiction.ts';
import type { Hit, ReplyDocument } from '../document.ts';
import { defineRule, expectedEverywhere, outcome } from '../rule.ts';
import type { Finding, RuleContext } from '../rule.ts';

/** "Check that you…" is a condition; "at check-in you were…" is not. */
const CONDITIONAL_BEFORE =
  /\b(?:if|whether|unless|in case|make sure|ensure|check(?![ -]?(?:in|out)\b))\b[^,;.!?]*$/;

/** An apology or regret in the sentence: "sorry the wait was only …" is not said against them. */
const APOLOGY_IN_SENTENCE =
  /\b(?:sorry|apologi[sz]e|apologies|apology|regret|unfortunately|our mistake|our fault|we should have)\b/;

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
  if (cue.apologyAllowed && APOLOGY_IN_SENTENCE.test(hit.sentence.text)) return false;
  return true;
}

/** "You're not stuck" to a customer who wrote "I'm stuck": their own account, denied. */
function deniedSelfReports(doc: ReplyDocument, context: RuleContext): Finding[] {
  if (context.customerPost === undefined) return [];
  const hits = doc
    .find(DENIED_SELF_REPORT)
    .filter((hit) => !REASSURING_STATES.has(hit.groups[0] ?? ''));
  if (hits.length === 0) return [];
  const customer = parseAlone(context.customerPost).norm;
  return hits
    .filter(
      (hit) =>
        !hit.sentence.isQuestion &&
        !CONDITIONAL_BEFORE.test(doc.masked.slice(hit.sentence.start, hit.start)) &&
        selfReport(hit.groups[0] ?? '').test(customer),
    )
    .map((hit) => ({ messageId: 'denial', span: hit, actual: hit.text }));
}

/** Heads that name no thing of their own: pronouns, function words and the stay as a whole. */
const PRONOUN =
  /^(?:it|this|that|these|those|there|they|he|she|we|you|i|my|our|your|their|his|her|its|me|us|them|everything|nothing|something|anything|all|which|what|who|one|of|in|on|at|to|for|with|from|by|about|as|and|or|but|the|a|an|is|was|are|were|be|been|other|more|such|further|extra|spare|available|left|any|place|hotel|stay)$/;

/** Things too general to match on the word alone: "the room was dirty" is only answered by "the room was clean". */
const GENERIC = new Set([
  'room',
  'bathroom',
  'washroom',
  'toilet',
  'service',
  'staff',
  'food',
  'property',
  'price',
  'rate',
  'tariff',
]);

/** The kind of fault or all-clear: dirt, breakdowns, manners, noise, size, price. */
const FAULT_KINDS: readonly (readonly [string, RegExp])[] = [
  [
    'dirty',
    /\b(?:dirty|filthy|stained|smelly|unclean|unhygienic|reused|used|stale|clean|cleaned|spotless|fresh|hygienic|changed)\b/,
  ],
  [
    'broken',
    /\b(?:broken|faulty|damaged|order|condition|working|functional|functioning|operational|work|function)\b/,
  ],
  [
    'manner',
    /\b(?:rude|unfriendly|arrogant|unprofessional|impolite|unhelpful|discourteous|polite|courteous|friendly|helpful|professional|cordial|behaved|trained)\b/,
  ],
  ['noise', /\b(?:noisy|loud|quiet|peaceful)\b/],
  ['size', /\b(?:small|tiny|cramped|spacious|roomy)\b/],
  ['price', /\b(?:overpriced|expensive|costly|reasonable|affordable|competitive|priced)\b/],
];

/** Kinds of all-clear that answer only the same kind of fault, whatever the thing. */
const GENERIC_KINDS = new Set(['manner', 'noise', 'size', 'price']);

function faultKind(text: string): string {
  return FAULT_KINDS.find(([, pattern]) => pattern.test(text))?.[0] ?? 'other';
}

/** The things a phrase names: its words but pronouns and function words, singular ("tea and coffee makers": tea, coffee, maker). */
function thingsOf(phrase: string | undefined): string[] {
  return (phrase ?? '')
    .split(/\s+/)
    .filter((word) => word !== '' && !PRONOUN.test(word) && !NOT_A_THING.has(word))
    .map(thingKey);
}

/** The things the customer says were missing, broken or dirty ("no coffee maker", "the AC was not working"), with the kind of fault. */
function claimedFaults(customer: string): Map<string, Set<string>> {
  const things = new Map<string, Set<string>>();
  for (const pattern of CLAIMED_FAULT) {
    if (!mayMatch(pattern, customer)) continue;
    for (const match of customer.matchAll(pattern)) {
      const clause = match[0];
      if (!FAULT_NEGATION.test(clause)) continue;
      for (const thing of thingsOf(match[1])) {
        const kinds = things.get(thing) ?? new Set<string>();
        kinds.add(faultKind(clause));
        things.set(thing, kinds);
      }
    }
  }
  return things;
}

/** "There was no hair in the bath", "no insects were found": a thing the customer reported, said not to exist. */
const DENIED_PRESENCE = new RegExp(
  String.raw`\bthere (?:was|were|is|are|has been|have been) (?:absolutely |simply |definitely |certainly |never )?(?:no|not (?:a|any|a single)) (?!(?:other|more|further|spare|extra|vacant|free|available|question|need|doubt)\b)((?:${THING_WORD} )?${THING_WORD})\b(?! (?:available|left|vacant|free|to spare|remaining)\b)(?! (?:from|on|at|by) (?:your|you)\b)|\bno ((?:${THING_WORD} )?${THING_WORD}) (?:was|were|has been|have been) (?:found|seen|detected|noticed|spotted|reported)\b|\b(?:we|i|our [\w-]+|the [\w-]+) (?:found|saw|could find|could see|did not find|didn't find|could not find|couldn't find|did not see|didn't see) (?:no|any) ((?:${THING_WORD} )?${THING_WORD})\b`,
  'g',
);

/**
 * "The AC is functional" to "non-functioning AC", "in every room we have placed tea makers" to
 * "no tea maker in the room", "there was no hair in the bath" to "there was hair in the bath":
 * the reply states the customer's own fault back with the opposite polarity.
 */
function reversedClaims(doc: ReplyDocument, context: RuleContext): Finding[] {
  if (
    context.customerPost === undefined ||
    context.kind === 'question' ||
    context.kind === 'praise'
  )
    return [];
  const customer = parseAlone(context.customerPost).norm;
  const faults = claimedFaults(customer);
  const findings: Finding[] = [];
  // The sentence up to just past the hit: "we change the linen daily, and we'll check again" keeps its denial.
  const usable = (hit: Hit): boolean =>
    !hit.sentence.isQuestion &&
    !CONDITION_BEFORE.test(doc.masked.slice(hit.sentence.start, hit.start)) &&
    !FIX_OR_CONCESSION.test(
      doc.masked.slice(hit.sentence.start, Math.min(hit.sentence.end, hit.end + 40)),
    );
  if (faults.size > 0) {
    for (const pattern of ASSERTED_FINE) {
      for (const hit of doc.find(pattern)) {
        const kind = faultKind(hit.text);
        // A general thing, or an all-clear about manners, noise, size or price, answers only the same kind of fault.
        const strict = GENERIC_KINDS.has(kind);
        const answers = (thing: string): boolean =>
          GENERIC.has(thing) || strict
            ? (faults.get(thing)?.has(kind) ?? false) && kind !== 'other'
            : faults.has(thing);
        if (thingsOf(hit.groups[0]).some(answers) && usable(hit))
          findings.push({ messageId: 'denial', span: hit, actual: hit.text });
      }
    }
  }
  for (const hit of doc.find(DENIED_PRESENCE)) {
    // The head noun names the thing: "no seats left" is about what is left, not a seat.
    const head = (hit.groups[0] ?? hit.groups[1] ?? hit.groups[2] ?? '').split(' ').pop();
    const thing = thingsOf(head)[0];
    if (thing === undefined || faults.has(thing) || !usable(hit)) continue;
    // "bug" is said in "bugs", "charge" in "charged"; a short word only as itself.
    const said = new RegExp(
      thing.length < 4 ? `\\b${thing}s?\\b` : `\\b${thing}[a-z]{0,3}\\b`,
      'g',
    );
    const affirmed = [...customer.matchAll(said)].some(
      (match) =>
        !/\b(?:no|not|never|without|any|lack|lacks|lacked)\b(?:\s+[a-z-]+){0,3}\s+$/.test(
          customer.slice(Math.max(0, match.index - 40), match.index),
        ),
    );
    if (affirmed) findings.push({ messageId: 'denial', span: hit, actual: hit.text });
  }
  return findings;
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
    const findings: Finding[] = [
      ...deniedSelfReports(doc, context),
      ...reversedClaims(doc, context),
    ];
    for (const cue of [...CONTRADICTION_CUES, ...FACTUAL_CUES]) {
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
