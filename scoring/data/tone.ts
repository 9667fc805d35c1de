/**
 * Words that describe what went wrong or how it felt. The sentiment lexicon scores them negative,
 * but a reply must be able to name the issue ("your parcel was lost", "I know it's frustrating")
 * without sounding hostile, so tone checks treat them as neutral.
 */
export const ISSUE_WORDS: ReadonlySet<string> = new Set(
  `sorry apologise apologize apologies apology regret unfortunately sadly afraid
  issue issues problem problems inconvenience trouble hassle mess mistake mistakes
  error errors fault faulty fail failed fails failure failing broken break breaks
  lost lose losing missing miss missed damaged damage damages delay delayed delays late
  cancelled canceled cancel charged overcharged crash crashed outage down stuck unable
  wrong bad badly worse worst poor terrible terribly awful horrible unacceptable disappointing
  frustrating frustrated frustration annoying annoyed upset upsetting angry anger furious irate
  disappointed disappointment stress stressed stressful worry worried worries worrying concern
  concerned concerns complaint complain hard difficult pain painful hurt sad unhappy
  unfair embarrassing no not never bother bothered confused confusing shame rude
  irritated irritating died dead dying defect defective defects crisis warning warnings
  loss losses victim victims fraud fraudulent frightening terrified heartbroken heartbreaking
  desperate miserable dire panic withdrawal misleading stolen hacked blocked declined denied
  cheated scammed scam disgusted outraged horrified humiliated betrayed`.split(/\s+/),
);

/**
 * Feeling words that the sentiment lexicon does not know or scores weakly; an acknowledgement
 * names one of these (or any strongly negative word that is not an issue word).
 */
export const FEELING_WORDS =
  /^(?:frustrat\w*|annoy\w*|upset\w*|stress\w*|disappoint\w*|worr\w*|infuriat\w*|madden\w*|exhaust\w*|confus\w*|inconvenien\w*|awful|horrible|terrible|unacceptable|scary|frightening|distress\w*|hard|difficult|tough|exasperat\w*|irritat\w*|aggravat\w*|painful|embarrass\w*|anxious|angry|furious|gutted|unsettling|draining|hassle|nightmare|rubbish|disheartening|heartbreaking|unfair|concerning|alarming|unpleasant|stressful|tiring|tiresome|pain)$/;

const INSULT = String.raw`(?:idiot(?:ic|s)?|stupid|dumb|moron(?:ic|s)?|clueless|ignorant|pathetic|ridiculous|absurd|lazy|liars?|whin(?:er|ers|ing|y)|entitled|rude|crazy|insane|nuts|childish|immature|trolls?|haters?|losers?|jerks?|annoying|unreasonable|hysterical|delusional|paranoid|demanding|selfish|difficult|impossible|a joke|a nuisance|a pain|the problem|laughable|pitiful|useless|incompetent|dense|thick|slow|naive|gullible|cheap|a karen)`;

/** An insult word used about something else: "you were difficult to reach". */
const NOT_ABOUT_YOU = String.raw`(?! (?:to|for|with) \w)`;

/**
 * Insults aimed at the customer: "you're being unreasonable", "your complaint is ridiculous",
 * "what an idiot". Words aimed at the brand ("our stupid mistake") are not matched.
 */
export const INSULTS: readonly RegExp[] = [
  new RegExp(
    String.raw`\byou(?:'re| are| were| sound| seem| look| must be| act| are acting|'re acting)?(?: being)?(?: (?:so|really|just|such|clearly|obviously|quite|very|a bit|a little|totally|completely|simply|being))* (?:an? )?(?:\w+ and (?:an? )?)?${INSULT}\b${NOT_ABOUT_YOU}`,
    'g',
  ),
  new RegExp(
    String.raw`\byour (?:\w+ )?(?:complaint|post|review|comment|attitude|tone|behaviou?r|question|request|demand|claim|rant|message|tweet|logic|argument|expectations?)s? (?:is|are|was|were|sounds?|seems?) (?:(?:so|really|just|frankly|quite|very|totally|completely|simply|honestly) )*(?:${INSULT}|nonsense|rubbish|garbage|unfounded|pointless|silly)\b`,
    'g',
  ),
  new RegExp(
    String.raw`\b(?:what an?|such an?|you) (?:\w+ )?(?:idiot|moron|loser|jerk|troll|liar|whiner|clown|fool|karen)\b|\b(?:customers|people) like you\b`,
    'g',
  ),
];

