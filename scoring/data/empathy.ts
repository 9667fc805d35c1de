const ADVERBS = String.raw`(?: can| could| completely| totally| fully| really| absolutely| do| definitely| only| just)*`;

/**
 * Openings that acknowledge a feeling when one of the next few words names it: "I can see how
 * frustrating…", "that must have been stressful", "what a disappointing start". `words` is how
 * many words after the opening are read.
 */
export const FEELING_FRAMES: readonly { readonly pattern: RegExp; readonly words: number }[] = [
  {
    pattern: new RegExp(
      String.raw`\b(?:i|we)${ADVERBS} (?:see|imagine|understand|appreciate|get|know|realise|realize|hear|feel|tell) (?:just )?(?:how|why|that|what)\b`,
      'g',
    ),
    words: 6,
  },
  { pattern: /\b(?:can't|cannot|can not) (?:begin to )?imagine\b/g, words: 5 },
  {
    pattern: /\b(?:that|this|it)(?: must| would| will| can)(?: have)? (?:be|been|feel|felt)\b/g,
    words: 3,
  },
  { pattern: /\b(?:that|this|it) (?:sounds|seems|looks|sounded|seemed)\b/g, words: 3 },
  {
    pattern:
      /\b(?:that's|that is|that was|this is|this was|this has been|it's been|it has been|what|how)\b/g,
    words: 2,
  },
  { pattern: /\b(?:what an?|such an?)\b/g, words: 2 },
  {
    pattern:
      /\b(?:no wonder|of course|understandably|naturally|rightly|i know|we know|i understand|we understand|i can tell|i can see) (?:you're|you are|you were|you feel|you felt|you'd be|you would be|you've been)\b/g,
    words: 3,
  },
  { pattern: /\b(?:i|we)(?:'d| would) (?:be|feel|have been)\b/g, words: 3 },
  { pattern: /\byou (?:have|had) every (?:right|reason) to (?:be|feel)\b/g, words: 3 },
  {
    pattern:
      /\b(?:you(?:'ve| have) had|you had|you're having|you are having|you've been through|you went through|you've been)\b/g,
    words: 4,
  },
  {
    pattern:
      /\b(?:sorry|apologi[sz]e|apologies)(?: for| about)(?: the| this| that| your| such an?| all the)\b/g,
    words: 2,
  },
];

/** "…and no reply to your email isn't good enough": the issue judged as the customer would; not "your language isn't acceptable", "it isn't fair to other guests". */
const NOT_GOOD_ENOUGH = String.raw`(?<!\b(?:you|your (?:[\w-]+ )?(?:review|comments?|post|language|behaviou?r|tone|claims?|rating|message|words|attitude))(?: [\w'-]+){0,3} )(?:isn't|wasn't|aren't|weren't|is not|was not|are not|were not|(?<=\w)'s not)(?: really| just| simply| remotely)? (?:ok|okay|good enough|acceptable|right|fair)\b(?! (?:to|on (?:other|our|the)|for (?:other|our|the))\b)`;

/** "That's on us", "that was our fault", "we let you down": owning what happened to them (not "it's on us", a gift). */
const ON_US = String.raw`\b(?:(?:that|this)(?:'s| is| was)|that one(?:'s| is| was)) (?:all |entirely |completely |squarely )?(?:on us|on me|our (?:fault|mistake|doing)|my (?:fault|mistake))\b|\b(?:we|i) (?:really )?(?:let (?:you|your \w+|him|her|them) down|dropped the ball|fell short|got (?:this|that|it) wrong)\b`;

/** "That's not the birthday lunch your dad deserved", "your dad's 70th deserved a hot dinner". */
const NOT_WHAT_THEY_DESERVED = String.raw`\bnot (?:the|an?) (?:[\w'-]+ ){1,3}(?:(?:you|your(?: [\w'-]+){1,3}|he|she|they|anyone|any of you|both of you|the two of you)(?:'d| had| would have)? )?(?:deserve|deserved|expected|wanted|hoped for|had in mind)\b|\b(?:you|your(?: [\w'-]+){1,3}|he|she|they|both of you|the two of you) deserved? (?:better|more|(?:a|an|the|to) [\w'-]+)`;

/** Whole phrases that acknowledge the experience without needing a feeling word. */
export const ACKNOWLEDGEMENTS = new RegExp(
  String.raw`\b(?:the |just the |about the |literally the )?worst (?:possible )?(?:day|time|moment|week|night|morning|evening|weekend) for (?:this|that|it)(?: to (?:happen|go wrong))?\b|\bnot (?:the|an) (?:experience|service|standard|welcome|journey|stay|evening|start)(?: (?:we|you|anyone))? (?:want|wanted|expect|expected|deserve|deserved|aim|strive|should)\b|\byou deserved? (?:better|more)\b|\bnot what you (?:expected|deserve|deserved|should (?:have )?(?:expect|had|got))\b|\b(?:that|this)(?:'s| is| was)(?: really| just| simply| certainly| definitely)? not (?:ok|okay|good enough|acceptable|right|fair)\b|\b(?:i|we) hate (?:that|to hear|hearing)\b|\b(?:that|this) (?:isn't|wasn't) (?:ok|okay|good enough|acceptable|right|fair)\b|\b(?:i|we) hear you\b|\b(?:completely|totally|entirely|perfectly) (?:understandable|fair|reasonable)\b|\b(?:it's|it is|that's|that is) (?:completely |totally |entirely |perfectly )?understandable (?:that|to|you|why)\b|\bhow (?:important|much) (?:this|that|it|your|the)\b[^.!?\n]{0,40}\b(?:is|was|means|meant|matters|mattered)\b|\bin your (?:shoes|position)\b|${NOT_GOOD_ENOUGH}|${ON_US}|${NOT_WHAT_THEY_DESERVED}`,
  'g',
);

const FEELING_NOUN = String.raw`(?:(?:your|the) (?:frustration|concerns?|disappointment|annoyance|anger|upset|worry|worries|feelings?)|how you (?:feel|felt|must feel|must be feeling))`;

/**
 * Platitudes that acknowledge nothing in particular: "I understand", "I understand your
 * frustration". Group 1 is set when the platitude names a feeling, which together with the issue
 * ("…your frustration with the late parcel") makes a real acknowledgement.
 */
export const GENERIC = new RegExp(
  String.raw`\b(?:i|we)${ADVERBS} (?:(?:understand|appreciate|hear|get|recognise|recognize|acknowledge|share) (${FEELING_NOUN})|understand(?: (?:that|this|completely|where you're coming from))?|get (?:it|that)|see (?:your point|where you're coming from))\b`,
  'g',
);

/** What names the issue after a platitude: "…with the late parcel", "…about the charge". */
export const NAMES_THE_ISSUE =
  /^\s*(?:with|about|over|at|regarding|around|when|after|that|because|as|since|-|,)\s*(?:the|your|this|that|a|an|having|waiting|being|it|you|how|our)\b\s+\S+/;
