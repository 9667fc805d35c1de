const NUMBER = String.raw`(?:a few|a couple(?: of)?|few|a|an|one|two|three|four|five|ten|fifteen|twenty|thirty|\d+(?:\.\d+)?)`;
const UNIT = String.raw`(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|working days|business days)`;
const SMALL = String.raw`(?:minor|small|slight|little|tiny|trivial|insignificant|bit of an?)`;
const ISSUE = String.raw`(?:issue|problem|delay|glitch|hiccup|blip|inconvenience|mistake|error|mix-?up|setback|bug|scratch|dent|wait|oversight|misunderstanding|hold-?up|annoyance|slip)`;

/** Which way a cue minimises the complaint; each has its own message. */
export type DownplayingKind = 'minimising' | 'dismissingFeelings';

export interface DownplayingCue {
  readonly kind: DownplayingKind;
  /** Global, lower-case pattern over the masked, normalised reply. */
  readonly pattern: RegExp;
  /** The cue carries its own negation ("not a big deal"), so a negation before it is not checked. */
  readonly negative?: boolean;
}

/**
 * Phrases that make the customer's complaint smaller than they feel it is (003 §7 "Do not
 * downplay a claim"). "Just" only counts before an issue or a duration: "just sent you a DM" does
 * not minimise anything.
 */
export const DOWNPLAYING_CUES: readonly DownplayingCue[] = [
  {
    kind: 'minimising',
    pattern: new RegExp(
      String.raw`(?<!\b(?:the|our|my|your|one|no) )\b(?:just|only|merely|simply) (?:an? )?(?:${SMALL} )?${ISSUE}\b`,
      'g',
    ),
  },
  {
    kind: 'minimising',
    pattern: new RegExp(
      String.raw`\b(?:an?|this|the|that|your|such an?|such|one) ${SMALL} (?:little )?${ISSUE}\b`,
      'g',
    ),
  },
  {
    kind: 'minimising',
    pattern: new RegExp(
      String.raw`\b(?:only|just|merely) (?:been |about |over |under )?${NUMBER} (?:more |extra )?${UNIT}\b`,
      'g',
    ),
  },
  {
    kind: 'minimising',
    pattern:
      /\b(?:a (?:little|bit|tad)|slightly|somewhat) (?:late|delayed|behind|slow|damaged|scratched|off)\b/g,
  },
  {
    kind: 'minimising',
    pattern:
      /\b(?:not|isn't|wasn't|is not|was not)(?: really| exactly)? (?:a|such a|that|that much of a|so) (?:big|huge|major|serious|bad) (?:a )?(?:deal|issue|problem)\b|\bno (?:big|huge|real) deal\b/g,
    negative: true,
  },
  {
    kind: 'minimising',
    pattern:
      /\b(?:not|isn't|wasn't|is not|was not) (?:that|so|too|really that) (?:bad|serious|long|late|big|important)\b|\bnot the end of the world\b/g,
    negative: true,
  },
  {
    kind: 'minimising',
    pattern:
      /\b(?:it's|it is|that's|that is|it was|that was) (?:really |honestly )?nothing\b(?! (?:to|like|compared|less|short|we|i|you))|\bfuss (?:over|about) nothing\b|\bmuch ado about nothing\b/g,
    negative: true,
  },
  {
    kind: 'minimising',
    pattern:
      /\b(?:these|such) things happen\b|(?<!\b(?:if|when|whenever|case|before|after|unless|until|why|how|where|what|often|rarely) )\bit happens(?: to (?:everyone|the best|all of us))?\b(?! (?:again|when|if|that|because|with|on|in))|\bhappens to (?:everyone|the best of us)\b|\bcould(?:'ve| have)? been worse\b|\bat least (?:it|you|your|they|nothing)\b|\bfirst[- ]world problem\b/g,
  },
  // "It's just a streak, don't worry about it!": the loss called small, the worry waved away.
  {
    kind: 'minimising',
    pattern:
      /\b(?:it's|it is|that's|that is|it was|they're|they are) (?:just|only|merely) (?:an? |some )?[\w-]+(?: [\w-]+)?(?=[,!.;]?\s*(?:so )?(?:don't|do not|no need to|nothing to) worry)/g,
  },
  {
    kind: 'dismissingFeelings',
    pattern:
      /\bover-?react(?:ing|ed|ion)?\b|\bblow(?:ing|n)? (?:it|this|things|that) out of proportion\b|\bmaking (?:a|such a) (?:big )?(?:fuss|deal|drama|scene)\b|\bmake a (?:big )?(?:fuss|drama|scene)\b/g,
  },
  {
    kind: 'dismissingFeelings',
    pattern:
      /\b(?:let's|let us|don't|do not|no need to) (?:not )?(?:blow|make|get)\b[^.!?\n]{0,30}?(?:out of proportion|fuss|drama|carried away)/g,
    negative: true,
  },
  {
    kind: 'dismissingFeelings',
    pattern:
      /\b(?:no need|there's no need|there is no need) (?:to|for) (?:get(?:ting)? |be(?:ing)? )?(?:so )?(?:upset|angry|worked up|dramatic|aggressive|rude|emotional|hysterical|cross|excited|panic|panicking)\b/g,
  },
  {
    kind: 'dismissingFeelings',
    pattern:
      /\byou(?:'re| are) (?:being (?:so |too |a bit |very |overly )?|so |too |a bit |very |overly )(?:dramatic|oversensitive|sensitive|emotional|hysterical|touchy)\b|\byou(?:'re| are) (?:oversensitive|hysterical|dramatic|touchy)\b|\bdrama queen\b|\btake a (?:deep )?breath\b/g,
  },
];
