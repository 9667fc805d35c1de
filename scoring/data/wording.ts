/** Why a word is worth replacing; each kind has its own message. */
export type WordingKind = 'problem' | 'jargon' | 'excuse';

export interface WordingCue {
  readonly kind: WordingKind;
  /** Global, lower-case pattern over the masked, normalised reply. */
  readonly pattern: RegExp;
  /** What to write instead. */
  readonly expected: string;
  /** Not an excuse in a crisis update, where the cause belongs in the post (003 §5). */
  readonly causeInCrisis?: boolean;
}

/**
 * Words that sound negative, like a back office, or like an excuse (003 §4: "don't use
 * 'problem'"). Customers' words in quotes are masked before these run.
 */
export const WORDING_CUES: readonly WordingCue[] = [
  { kind: 'problem', pattern: /\b(?:no|not a) problem(?: at all)?\b/g, expected: 'happy to help' },
  { kind: 'problem', pattern: /\bproblems\b/g, expected: 'issues' },
  { kind: 'problem', pattern: /\bproblem(?:atic)?\b/g, expected: 'issue' },
  {
    kind: 'jargon',
    pattern:
      /\bescalat(?:e|ed|ing)(?: (?:this|it|your \w+))? to (?:tier|level|l) ?(?:1|2|3|one|two|three)\b/g,
    expected: 'passed it to our specialist team',
  },
  {
    kind: 'jargon',
    pattern:
      /\b(?:tier|level) (?:1|2|3|one|two|three)(?: support| team| agents?)?\b|\b(?:first|second|third|1st|2nd|3rd)[- ]line (?:support|team)\b/g,
    expected: 'our specialist team',
  },
  {
    kind: 'jargon',
    pattern: /\b(?:support|help ?desk|service|trouble|jira|zendesk) tickets?\b/g,
    expected: 'your request',
  },
  {
    kind: 'jargon',
    pattern:
      /\b(?:raised|logged|opened|created|submitted|closed|escalated|updated) (?:a|the|your|this) ticket\b|\bticket (?:number|no\.?|id|ref(?:erence)?|#) ?(?:is|:)/g,
    expected: 'logged your request',
  },
  {
    kind: 'jargon',
    pattern: /\bsla\b|\bservice level agreement\b|\bturnaround time\b|\btat\b/g,
    expected: 'we aim to reply within…',
  },
  {
    kind: 'jargon',
    pattern:
      /\b(?:per|as per) (?:our|the|company|store)? ?(?:policy|policies|terms|procedure|process|guidelines)\b/g,
    expected: 'the way this works is…',
  },
  { kind: 'jargon', pattern: /\bas per\b/g, expected: 'as in' },
  {
    kind: 'jargon',
    pattern:
      /\bkindly (?:be (?:informed|advised|noted)|note|revert|do the needful)\b|\b(?:please )?be (?:informed|advised) that\b/g,
    expected: 'just so you know',
  },
  {
    kind: 'jargon',
    pattern:
      /\b(?:kindly |will |shall |we'll |i'll )revert(?: back)?\b|\brevert(?:ing|ed)? back\b/g,
    expected: 'get back to you',
  },
  {
    kind: 'jargon',
    pattern:
      /\bdo the needful\b|\bpursuant to\b|\bhereby\b|\baforementioned\b|\bthe undersigned\b|\bherewith\b/g,
    expected: 'plain words',
  },
  {
    kind: 'jargon',
    pattern: /\bwe regret to inform you\b|\bat this (?:point in|moment in) time\b|\bin lieu of\b/g,
    expected: "I'm sorry to say / now / instead of",
  },
  {
    kind: 'jargon',
    pattern:
      /\byour (?:query|concern) has been (?:noted|logged|registered|actioned)\b|\bactioned\b/g,
    expected: "we're on it",
  },
  {
    kind: 'jargon',
    pattern:
      /\b(?:rma|kb article|case id|incident (?:number|id)|root cause analysis|rca|p[1-4] incident|sev ?[1-4])\b/g,
    expected: 'plain words',
  },
  {
    kind: 'excuse',
    pattern:
      /\bour systems?\b(?! (?:status|page))|\bthe system (?:is|was|has|had|won't|wouldn't|doesn't|didn't|can't|couldn't|shows|says|glitched|crashed)\b|\b(?:system|computer) (?:error|glitch|fault)s?\b/g,
    expected: 'we got this wrong',
    causeInCrisis: true,
  },
  {
    kind: 'excuse',
    pattern:
      /\b(?:short[- ]staffed|understaffed|under-staffed|staff(?:ing)? shortages?|short of staff|a new (?:starter|hire|employee|system))\b/g,
    expected: 'this is on us',
  },
  {
    kind: 'excuse',
    pattern:
      /\b(?:we(?:'re| are)|we've been|we have been) (?:really |very |extremely |so )?(?:busy|swamped|overwhelmed|inundated)\b|\b(?:unusually |very |extremely )?high (?:volumes?|number) of (?:calls|requests|messages|enquiries|inquiries|contacts|tickets)\b/g,
    expected: 'sorry for the wait',
    causeInCrisis: true,
  },
  {
    kind: 'excuse',
    pattern:
      /\b(?:the|another|a different|a separate|that) (?:other )?(?:department|team)(?:'s)? (?:is|was|handles|deals|should|made|messed|lost|didn't|did not|fault)\b|\bthe other department\b|\b(?:another|a different) department\b/g,
    expected: "I'll sort it out with the team",
  },
  {
    kind: 'excuse',
    pattern:
      /\b(?:the|our|their) (?:courier|warehouse|supplier|contractor|third[- ]party|partner)(?:'s)? (?:fault|mistake|error|messed|lost|didn't|did not|failed)\b|\b(?:it's|it is|it was) the (?:courier|warehouse|supplier)(?:'s)?\b/g,
    expected: 'we let you down',
  },
];
