const SUBJECT = String.raw`(?:we|i|they|and|but|also|(?:the |our |local )?(?:stores|shops|branches)|our (?:\w+ )?(?:team|agents?|staff|system|store|stores|policy)|the (?:hotel|store|airline|team|app|system))`;
const ADVERB = String.raw`(?:(?:currently|unfortunately|sadly|simply|just|really|still|also|therefore|actually|now|personally|usually|normally|generally|always|officially|afraid|sorry) )?`;
const NOT_ABLE = String.raw`(?:(?:'re|'m|'s| are| am| is|'ll| will| would| be)? ${ADVERB}(?:unable to|not able to|not allowed to|not permitted to|no longer able to|not in a position to)| (?:aren't|isn't|wasn't|weren't) ${ADVERB}able to|(?: ${ADVERB})?(?:can't|cant|cannot|can not|couldn't|could not|won't be able to|will not be able to|wouldn't be able to|would not be able to|don't|do not|doesn't|does not|won't|will not|no longer|have no way to|had no way to))`;
const ACTION = String.raw`(?:re-?)?(?:refund|offer|schedule|repair|fix|help|provide|give|issue|process|accept|extend|change|cancel|confirm|comment|share|make|guarantee|promise|hold|honou?r|reinstate|re-instate|exchange|replace|compensate|assist|support|remove|waive|price[- ]?match|ship|deliver|stock|carry|sell|allow|approve|reverse|transfer|add|open|accommodate|discuss|disclose|reimburse|override|do(?= \w)(?! (?:enough|well|badly|our best|everything|nothing|wrong|right|justice|business|any harm|(?:this|that|it) (?:often|very often|lightly|enough))\b)|take(?= \w)(?! (?:care|part|long|place|time|pride|kindly|notice|note|advantage|the credit|all the credit|a (?:look|moment|second|minute|break|while))\b)(?![^.,;!?\n]*\b(?:lightly|for granted|seriously|personally|to heart)\b)|bake|cater|run|operate|fly|serve|have (?:that|this|the|any|a)(?! (?:control|idea|say|record|reason|doubt)\b)|let|grant|upgrade|credit|book|reserve|arrange|send|release|restore|roll back|downgrade|unlock|reactivate|switch|match(?! (?:up to )?(?:your|the|our|their|his|her|guests'?|all)? ?(?:expectations?|standards?|needs|hopes))|retrieve|return|take back|sponsor|donate|respond|address|troubleshoot|escalate|expedite|prioriti[sz]e|speed up|intervene|step in|get involved|close|contact|pay(?! (?:attention|a visit|tribute))|cover|re-?route|use)`;