/** Hostile commands and brush-offs: "shut up", "get over it", "take your business elsewhere". */
export const HOSTILE =
  /\b(?:shut up|get lost|go away|grow up|get a life|get over it|deal with it|suck it up|take it or leave it|cry me a river|cry about it|(?:stop|quit) (?:whining|complaining|crying|moaning|whinging|spamming)|learn to read|nobody (?:cares|asked)|no one (?:cares|asked)|who cares|(?:we|i) (?:don't|do not|couldn't|could not) care(?: less)?|(?:take|go take) your (?:business|custom|money) elsewhere|(?:feel free to|you're free to|you are free to|you can always) (?:shop|go|buy|take your business) elsewhere|nobody is forcing you|no one is forcing you|bye,? felicia|not our problem|your problem,? not ours|haters gonna hate|do your (?:own )?research|google it|read the (?:manual|instructions) next time)(?!\w)/g;

/** Sarcasm and passive aggression: "yeah right", "good luck with that", "with all due respect". */
export const SARCASM =
  /\b(?:yeah,? right(?=[.!?]|$)|(?<![\w']\s)(?<![\w'])sure,? you (?:did|were|are)|good luck with that|nice try|if you say so|whatever you say|cool story(?:,? bro)?|news ?flash|who knew\?|bless your (?:heart|soul)|congrat(?:ulation)?s on (?:finally|figuring|working|reading|noticing)|thanks for nothing|thanks a lot for nothing|how (?:nice|lovely|kind|thoughtful) of you to (?:finally|decide|grace|let)|clearly you (?:didn't|did not|don't|haven't|can't)|obviously you (?:didn't|did not|don't|haven't|can't)|you must be (?:a genius|so smart|very proud)|genius move|it's not rocket science|what a surprise|big surprise|imagine that(?=[.!])|slow clap|sorry,? not sorry|oh,? really\?|with all due respect|no offen[cs]e,? but|shocking,? i know|must be nice)(?!\w)|(?:^|\s)\/s(?!\w)/g;

/** Capitalised words that are names or acronyms, not shouting. */
export const ACRONYMS: ReadonlySet<string> = new Set(
  `ASAP FAQ FAQS DM DMS PM AM ETA ID PIN OK TV UK US USA EU UN UPS DHL USPS FEDEX DPD NHS HMRC
  IKEA LEGO ASOS NASA BBC CEO HR IT URL PDF SMS GPS APP ATM VAT GBP USD EUR CET GMT UTC EST PST
  BST WIFI HDMI USB QR NFC RSVP PS NB FYI TBC TBD MD CS VIP XL XXL UPDATE NOTICE URGENT
  IMPORTANT RESOLVED FIXED EDIT`.split(/\s+/),
);

/** Arguing back: "for your information", "prove it", "did you even read…" (troll threads, 003 §7). */
export const ARGUMENT =
  /(?:^|[.!?]\s+|\n)actually,|\b(?:for your information|fyi|(?:let's|let us) get the facts straight|get your facts (?:straight|right)|for the record|to set the record straight|that's a lie|that is a lie|prove it|where(?:'s| is) (?:your|the) (?:proof|evidence)|show (?:us|me) (?:the|your|some) (?:proof|evidence)|(?:we|i) never said|nobody said|no one said|you clearly (?:don't|didn't|have|haven't|are|can't)|you obviously|(?:do|did|have|can) you even|educate yourself|you have no idea|you don't know what you're talking about|what are you (?:even )?talking about|we stand by (?:our|what|the)|(?:we're|we are|we will|we won't|we will not|i'm|i won't) not (?:going to )?apologi[sz]e|(?:we|i) (?:won't|will not|refuse to) apologi[sz]e|nothing to apologi[sz]e for|you people|the real (?:problem|issue) (?:is|here is) you|try harder|keep trying)(?!\w)/g;