/** A clause that says no to what the customer asked for or expects. */
export const REFUSAL_PATTERNS: readonly RegExp[] = [
  // "We won't be refunding this", "we're not going to replace it".
  /\b(?:we|i)(?: won't| will not|'re not|'m not| are not| am not| aren't) (?:be (?:\w+ )?(?:refund|offer|issu|process|accept|extend|chang|cancel|honou?r|replac|compensat|reimburs|exchang|shipp|deliver|stock|carry|sell|provid|giv|reinstat|waiv|upgrad)ing|going to (?:\w+ )?(?:refund|offer|issue|process|accept|extend|change|cancel|honou?r|replace|compensate|reimburse|exchange|ship|deliver|stock|sell|provide|give|reinstate|waive|upgrade))\b/g,
  // "Sorry, no refunds on sale items"; "no refunds have been issued yet" only reports.
  /\bno (?:refunds?|returns?|exchanges?|compensation|cancell?ations?|price[- ]?match(?:ing|es)?|exceptions?|upgrades?)\b(?! (?:have|has|had|were|was|yet)\b)/g,
  new RegExp(String.raw`\b${SUBJECT}${NOT_ABLE} (?:\w+ )?${ACTION}\b`, 'g'),
  new RegExp(
    String.raw`(?<!\b(?:were|was|been|being) )(?<!\b(?:sorry|hear|hearing|read|reading|see|seeing|learn|learning|regret|unfortunate|shame|apologi[sz]e)\b[^.!?\n]{0,30}\b(?:you|you're|they|they're|he|she|your \w+|guests?|customers?|attendees|users|people)\b[^.!?\n]{0,12})\bnot (?:being |yet |currently |always )?able to (?:\w+ )?${ACTION}\b`,
    'g',
  ),
  /\b(?:support|help|assistance) (?:on|over|via|through) (?:social media|twitter|here|this channel)\b[^.!?\n]{0,30}\bonly\b/g,
  /\b(?:(?:is|are|was|were|'s|'re) not|isn't|aren't|wasn't|weren't|cannot be|can't be|can not be|won't be|will not be|could not be|couldn't be) (?:\w+ )?(?:possible|available|supported|eligible|valid|refundable|transferable|an option|offered|permitted|allowed|able to be|re-?instated|refunded|exchanged|returned|changed|extended|cancell?ed|processed|honou?red|accepted|applied|combined|reversed|waived|removed|overturned|lifted|refunded|guaranteed)\b/g,
  /\bno longer (?:supported|available|offered|valid|possible|in stock|sold|stocked|running|operating|active)\b/g,
  // "This item can't be delivered to your area", "the content cannot be transferred": can, not is (a parcel "was not delivered" only reports).
  /\b(?:cannot|can't|can not|won't|will not) be (?:\w+ )?(?:delivered|shipped|sent|used|transferred|reserved|issued|added|merged|recovered|restored|booked|moved|released|granted|guaranteed|upgraded|removed|waived|done (?:online|here|over)|made (?:online|here|over))\b|\b(?<!\bif )(?:not|never) possible\b|\b(?:that|this|it)(?:'s| is| was) (?:the |our )?only (?:way|option|choice|alternative)\b(?=\s*(?:[,.!;\n]|$|sorry|i'm afraid|unfortunately))/g,
  /\b(?:there (?:is|'s|isn't|is not) (?:no|not a|not any) way|there isn't a way|there is no option|no way (?:for us|to))\b|\bthere(?: is|'s|isn't| is not) (?:currently )?(?:no|not an?|not any) (?:feature|facility|setting|function|provision|option) (?:to|for|that)\b/g,
  // "Route change is strictly not allowed", "it may not be possible", "changes were not feasible".
  /\b(?:(?:is|are|was|were|'s|'re) (?:strictly|absolutely|currently|unfortunately|sadly|simply|just|still) not|(?:is|are|was|were) not|(?:isn't|aren't|wasn't|weren't)) (?:possible|available|allowed|permitted|supported|feasible|an option)\b|\b(?:may|might) not be possible\b/g,
  // "Hi, changes not allowed once checked in": the verb dropped after the subject.
  /(?<=(?:^|[,;:.!?\n])\s*(?:(?:hi|hello|sorry|unfortunately|sadly)[,!]?\s+)?(?:[\w-]+ ){1,3})not (?:allowed|permitted|possible)\b/g,
  // "We don't have an estimate yet", "we don't currently have a timeline": no answer to when.
  /\b(?:we|i) (?:don't|do not|currently don't|can't|cannot|cant)(?: currently| yet)? have (?:an?|any|the|that|this|more|further)(?: [\w-]+)? (?:estimate|estimated [\w-]+|timeline|timescale|eta|timeframe|time ?frame|date|release date|update|updates|news|info|information|details)\b/g,
  // "Sorry to disappoint you", "I'm afraid not", "unfortunately not.".
  /\b(?:sorry|hate|sad|regret) to disappoint\b|\b(?:i'm|i am|we're|we are) afraid not\b|(?<=(?:^|[,;:.!?\n])\s*)(?:unfortunately|sadly),? not(?=\s*(?:[.!,;]|$))/g,
  // "We really can't do much about the smell": little the brand can do.
  /\b(?:we|i)(?: really| honestly| unfortunately| sadly)? (?:can't|cannot|cant|can not) do (?:much|a lot|more|anything more|very much)\b/g,
  // "The subscription is not administered by us": someone else decides.
  /\bnot (?:administered|handled|managed|controlled|processed|operated|issued|sold|run) by us\b/g,
  // "Unfortunately, you can not do that": the customer told they can't.
  /\b(?:unfortunately|sadly|i'm afraid|i am afraid|sorry),?(?: but)? you (?:can't|cannot|cant|can not|won't be able to|will not be able to|are unable to|aren't able to|are not able to)\b/g,
  // "Unfortunately, this must be done at the airport": a rule in place of what they asked.
  /\b(?:unfortunately|i'm afraid|i am afraid|sadly),? (?:[\w'-]+ ){1,8}?(?:must|has to|have to|needs to|need to|can only|may only) be (?:[\w-]+ed|done|made|paid|given|sent|seen|shown|bought)\b/g,
  // "As we move on, we must, unfortunately, retire support for older versions".
  /\b(?:unfortunately|sadly),? (?:we|i) (?:must|have to|had to|need to|will have to|'ll have to) (?:retire|discontinue|end|stop|withdraw|remove|decline|charge)\b|\b(?:we|i) (?:must|have to|had to|need to|will have to|'ll have to),? (?:unfortunately|sadly),? (?:retire|discontinue|end|stop|withdraw|remove|decline|charge)\b/g,
  // "We only allow registered guests in the rooms", "we had no room to offer that day".
  /\b(?:we|they|the hotel|hotel|policy)(?: do| does)? (?:only (?:allow|permit|accept)|(?:allow|permit|accept)s? only)\b|\b(?:we|i) (?:had|have) no (?:[\w-]+ )?(?:rooms?|availability|tables?|seats?|space|stock|slots?) (?:to offer|available|left|free)\b/g,
  /\b(?:there (?:is|'s|isn't|is not) (?:no|not a|not any) way|there isn't (?:a|any) way|there (?:would|will|may|might)(?: not|n't) be (?:a|any) way|there is no option|no way (?:for us|to))\b/g,
  /\b(?:your|the) (?:claim|request|application|refund|appeal|complaint) (?:was|has been|is|have been) (?:declined|denied|rejected|refused|turned down)\b/g,
  // "We don't have access to their tracer": what the customer needs is out of reach.
  /\b(?:we|i) (?:don't|do not|no longer) have access to\b/g,
  /\b(?:we|i) (?:must|have to|need to|will have to|'ll have to|regret to|are sorry to) (?:decline|refuse|deny|reject)\b|\b(?:we|i) (?:decline|refuse)\b/g,
  /\b(?:(?:you|this|it|that|they)(?: are|'re| is|'s)? not eligible|(?:does|do) not qualify|doesn't qualify|don't qualify)\b/g,
  /\b(?:we|i) (?:don't|do not|can't|cannot)(?: currently| yet| actually)? have (?:that |this |the |any |an? |more |further |specific |exact |precise )?(?:(?:[\w-]+ )?(?:information|info|details|option|eta|estimate|timeline|timescale|figures|dates?|update|news|confirmation)|rights)\b|\b(?:don't|do not|no longer) (?:own|hold) (?:the )?(?:[\w-]+ )?rights\b/g,
  /\b(?:(?:it's|it is|this is|that is|that's) only (?:available|valid|offered|open) (?:to|for|on|in)|(?:only|solely) (?:valid|available) (?:to use )?(?:on|for|to|in))\b/g,
  /\byou (?:wouldn't|would not|won't|will not|can't|cannot) (?:get|receive|be (?:entitled|eligible|able to))\b/g,
  /\b(?:(?:is|are) limited to|(?:support|help) (?:on|over|via) (?:social media|twitter|here) is (?:limited|only))\b/g,
  /\b(?:unfortunately|i'm afraid|i am afraid|sadly)[, ]+(?:you (?:will|'ll|would) (?:have|need) to|we(?:'d| would|'ll| will| can| could)? (?:can )?only(?: ever)?)\b/g,
  // "The rooms were sold out", "we were fully booked": a hotel's no to the room or the change asked for.
  /\b(?:the (?:hotel|rooms?|flights?|restaurant|event|show|class|tour)|we|all (?:our|the) rooms|rooms|they) (?:are|were|was|is|'re) (?:completely |fully |already |all )?(?:sold out|fully booked|full(?! of\b)|booked out|over ?booked)\b/g,
  // "Unfortunately, this must be done at the airport": the only way, not the one asked for.
  /\b(?:unfortunately|i'm afraid|i am afraid|sadly),? (?:[\w'-]+ ){1,6}?(?:must|has to|have to|needs? to|can only|will need to|would need to) be (?:done|made|completed|collected|processed|booked|bought|purchased|requested|submitted|paid|picked up|returned|handled|arranged)\b/g,
  // "Unfortunately, we don't track travel funds": regret, then what the brand does not do.
  /(?<=\b(?:unfortunately|i'm afraid|i am afraid|sadly|regrettably),? (?:[\w']+,? ){0,3}?)\b(?:we|i)(?:'re| are|'m| am)? (?:currently |still |simply |just )?(?:don't|do not|can't|cannot|can not|won't|will not|aren't able to|are not able to|unable to|no longer) (?:currently |yet |really |actually )?(?!(?:currently|yet|really|actually|know|think|believe|expect|understand|mean|want|seem|recall|remember|like|agree|usually|normally|always|often|see|find|locate|hear|spot|wait|imagine|reproduce|replicate|detect|identify|pinpoint)\b|have (?:an? |any )?(?:(?:exact|estimated|further|more|firm) )?(?:estimate|eta|update|timeframe|time frame|news|information|info|details)\b)[a-z]{2,}\b/g,
  // "I'm afraid not", "not at this stage sadly", "unfortunately that is the only way", "all we can do is …": a no in so many words.
  /\b(?:(?:i'm|i am) afraid not|sadly not|unfortunately not|regrettably not)\b(?! (?:everyone|everybody|all|every|many|much|only|just|the|a|an|our|your|their|always)\b)|(?<=(?:^|[.!?\n]|@\w+)\s*)not (?:at (?:this|the) (?:stage|time|moment)|right now|currently)(?=,? (?:sadly|unfortunately|i'm afraid|i am afraid)\b)|(?<=\b(?:unfortunately|sadly|i'm afraid|i am afraid),? )(?:that|this|it)(?:'s| is) the only (?:way|option)\b|\ball (?:we|i) (?:can|could|are able to) (?:do|offer)(?: (?:in your case|for you|here|now))? is\b/g,
  // "I'm afraid this isn't something we can do", "a copy won't suffice", "we must retire support for older versions".
  /\b(?:isn't|is not|wasn't|was not) something (?:we|i) (?:can|could|are able to|'re able to) (?:do|offer|help with|provide|change|arrange)\b|\b(?:won't|will not|wouldn't|would not) (?:suffice|be sufficient|be accepted)\b|\b(?:retire|retiring|discontinue|discontinuing|end|ending|drop|dropping) support for\b/g,
  // "Unfortunately, this must be done at the airport", "unfortunately, you can't do that": the customer's way, closed.
  /(?<=\b(?:unfortunately|sadly|i'm afraid|i am afraid),? )(?:this|it|that|these|they) (?:must|has to|have to|can only|will need to|needs to|need to) be\b|(?<=\b(?:unfortunately|sadly|i'm afraid|i am afraid),? )you (?:can't|cannot|can not|won't be able to|are not able to|aren't able to) (?!(?:miss|go wrong|beat|wait)\b)[a-z]+\b/g,
  // "The subscription is not administered by us": someone else holds what the customer asks for.
  /\b(?:is|are) not (?:administered|managed|handled|controlled|processed|sold|issued|operated|run) by us\b/g,
  // "Unfortunately, once a challenge is activated the timer starts": a rule that has already applied.
  /\b(?:unfortunately|i'm afraid|i am afraid|sadly),? once (?:[\w'-]+ ){1,6}?(?:is|are|has been|have been|was|were) (?:[\w-]+ed|paid|made|done|sent|shown|given|won|begun|run)\b/g,
  // "We don't have access to their tracer": what the customer asks for is out of the brand's reach.
  /\b(?:we|i)(?: currently| simply| unfortunately)? (?:don't|do not|no longer) have (?:any )?access to\b/g,
  // "It does not appear that the store stocks frozen peas", "it doesn't look like we have any left".
  /\b(?:doesn't|does not|don't|do not) (?:appear|seem|look like)(?: that)? (?:we|they|it|(?:the|this|that|your|our) (?:local )?(?:store|shop|branch|hotel|restaurant|site|location))(?: currently| still)? (?:stocks?|sells?|carry|carries|offers?|serves?|has|have)\b/g,
  // "The rooms were sold out", "we had no room to offer": nothing left to give the customer.
  /\b(?:we|(?:the|our|all|all the|all our) (?:[\w-]+ )?(?:rooms?|flights?|tickets?|seats?|tables?|hotel|property))(?: (?:are|were|was|is|had been|have been|'re|got))? (?:completely |fully |already |totally )?(?:sold out|fully booked)\b|\b(?:we|i) (?:had|have|'d|'ve) no (?:rooms?|seats?|tables?|availability|space|spaces|stock)\b(?! (?:issues?|problems?|complaints?)\b)|\bno rooms? (?:was |were )?(?:available|free|left)\b/g,
  // "Unfortunately, the credit is added once the flights are flown": bad news bound to a rule the customer has not met.
  /\b(?:unfortunately|i'm afraid|i am afraid|sadly),? (?:[\w'-]+ ){1,10}?(?:is|are|can be|can only be|will be|will only be|gets?|only) (?:(?:only|just|automatically|always) )?(?:[\w-]+ed|paid|given|made|done|shown|sent|won|earned|applied|available) (?:(?:\w+ ){0,4})?(?:once|only (?:once|when|after|if)|after|until|unless)\b/g,
  // "We can't access your account via Twitter", "we are unable to assist through this forum": the channel says no.
  /\b(?:unable to|not able to|can't|cannot|can not|(?:don't|do not) have access to)(?: (?:currently|really|actually))? (?:access|see|view|discuss|handle|assist(?: further)?|help(?: further)?|look into|deal with|action|process|change|close|cancel|refund|affect|service|locate|pull up|check|review|comment on|address)\b(?: [\w'-]+){0,5}? (?:via|on|over|through|in|from) (?:twitter|social media|social|facebook|instagram|this (?:channel|platform|forum|thread|page)|public)\b|\b(?:we|i)(?: don't| do not)(?: currently)? have access to(?: [\w'-]+){0,5}? (?:via|on|over|through|in|from) (?:twitter|social media|social|facebook|instagram|this (?:channel|platform|forum|thread|page)|public)\b/g,
  /\b(?:we|i|but)(?: (?:can't|cant|cannot|can not|are unable to|'re unable to|am unable to|'m unable to|are not able to|'re not able to|unable to)(?: (?:currently|really|actually))? (?:access|see|view|discuss|handle|assist(?: further)?|help(?: further)?|look into|deal with|action|process|change|close|cancel|refund|[a-z]+(?: or [a-z]+)?(?= (?:[\w/-]+ ){0,4}?(?:via|over|through) ))|(?: don't| do not)(?: currently)? have access to)(?: (?:[\w/-]+ ){0,4}?)(?:via|on|over|through|in|from) (?:twitter|social media|social|facebook|instagram|this (?:channel|platform|forum|thread|page)|here|public)\b/g,
  // "Hi Paul, are unable to transfer stock": the subject dropped at the start of a clause.
  new RegExp(
    String.raw`(?<=(?:^|[,;:.!?\n])\s*)(?:(?:are|am) )?(?:(?:currently|unfortunately|sadly) )?(?:unable to|not able to) (?:\w+ )?${ACTION}\b|\bbut (?:(?:are|am) )?(?:(?:currently|unfortunately|sadly|still) )?(?:unable to|not able to|can't|cant|cannot) (?:\w+ )?${ACTION}\b`,
    'g',
  ),
  // "The charge stands", "our decision is final": a charge or decision kept against the customer.
  /\b(?:the|this|that|your|our|my|these|those) (?:[\w-]+ )?(?:charges?|fees?|fines?|penalty|penalties|decision|surcharges?|ban|suspension|cancell?ation|fare difference)(?: (?:still|will|must|has to|have to))? (?:stands?|remains? in place|(?:is|are|remains?) (?:final|non-negotiable|correct|valid))\b/g,
  // "To qualify for a refund you would have to cancel within a day": a rule the customer did not meet.
  /\byou (?:would|'d) (?:have|need) to\b(?<=\bto (?:qualify|be eligible) for\b[^.!?\n]{0,60}?,? you (?:would|'d) (?:have|need) to)|\byou (?:would|'d) have (?:had|needed) to\b/g,
];

/**
 * "Unfortunately, we cannot use it as a trade-in", "sorry, we don't track travel funds": after
 * regret, any "we can't / we don't" declines. The verbs that only think, feel or know are left out.
 */
export const REGRETFUL_NO =
  /\b(?:unfortunately|sadly|regrettably|i'm afraid|i am afraid|we're afraid|we are afraid|sorry,? but)\b(?=[^.!?\n]{0,40}?\b(?:we|i) (?:really |currently |simply |just |still )?(?:can't|cant|cannot|can not|are unable to|am unable to|'re unable to|'m unable to|aren't able to|are not able to|don't|do not) [a-z])(?:[^.!?\n]{0,40}?)\b(?:we|i) (?:really |currently |simply |just |still )?(?:can't|cant|cannot|can not|are unable to|am unable to|'re unable to|'m unable to|aren't able to|are not able to|don't|do not) (?!(?:\w+ly )?(?:know|understand|think|see|reproduce|replicate|recreate|want|like|mean|agree|believe|usually|normally|often|always|need|have to|seem|find|wait|stress|imagine|tell you how|hesitate|worry|thank|apologi[sz]e|expect|recall|recognise|recognize|remember)\b)[a-z]+\b/g;

/**
 * "G Suite accounts can only sign up for single plans", "bags are only checked to the end of each
 * ticket": a restriction that answers no, when the customer asked for something.
 */
export const RESTRICTION_ANSWER =
  /(?<!\b(?:that|which|who) )\b(?:can|may) only (?!(?:imagine|apologi[sz]e|hope|thank|say|assume|guess|speculate|wish|try|do (?:so|our)|be (?:grateful|thankful|sorry)|request|ask|suggest|recommend|advise|urge|encourage|assure|promise|offer|invite)\b)[a-z]+|(?<!\b(?:that|which|who) )\b(?:is|are) only (?:[\w-]+ed|available|valid|possible|offered|open)\b/g;

/** "How can we help?", "how could we make it right?": an offer, not a rhetorical no. */
const NOT_HELPING = String.raw`(?!\s(?:help|assist|support|make (?:it|this|things|that) (?:right|up)|make amends|improve|fix|resolve|sort|put|do better|be of)\b)`;

/**
 * Rhetorical questions that say no: "When the flight is full, how can we add a seat?". They are
 * refusals although they are questions and follow a condition.
 */
export const RHETORICAL_REFUSALS: readonly RegExp[] = [
  new RegExp(
    String.raw`\bhow(?<=\b(?:when|if|since)\b(?! (?:you(?:'d| would)? (?:like|want|wish|prefer)|possible|so|needed|that's (?:ok|okay|alright))\b)[^.!?\n]{3,80}?,?\show) (?:can|could) (?:we|i)(?:\s(?:possibly|ever))?${NOT_HELPING}\s(?:\w+\s)?${ACTION}\b|\bhow (?:can|could) (?:we|i) possibly${NOT_HELPING} (?:\w+ )?${ACTION}\b`,
    'g',
  ),
];

/** Refusals that hide behind the agent's lack of power: kryptonite (003 §11). */
export const KRYPTONITE_PATTERNS: readonly RegExp[] = [
  /\b(?:i'm|i am|we're|we are) not (?:authori[sz]ed|allowed|permitted)(?: to)?\b/g,
  /\b(?:it's|it is|that's|that is) not up to (?:me|us)\b/g,
  /\b(?:we|i) (?:can't|cannot|can not) do (?:that|this|anything)\b/g,
  /\bnothing (?:more )?(?:we|i) can do\b|\bthere(?:'s| is) nothing (?:more )?(?:we|i) can do\b/g,
  /\bout of (?:our|my) hands\b|\bnot (?:my|our) (?:decision|call|department|problem)\b/g,
  /\b(?:policy is policy|rules are rules)\b/g,
];

/** Emphatic or perceptual "can't" ("we can't wait", "can't find") and advice ("but don't take our word for it") that refuse nothing. */
export const NOT_A_REFUSAL =
  /\b(?:deliver|provide|give|offer|serve|meet|match|live up)(?: [\w-]+){0,3} (?:on time|our best|the best|up to|to (?:your|the|our) (?:satisfaction|expectations?|standards?)|as promised|as expected)\b|\b(?:and|but|also|so|just|please) (?:don't|do not) (?:do|take|worry|hesitate|forget|miss|throw|use|open|plug|share|post|send)\b|\b(?:can't|cannot|can not|couldn't|could not|don't|do not) (?:wait|thank|apologi[sz]e|stress|imagine|believe|tell you how|help but|seem to|see|find|locate|access(?! (?:\w+ ){0,4}?(?:via|on|over|through|in|from) (?:twitter|social|facebook|instagram|this|here|public))|hear|view|reach|hesitate|worry|want)\b/g;

/** "We don't serve lobster": what the brand does not do or have, a refusal only when the customer asked for it. */
export const AVAILABILITY_STATEMENT =
  /\b(?:don't|do not|doesn't|does not|never) (?:serve|stock|sell|carry|offer|make|bake|have|cook|run|fly|operate|do)\b/;

/** A customer post that asks for or expects something: a question, a request, a wish. */
export const CUSTOMER_ASKS =
  /\?|\b(?:can|could|would|will|do|does|did) (?:you|u|ya|they|i|we)\b|\b(?:please|pls|plz|want|wanted|wants|would like|i'd like|we'd like|looking for|hoping|wish|need|needed|bring (?:it |them )?back|for me|any chance|any updates?|any news|why|how come|where|when will|request|requested|asked|expect|expected|supposed to|should (?:have|come|include|contain)|promised|missing|refund|compensat\w*|no (?:\w+ ){0,2}(?:available|in stock|left|on the menu)|out of stock|sold out|(?:can't|cannot|couldn't|could not) (?:find|get|buy|order|book))\b/;

/** Reasons: a cause or a stated rule. */
export const REASON_PATTERNS: readonly RegExp[] = [
  /\b(?:because|since|due to|owing to|as a result of|the reason (?:is|being)|this is because|that's because|(?<!\b(?:soon|long|far|much|well|same|just) )as (?:it|they|this|that|these|those|we|you)(?: (?:is|are|was|were|has|have|had|would|will|do|don't|did|didn't|can't|cannot)|'s|'re|'ve|'d|'ll)|(?<!\b(?:soon|long|far|much|well|same|just) )as (?:the|our|your|these|those|a|an|this|that) (?:(?!(?:we|i|you|they|he|she)\b)[\w-]+ ){1,3}?(?:is|are|was|were|has|have|had|isn't|aren't|wasn't|weren't|hasn't|haven't|can|can't|cannot|must|will|won't|may|needs|requires)|(?<!\b(?:soon|long|far|much|well|same|just) )as (?:any|every|each|all) (?:[\w-]+ ){1,5}?(?:is|are|was|were|has|have|had|isn't|aren't|wasn't|weren't|hasn't|haven't|can't|cannot|must|will|would|(?!(?:is|was|has|this|thanks|days|hours|weeks|months|years|times|items|orders|customers|guests|others|us|yours|ours|plus|less|unless|always|perhaps|as|its|his|hers|theirs)\b)[a-z]{2,}[^s\W]?s))\b/g,
  // "The cake is made to order, so we can't take it back", "that's why we can't": a reason given first.
  /\b(?:that's|that is|this is|which is) why\b|\bfor (?:this|that) reason\b|\bso(?<=[\w)],? so)(?= (?:we|i)(?: unfortunately| sadly| currently)?(?: can't| cannot| can not| are unable| aren't able| won't be able| are not able| don't| do not)\b)/g,
  /\bfor (?:security|privacy|safety|legal|hygiene|health|data protection|regulatory|compliance|operational) (?:reasons|purposes)\b/g,
  // "It is not administered by us": someone else holds it.
  /\b(?:is|are) not (?:administered|managed|handled|controlled|processed|sold|issued|operated|run) by us\b/g,
  // "We don't have access to their tracer": out of the brand's reach.
  /\b(?:(?:don't|do not|doesn't|does not) have|have no|has no) access to\b/g,
  // "We cannot close the account until you are 18": an age rule.
  /\b(?:until|unless|once|before) (?:you(?:'re| are| turn| have turned)|the (?:account )?holder is) (?:at least |over )?(?:1[6-9]|2[01]|of age)\b/g,
  // "We can't access your account via Twitter": the public channel is the reason.
  /\b(?:access(?: to)?|assist(?: further)?|help(?: further)?|discuss|see|view|handle|deal with|look into|action|process|change|close|cancel|refund|affect|service|locate|pull up|check|review|comment on|address) (?:(?:[\w'-]+ ){0,5}?)(?:via|on|over|through|in) (?:twitter|social media|facebook|instagram|this (?:channel|platform|forum|thread|page)|public)\b/g,
  /\b(?:access(?: to)?|assist(?: further)?|help(?: further)?|discuss|see|view|handle|deal with|look into|action|process|change|close|cancel|refund) (?:(?:\w+ ){0,4}?)(?:via|on|over|through|in) (?:twitter|social media|facebook|instagram|this (?:channel|platform|forum|thread|page)|public)\b/g,
  // "We are unable to reset or unlock your card via Twitter": whatever the verb, the channel is the reason.
  /(?<=\b(?:can't|cant|cannot|can not|unable to|not able to|don't have access to|do not have access to)\b[^.!?\n]{0,60})\b(?:via|over|through|on) (?:twitter|social media|facebook|instagram|this (?:channel|platform|forum|thread))\b/g,
  // "for their safety", "for our guests' privacy", "for safety's sake", "to protect their privacy".
  /\bfor the sake of (?!it\b|argument\b)[\w-]+\b|\bfor (?:safety|privacy|security|confidentiality|their|your|his|her|everyone's|(?!goodness|heaven|god|pete|christ|old times)[\w-]+(?:'s|s'|')) (?:own )?sake\b|\bfor (?:(?:(?:(?:their|your|his|her|our|its|everyone's|everybody's|the)(?: [\w-]+(?:'s|s'|')?)?|[\w-]+(?:'s|s'|')) )?(?:own )?)(?:safety|privacy|security|protection|wellbeing|well-being|confidentiality)\b|\bto (?:protect|respect|keep|safeguard) (?:their|your|his|her|our|everyone's|the|(?:[\w-]+(?:'s|s'|') )?)(?: [\w-]+)?(?: own)? ?(?:privacy|safety|security|data|details|information|identity|identities)\b|\bto keep (?:them|everyone|you|staff|colleagues|our (?:staff|colleagues|team|guests|customers)) safe\b/g,
  /\b(?:our|the|company|store|hotel|airline|refund|return|returns) (?:policy|policies|rules?|terms|regulations?|guidelines|law)\b|\b(?:by law|legally|regulations?)\b/g,
  /\b(?:final sale|non-refundable|nonrefundable|past the|outside (?:the|our)|within \d+ days|after \d+ days|(?:has|have) (?:already )?(?:expired|closed|departed|shipped)|is (?:closed|fully booked|sold out)|sold out|already (?:been )?(?:compensated|refunded|shipped|processed)|(?:is|are) (?:limited to|only (?:available|valid)))\b/g,
  /\b(?:(?:a|the) \w+ (?:that|which) you (?:will|have|did|already))\b/g,
  // A rule: "once checked in", "the offer applies to new customers only", "one of our requirements",
  // "we don't have the streaming rights", "not administered by us", "as we were full".
  /(?<=\b(?:not|no longer|only|can't|cannot|unable to)\b[^.!?\n,;]{0,40})\bonce (?:you(?:'ve|'re| have| are)?|it(?:'s| is| has)|they(?:'re| are| have)|the|your|a|an|checked|booked|paid|issued|activated|confirmed|flown|used|opened|dispatched|shipped)\b|\b(?:applies|apply|applicable|valid|available|open|eligible|reserved)(?: only)? (?:to|for|through|on|via) (?:[\w-]+ ){0,5}?only\b|\b(?:only|solely) (?:applies|apply|applicable|valid|available|reserved)\b|\b(?:requirements?|criteria|eligibility|terms and conditions|terms & conditions|conditions of (?:carriage|sale|use))\b|\b(?:don't|do not|doesn't|does not)(?: currently)? (?:have|hold|own) (?:the )?(?:[\w-]+ )?(?:rights|licen[cs]es?)\b|\blicen[cs]ing\b|\bnot (?:administered|handled|managed|controlled|processed|operated|issued|sold|run) by us\b|\b(?:we were|we are|we're|the hotel (?:was|is)|it was|they were) (?:completely |fully |already )?(?:full|fully booked|sold out|over ?booked)\b|\bover ?booked\b|\bprior (?:reservations?|bookings?|commitments?)\b|\b\d+[- ]days? (?:wait|period|limit|window|rule)\b/g,
];

/** Alternatives: what the brand can do instead. */
export const ALTERNATIVE_PATTERNS: readonly RegExp[] = [
  /\b(?:alternatively|what (?:we|i) can do|here's what|the good news|in the meantime|meanwhile|instead(?! of))\b[^.!?\n]{0,80}\b(?:we|i|you|our|the|please|happy|glad|can|could|would|will|'ll|offer|try|visit|contact|dm|email|call|swap|exchange|credit|voucher|check)\b/g,
  // "but we'd be glad to swap it", "however, our gate team can help": the brand's offer after the no;
  // not "but if you need …", "but when you came …", "but you or your agent …".
  /\b(?:but|however|though)\b(?!,? (?:(?:we|i)(?:'d| would) like to|(?:we|i) (?:want|wish) to|(?:let|allow) (?:us|me) to) (?:make|clarify|point|state|mention|add|inform|correct|explain|set)\b)(?!,? (?:if|when)\b(?! you(?:'d| would)?(?: like to)? (?:reach|dm|contact|message|email|call|send|get in touch|visit|head|go)\b))(?!,? (?:as|since|again|because|unfortunately|sadly)\b)[^.!?\n]{0,80}?\b(?:(?:we|i)(?:'ll|'d| will| would| can| could)\b(?!'t| not\b)(?: be (?:happy|glad|delighted))?|(?:we|i)(?: are| am|'re|'m| have| do| did)?(?: (?:still|also|always|gladly|happily|certainly|definitely|now))? (?:be )?(?:happy|glad|delighted|promise|assure|offer|provide|give|send|arrange|swap|exchange|replace|refund|credit|pass|share|let|forward|look|check|help|assist|recommend|suggest|make|raise|add|book|keep|contact|call|email|try|get|put|do|open|love|welcome|invite|encourage|note)|you (?:can|could|may|might|are welcome|will be able|'ll be able|should be able)(?! not\b)|you(?:'ll| will|'d| would)? (?:need|have) to (?:visit|contact|call|reach|go|head|bring|book|apply|request|submit|use|try|ask|speak|chat)|please|feel free|happy to|glad to|offer|swap|exchange|credit|voucher|free (?:month|night|upgrade|drink|meal|delivery|replacement|repair|credit)|complimentary|(?:gets?|receives?|will (?:get|receive)) (?:a|an|your|the)\b|(?<!\byour )(?:(?:our|the|their) (?:[\w-]+ ){0,3})?(?:team|desk|counter|staff|store|app|site|website|page|agents?|network|partner|colleagues|reception|concierge|manager|crew|kitchen|chef|branch|support)s? (?:can|could|will|would|makes?|offers?)\b(?!'t| not\b)|(?:check|try|visit|contact|dm|email|call|head|go|reach out|get in touch) )/g,
  /\b(?:we|i)(?:'d| would|'ll| will| can| could| are happy to| 'd be happy to| would be happy to| 'd be glad to| would be glad to| am happy to)? (?:(?:be )?(?:happy|glad|delighted) to )?(?:offer|swap|exchange|replace|credit|refer|arrange|send you|give you|provide|suggest|recommend|rebook|book you|help you|look into|allow|permit|pass (?:this|it|that|your)|share (?:this|your|the))\b/g,
  /(?<!\bif )\b(?:please|you can|you could|feel free to|you may|we recommend|we suggest|we'd suggest|we'd recommend)(?! not\b)(?: \w+)? (?:dm|message|contact|email|call|visit|check|try(?! to understand)|send|reach|use|apply|book|request|submit|follow|join|see|head|find|return|place|ring|speak|connect|chat|click|tap|go|get in touch|update|change|cancel|subscribe|resubscribe|upgrade|claim|track|view|order|buy|purchase|rebook|switch|download|ask|approach)\b/g,
  // "Just approach the Document Check counter", "our gate team can help": another team or place that can.
  /\b(?:approach|visit|ask|speak to|speak with|talk to|head to|go to|check with|contact) (?:the|our|a|any|your|their)(?: [\w-]+){0,3} (?:counter|desk|team|staff|agents?|store|branch|station|reception|concierge|airline|retailer|seller|bank|provider|support)\b|\b(?:our|the) (?:[\w-]+ ){0,3}(?:counter|desk|team|staff|agents?|store|branch|reception|concierge|colleagues) (?:can|could|will|would be (?:happy|glad|able)|(?:is|are) (?:happy|glad|able))\b/g,
  // "I'll refund it in full today", "we'll resend it": what the brand will do instead.
  /\b(?:we|i)(?:'ll| will|'d| would| can| could| are going to|'re going to|'m going to| am going to)(?: (?:happily|gladly|still|also|gladly|instead|personally))? (?:refund|reimburse|resend|re-send|reship|re-ship|re-?deliver|re-?book|waive|upgrade|call you|ring you|email you|phone you|(?:send|get|post|ship) (?:you )?(?:an?|another|a new|a replacement|a fresh|the replacement)\b)/g,
  // "To avoid it, set a £0 cap in our app", "next time, you can book through the app": the way round.
  /\b(?:to (?:avoid|prevent|stop) (?:this|it|that)(?: (?:happening|again|in future|next time))*|next time|in future|in the future|going forward|for future (?:trips|orders|visits|bookings|journeys|stays)),? (?:you can |you could |you may |just |simply |please |feel free to )?(?:set|use|try|turn on|switch|add|book|order|pick|choose|select|tap|check|contact|call|dm|message|email|visit|download|update|enable|opt|pop|top up|head|ask|let us know|reach out|link|register|sign up|apply|request|cap|limit)\b/g,
  /\b(?<!\b(?:you|guest|customer)s? (?:wanted|demanded|asked for|expected|requested|wanting|demanding)(?: (?:a|an|the|some|free|\w+)){0,3} )(?:as a (?:gesture|goodwill|courtesy)|gesture of (?:goodwill|apology)|(?<!\b(?:booking|trip|hotel|travel|confirmation|mmt|accommodation|e-?) )voucher|discount|store credit|credit note|partial refund|complimentary)\b/g,
  // "You would need to visit the help page and click Contact us", "you can reach them at": the route to someone who can.
  /(?<!\bif )\byou(?: (?:would|will|'d|'ll))? (?:need to|have to|can|could|may) (?:visit|contact|call|reach|chat with|message|email|go to|head to|submit|fill in|open)\b/g,
  /\b(?:dm|email|call|message) us\b[^.!?\n]{0,60}\b(?:we'll|we will|and we|so we|i'll|i will)\b/g,
  // "Still we tried our best to give you a room at 11": what the brand did instead.
  /\b(?:still|yet|instead),? (?:we|i) (?:tried|managed|offered|arranged|gave|provided|were able to|did (?:our|my) best|(?:were|was|are|am|'re|'m) (?:happy|glad|pleased|able) to)\b|\b(?:we|i) (?:tried|did) (?:our|my) (?:best|utmost|level best) to (?:give|offer|arrange|provide|accommodate|get|find|upgrade|make)\b/g,
];
