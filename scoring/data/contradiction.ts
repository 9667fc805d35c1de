/** What kind of contradiction a cue signals; each has its own message. */
export type ContradictionKind = 'youAreWrong' | 'denial' | 'blame' | 'talkingDown';

export interface ContradictionCue {
  readonly kind: ContradictionKind;
  /** Global, lower-case pattern over the masked, normalised reply. */
  readonly pattern: RegExp;
  /** A conditional before the cue ("if that's not the case…") makes it no contradiction. */
  readonly conditionalAllowed?: boolean;
  /** The brand may own the mistake ("sorry for the incorrect information"). */
  readonly ownMistakeAllowed?: boolean;
  /** Denies only a reported problem: in a question or praise thread it is reassurance. */
  readonly reportedProblemOnly?: boolean;
}

/** Irregular past participles, and none of "been", "had", "got", "seen", "heard": "you should have received/been told" is information or our fault. */
const PARTICIPLE = String.raw`(?:known|come|gone|done|taken|chosen|written|read|bought|brought|made|sent|paid|kept|left|put|set|told|thought|given|spoken|understood|worn|eaten|driven|flown|run|sat|stood|caught|found|shown|checked|ordered|booked)`;

/** "You should have received an email": what the customer should have been sent, not their fault. */
const NOT_BLAME = String.raw`(?:received|recieved|arrived|heard|seen|got|gotten|been|had|noticed|spotted|obtained|needed|wanted|liked|loved|enjoyed|experienced|expected|suffered|felt)`;
const BE = String.raw`(?:is|was|are|were|'s|'re)`;
const INTENSIFIER = String.raw`(?:simply |just |absolutely |completely |totally |factually |clearly |entirely |certainly |definitely |very much |still )?`;
/** What a denial denies: "that", "this", "your claim", "the information posted". */
const CLAIM = String.raw`(?:that|this|it|which|these|those|(?:your|this|that|these|those) (?:claim|statement|review|comment|information|post|allegation|story|accusation)s?|the (?:claim|statement|facts?|information|allegations?|review|comments?)(?: (?:mentioned|stated|given|posted))?)`;
/** Not "right": "that's not right" mostly sides with the customer ("two hours? That's not right"). */
const NOT_SO = String.raw`(?:true|correct|accurate|the case|real|factual)`;
/** "That was wrong of us, sorry", "it was wrong that you waited": siding with the customer. */
const WRONG = String.raw`wrong(?!,? (?:that\b|of (?:us|me|our)|for (?:us|me|our)|and we|we(?:'re| are) (?:so |very |really )?sorry|sorry))`;

/** Who checks for the brand: "we", "I", "our engineer", "the team". */
const CHECKER = String.raw`(?:we|i|(?:our|the) (?:[\w-]+ ){0,2}(?:team|engineers?|technicians?|staff|manager|colleagues?|driver|courier|housekeeping|crew|inspectors?))`;
const CHECKED = String.raw`(?:'ve|'d| have| had| has)?(?: (?:now|already|since|also|thoroughly|carefully|fully))? (?:checked|double-checked|looked (?:at|into|over)|reviewed|investigated|tested|inspected|examined|gone through|went through|monitored|analysed|analyzed)`;
/** Words of a repair between the check and the all-clear: "we checked and reset it, it's working now" reports a fix. */
const NO_FIX = String.raw`(?:(?!\b(?:fixed|reset|repaired|replaced|restarted|rebooted|sorted|resolved|cleaned|changed|updated|adjusted|swapped|corrected|now|again)\b)[^.!?\n])`;
/** What the check is said to show: everything fine, or no fault at all. */
const ALL_CLEAR = String.raw`(?:(?:everything|all|it all|all of it|it|they|this|that|there|the(?: [\w-]+){1,3})(?: was| were| is| are|'s|'re| looked| looks| seemed| seems| appeared| appears)(?: all| completely| perfectly| fully| absolutely| totally)? (?:within (?:the )?(?:normal|expected|usual|safe|acceptable) (?:range|limits|levels?|parameters)|(?:perfectly )?normal|fine|ok|okay|in (?:good |full |perfect )?(?:working )?order|working(?: (?:fine|correctly|properly|normally|as (?:expected|it should)))?(?=\s*(?:[,;.!?]|$))|as (?:expected|it should be))|(?:found|saw|see|detected|could see|can see|noticed)(?: that)? (?:no|nothing|not a|not any)(?: (?:[\w-]+ ){0,3}?(?:fault|issue|problem|error|evidence|sign|trace|crack|damage|leak|defect|wrong|amiss|unusual|abnormal|out of the ordinary)s?\b)|(?:nothing|no fault|no issue|no problem|no defect) (?:wrong|amiss|unusual|out of the ordinary|was found|could be found))`;

/**
 * Phrases that tell the customer they are wrong, deny their account, blame them or talk down to
 * them (seed 003 §8). Negation ("you're not wrong") and conditionals are handled by the rule.
 */
export const CONTRADICTION_CUES: readonly ContradictionCue[] = [
  {
    kind: 'youAreWrong',
    pattern: new RegExp(
      String.raw`\byou(?: ${BE}|'re| are| were)(?: (?:just|simply|clearly|obviously|totally|completely|quite|very|so))? (?:wrong|mistaken|incorrect|lying|confused|misinformed|misunderstanding|misremembering|exaggerating|in the wrong|trolling|defaming|blackmailing|spreading (?:lies|rumou?rs|false\w*|misinformation))\b`,
      'g',
    ),
  },
  {
    kind: 'youAreWrong',
    pattern: /\byou(?:'ve| have) (?:got it|misunderstood|misread|been misinformed)\b/g,
  },
  {
    kind: 'denial',
    pattern: new RegExp(
      String.raw`\b(?:${CLAIM}(?: ?${BE})|thats|its) ${INTENSIFIER}(?:not ${NOT_SO}|untrue|false|fake|incorrect|inaccurate|misleading|baseless|unfounded|fabricated|made up|fictitious|concocted|${WRONG}|a lie|lies)\b|\b${CLAIM} (?:isn't|wasn't|aren't|weren't) ${INTENSIFIER}${NOT_SO}\b`,
      'g',
    ),
    conditionalAllowed: true,
  },
  {
    kind: 'denial',
    pattern: /\b(?:incorrect|false|misleading|wrong) (?:information|info|statement|claims?)\b/g,
    ownMistakeAllowed: true,
  },
  {
    kind: 'denial',
    pattern:
      /\b(?:that|this)(?: is| was|'s) not (?:what|how) (?:happened|it happened|it works)\b|\b(?:that|this) (?:isn't|wasn't) (?:what|how) (?:happened|it happened|it works)\b/g,
  },
  {
    kind: 'denial',
    pattern: /\b(?:never happened|did not happen|didn't happen)\b/g,
    conditionalAllowed: true,
  },
  {
    kind: 'denial',
    pattern:
      /\bwe (?:do not|don't|cannot|can't|would not|wouldn't) (?:fully )?agree(?: with)? (?:your|the|this|that|with)\b|\bwe (?:strongly )?disagree\b/g,
  },
  { kind: 'denial', pattern: /\bcontrary to (?:what|your|the)\b/g },
  {
    kind: 'denial',
    pattern:
      /\b(?:fraudulent|fake|false|malicious|made[- ]up) (?:review|claim|complaint|allegation)s?\b/g,
  },
  {
    kind: 'denial',
    pattern:
      /\bthere (?:was|were|is|has been) (?:absolutely |simply )?no (?:delay|issue|problem|fault|error|mistake|such (?:\w+ )?(?:incident|thing|issue|charge|complaint)|complaints?)\b(?! (?:from|on|at|by) (?:your|you)\b)(?: (?:in|with|on|at|from) (?:the |our )?\w+)?(?: (?:as per|according to) our records)?/g,
    conditionalAllowed: true,
  },
  { kind: 'denial', pattern: /\b(?:as per|according to) our records,? (?:there|you|the|it|no)\b/g },
  {
    kind: 'denial',
    pattern:
      /\b(?:we|and|but|who)(?: had| have)? (?:never|did not|didn't) (?:say|said|tell|told|promise|promised|refuse|refused)\b/g,
  },
  {
    kind: 'denial',
    pattern:
      /\b(?:like|want|wish|have|need|must) to (?:make a point|point out|clarify|set the record straight|correct (?:you|this|that|the record))\b|\bfor the record\b/g,
  },
  // "You've never eaten here", "you never stayed with us": the customer's visit or purchase, denied.
  {
    kind: 'denial',
    pattern:
      /\byou(?:'ve| have| had)? never (?:(?:actually|even) )?(?:eaten|ate|dined|stayed|visited|ordered|bought|purchased|booked|shopped|flown|flew|travell?ed|set foot|been (?:here|in|to|a (?:customer|guest|member|patient|client)))\b(?![^.!?\n]{0,30}\b(?:before|yet)\b)(?=\s*(?:[,;.!?\n]|$|and\b|but\b|here\b|with us\b|at (?:our|the|this|any)\b|from us\b|in (?:our|this|the)\b|through us\b|on (?:our|this|the)\b|anything\b|a (?:single|meal|night|room|table|ticket|flight|thing)\b))|\band you know it\b/g,
    conditionalAllowed: true,
  },
  // "Your review, which is a bit contrary", "the management can't be blamed": the account called false, the blame refused.
  {
    kind: 'denial',
    pattern:
      /\b(?:review|comments?|claims?|statements?|allegations?|feedback)(?:,? (?:which|that))? (?:is|are|seems?|appears?)(?: to be)? (?:a |an )?(?:bit |little |quite |rather |very |completely |totally |somewhat )?(?:[\w-]+(?:,| and| &|, and) ){0,2}(?:contrary|contradictory|exaggerated|one-sided|biased|baseless|unfounded|influenced|motivated|far from the truth)\b|\bsweeping (?:remarks|statements|generali[sz]ations|comments|allegations)\b|\b(?:hidden|hid|twisted|distorted|concealed|misrepresented) (?:the )?(?:actual |real |true )?(?:facts|truth|story)\b|\b(?:is|are|was|were) at no fault\b|\b(?:it is|it's|it was|this is|this was) no ?where (?:mentioned|stated|written|promised)\b|(?<!\b(?:you|nobody|no one|anyone|they|guests?|customers?) )\b(?:can't|cannot|can not|couldn't|could not|shouldn't|should not) be blamed\b|\b(?:we|the (?:hotel|management|staff|team|restaurant|store)|our (?:staff|team|management))(?: are| is|'re)? not to blame\b/g,
    ownMistakeAllowed: true,
  },
  // "You never left your keys at reception", "you have not given any laundry": the customer's own omission named as the cause.
  {
    kind: 'blame',
    pattern:
      /\byou (?:never|did not|didn't|have not|haven't|had not|hadn't|failed to)(?: (?:once|even|ever))? (?:left|leave|given|give|handed|hand|requested|request|asked|ask|approached|approach|informed|inform|provided|provide|followed|follow|collected|collect|bothered)\b/g,
    conditionalAllowed: true,
    ownMistakeAllowed: true,
  },
  // "Since you insisted on checking in", "it was your own choice", "shortcomings from your side".
  {
    kind: 'blame',
    pattern:
      /\byou (?:had )?insisted\b|\b(?:it was|that was|that's|that is) your (?:own )?(?:choice|decision)\b|\b(?:shortcomings?|mistakes?|faults?|errors?|lapses?|negligence) (?:from|on) your (?:side|end|part)\b|\byour (?:malicious|ill|bad) (?:mindset|intentions?|intent|motives?)\b|\b(?:than|instead of|not) being (?:honest|truthful|genuine|fair)\b/g,
  },
  // "Trust us, we never charge for that", "falsely claiming a call": the account called untrue.
  {
    kind: 'denial',
    pattern:
      /\b(?:trust|believe) (?:us|me),? (?:we|i|our (?:[\w-]+ ){0,2}(?:team|staff))(?: would)? (?:never|don't|do not|did not|didn't|wouldn't)\b|\bfalsely (?:claim|stat|alleg|accus|report|say|said)\w*\b/g,
  },
  // "I don't know why you booked a double room", "you failed to produce the proof": the customer's choice or omission blamed.
  {
    kind: 'blame',
    pattern:
      /\b(?:i|we) (?:don't|do not|cannot|can't|fail to) (?:know|understand|see|comprehend) why you (?:\w+ ){0,3}?(?:book|booked|booking|chose|choose|choosing|went|go|going|decided|came|ordered|order|selected|bought|buy|picked|insisted|expected|complain|complained|complaining)\b|\byou(?: had| have)? failed to (?!receive|get|reach|load|arrive|work)\w+/g,
    ownMistakeAllowed: true,
  },
  // "We offered you the room free of cost but then you denied taking it": the customer's refusal of an offer, blamed.
  {
    kind: 'blame',
    pattern:
      /\b(?:we|i|the (?:hotel|staff|team|manager))(?: had| have|'d|'ve)? (?:offer(?:ed)?|suggested|proposed)\b[^.!?\n]{0,100}?\b(?:but (?:then )?you|which (?:you|was|were)(?: then)?)(?: (?:simply|flatly|again))? (?:denied|refused|declined|rejected|did not accept|didn't accept|turned down)\b/g,
  },
  // "You were threatening us", "you became so aggressive", "shows your wrong attitude": the customer's conduct, blamed.
  {
    kind: 'blame',
    pattern:
      /\byou (?:were|became|got|started|kept)(?: (?:so|very|really|quite|extremely|being))? (?:threatening|shouting|abusing|rude|aggressive|abusive|drunk|intoxicated|misbehaving|arrogant|insulting|yelling|screaming|hostile|unruly)\b|\byour (?:wrong|rude|bad|poor|arrogant|aggressive|abusive|unruly|unacceptable|inappropriate|indecent|hostile|negative) (?:attitude|behaviou?r|conduct|tone|manners|language)\b|\byour (?:arrogance|rudeness|lack of (?:maturity|manners|courtesy|understanding))\b|\b(?:observed?|noticed|saw|seen) your (?:attitude|behaviou?r|conduct)\b/g,
    ownMistakeAllowed: true,
  },
  // "However, you demanded that it be served on the lawn", "it was explained to you at check-in": the customer's demand, set against the account.
  {
    kind: 'blame',
    pattern:
      /\b(?:however|but),? you (?:had )?(?:demanded|kept demanding|were demanding|refused)\b|\b(?:it|this|that|the (?:same|policy|rule|timing|charge)) (?:was|had been|has been) (?:clearly |duly |already |well )?(?:explained|communicated|informed|told|conveyed|made clear) to (?:you|mr|mrs|ms|miss|the guest|your (?:group|party|agent))\b/g,
  },
  // "At check-in you were informed about it", "the booking was cancelled by yourself", "bring to your kind notice that you …": told, and the customer's own doing.
  {
    kind: 'blame',
    pattern:
      /\byou were (?:clearly |duly |already |well |also )?(?:informed|told|made aware|advised|explained)\b|\b(?:cancell?ed|booked|made|chosen|selected|requested|changed|done) by yourself\b|\bbring (?:it |this )?to your (?:kind )?(?:notice|attention) that you\b/g,
    ownMistakeAllowed: true,
    conditionalAllowed: true,
  },
  // "We could not understand your dissatisfaction", "allow me to clarify", "your pick-up was not organised by us".
  {
    kind: 'denial',
    pattern:
      /\b(?:could not|couldn't|cannot|can't|do not|don't|fail to|failed to) (?:understand|comprehend) (?:your|the) (?:dissatisfaction|complaint|concern|grievance|anger|displeasure|point)\b|\b(?:allow|let) (?:me|us)(?: to)? (?:clarify|correct)\b|\b(?:was|were) not (?:organi[sz]ed|arranged|booked|caused|done) by (?:us|our (?:hotel|team|staff|property))\b/g,
  },
  // "So that others can know the truth", "you must familiarize yourself with hotel practices", "you can't judge our staff".
  {
    kind: 'talkingDown',
    pattern:
      /\b(?:know|tell|learn|see|show|reveal|share) the (?:real |actual |whole )?truth\b|\byou (?:must|should|need to|have to|ought to) (?:first )?(?:familiari[sz]e|acquaint|get accustomed|educate yourself|learn (?:the|our|about|basic))\b|\byou (?:can't|cannot|can not) (?:judge|expect)\b/g,
  },
  // "You had mentioned yourself", "by your own admission": the customer's words turned against them.
  {
    kind: 'blame',
    pattern:
      /\byou(?: had| have|'ve|'d)? (?:mentioned|said|admitted|stated|wrote|agreed|confirmed) (?:it )?yourself\b|\byou yourself (?:have |had )?(?:mentioned|said|admitted|stated|wrote|agreed|confirmed)\b|\bby your own admission\b/g,
  },
  // "The towels were actually clean": re-telling what happened against the customer's account.
  { kind: 'denial', pattern: /\b(?:was|were) actually\b/g },
  // "We checked the boiler logs and everything was within normal range": the brand's own check set against the report.
  {
    kind: 'denial',
    pattern: new RegExp(String.raw`\b${CHECKER}${CHECKED}\b${NO_FIX}{0,80}?\b${ALL_CLEAR}`, 'g'),
    conditionalAllowed: true,
    reportedProblemOnly: true,
  },
  {
    kind: 'blame',
    pattern:
      /\byou must(?: have|'ve| of) (?!been (?:so |very |really |quite |extremely )?(?:frustrat|upset|disappoint|worr|annoy|inconvenienc|stress|angr|tired|scar|shock))(?:\w+ed|been|made|done|had|seen|sent|put|read|set|got|gotten|forgot|forgotten|left|paid|bought|typed|missed|entered|misread|misunderstood|mistaken)\b/g,
  },
  {
    kind: 'blame',
    pattern:
      /\b(?:if|had) you(?: had| would have|'d(?! read\b)(?: have)?)? (?:read|checked|followed|looked at|paid attention|bothered)\b/g,
  },
  {
    kind: 'blame',
    pattern:
      /\byou (?:should|could|ought to)(?: have|'ve| of) (?:read|checked|called|contacted|asked|told|informed|mentioned|reported|known|booked|followed|looked)\b/g,
  },
  { kind: 'blame', pattern: /\byou should not expect\b|\byou shouldn't expect\b/g },
  // "The room is standard size; however, it seems you wanted a suite": their expectations, not our service.
  {
    kind: 'blame',
    pattern:
      /\b(?:however|but),? (?:it seems|it appears|apparently|seemingly)(?: that)? you (?:wanted|expected|were expecting|were looking for|were hoping for|preferred)\b/g,
  },
  // "You should have ordered earlier": the customer's own past choice, named as the cause.
  {
    kind: 'blame',
    pattern: new RegExp(
      String.raw`\byou (?:really )?(?:should|ought to)(?: have|'ve| of) (?!${NOT_BLAME}\b)(?:\w+ed|${PARTICIPLE})\b`,
      'g',
    ),
  },
  // "If you had booked directly, this wouldn't have happened", "had you ordered earlier, we could have…".
  {
    kind: 'blame',
    pattern: new RegExp(
      String.raw`\b(?:if you had|if you'd|had you)(?: (?:only|just|simply|actually))? (?!${NOT_BLAME}\b)(?:\w+ed|${PARTICIPLE})\b(?=[^.!?\n]*(?:\b(?:would|wouldn't|could|couldn't|might)(?:n't| not)? (?:have|'ve)|\b(?:you|we|it|this|that|they|he|she|i)'d(?: not)? have|\b(?:would|could|might)'ve)\b)`,
      'g',
    ),
  },
  {
    kind: 'blame',
    pattern:
      /\b(?:(?:issue|problem|fault|error|something|it)(?: is| was|'s)? (?:on|at|with) your (?:end|side)|your (?:own )?fault|user error|(?:no|not) fault of (?:ours|our own)|not (?:our|the hotel's|the company's|the restaurant's) fault)\b/g,
  },
  {
    kind: 'blame',
    pattern:
      /\b(?:the (?:issue|problem|outage|fault) is not (?:on )?our (?:side|end)|it's your (?:router|device|phone|connection|network|browser|computer)|(?:caused|is) by your (?:router|device|phone|connection|network|browser|computer))\b/g,
  },
  { kind: 'blame', pattern: /\byou(?: are|'re| were)? (?:blaming|to blame)\b/g },
  {
    kind: 'blame',
    pattern:
      /\byou (?:never|did not|didn't|failed to) (?:mention|tell|inform|report|complain|raise|notify|let us know|bring)\w*\b/g,
  },
  {
    kind: 'blame',
    pattern:
      /\bwe (?:never|did not|didn't) (?:hear|heard|receive|received|get|got)(?: about| of)? (?:any|a) (?:[\w-]+ ){0,3}(?:complaint|issue|concern|request|feedback)s?\b/g,
  },
  {
    kind: 'blame',
    pattern:
      /\b(?:we are|we're|we were) (?:quite |very )?surprised (?:that |to (?:read|see|hear) (?:that )?)?you\b/g,
  },
  { kind: 'blame', pattern: /\b(?:be|been) more (?:honest|genuine|careful|truthful|attentive)\b/g },
  {
    kind: 'talkingDown',
    pattern:
      /\bas (?:we|i|our (?:\w+ ){0,2}(?:team|staff|executive|agent|colleague)s?)(?: have| had|'ve)? (?:already |previously |repeatedly )(?:told|informed|mentioned|said|explained|stated|advised)\b|\bas (?:we|i|our (?:\w+ ){0,2}(?:team|staff|executive|agent|colleague)s?)(?: have| had|'ve)? (?:told|informed|mentioned|said|explained|stated|advised) (?:you )?(?:already|before|earlier|previously|repeatedly|several times|many times|multiple times)\b/g,
  },
  {
    kind: 'talkingDown',
    pattern:
      /\b(?:like|as) (?:i|we) (?:said|told you)\b|\bfor the (?:last|second|third|final) time\b/g,
  },
  // "As previously mentioned", "as stated in our previous reply": the same, without a subject.
  {
    kind: 'talkingDown',
    pattern:
      /\bas (?:previously|already) (?:told|informed|mentioned|said|explained|stated|advised)\b|\bas (?:told|informed|mentioned|said|explained|stated|advised)(?: to you)? (?:before|earlier|previously|several times|many times|in (?:our|my) (?:previous|last|earlier) (?:reply|replies|message|messages|tweet|tweets|response|post))\b/g,
  },
  {
    kind: 'talkingDown',
    pattern:
      /(?<=(?:^|[.!?\n,]\s*|\b(?:please|just|need to|should|must|try to|pls|sir|madam) ))(?:calm down|relax|chill out|settle down)\b(?! (?:the|other|them|him|her|things|and enjoy))/g,
  },
  // "Hope you choose another date more wisely": advice that talks down.
  {
    kind: 'talkingDown',
    pattern:
      /\b(?:choose|pick|select|plan|book|decide)(?: [\w-]+){0,4} more (?:wisely|sensibly|carefully)\b|\bgrant you (?:some )?(?:enlightenment|wisdom|patience)\b/g,
  },
  // Tone-policing: "there's no need for that kind of language", "mind your language", "once you can speak to us respectfully".
  {
    kind: 'talkingDown',
    pattern:
      /\bthere(?:'s| is) no (?:need|call) for (?:that|this|such|the|your)(?: (?:kind|sort|type) of)? (?:language|tone|attitude|behaviou?r|abuse|rudeness|swearing|profanity|insults?|remarks?|comments?)\b|\b(?:mind|watch) (?:your|the|that) (?:language|tone|words|mouth|manners|attitude)\b|\b(?:once|when|as soon as|until) you(?:'re| are)? (?:can |are able to |ready to |willing to )?(?:speak|talk|write|communicate|reply|respond|engage)(?: to us| with us| to our (?:team|staff))? (?:respectfully|politely|civilly|calmly|nicely|with (?:respect|courtesy)|in a (?:respectful|polite|civil|calm) (?:way|manner))\b|\b(?:once|when|as soon as|until) you(?:'ve| have)? calm(?:ed)? down\b|\b(?:please )?keep (?:it|things) (?:civil|polite|respectful)|keep your (?:language|comments?|tone|posts?) (?:civil|polite|respectful|clean)\b/g,
  },
  // "Read the returns page.": a bare order to go and read, the whole sentence (not "read our update here: …").
  {
    kind: 'talkingDown',
    pattern:
      /(?<=(?:^|[.!?\n])\s*)(?:just |go |simply |go and )?read (?:the|our|your) (?:[\w&-]+ ){0,2}(?:page|faqs?|terms|conditions|policy|policies|instructions|website|site|manual|guide|description|bio|small print|t&cs|details|info|information|email|confirmation|label)s?(?=\s*(?:again|properly|carefully|first)?\s*(?:[.!\n]|$))/g,
  },
  {
    kind: 'talkingDown',
    pattern:
      /\b(?:clearly|plainly|explicitly) (?:stated|states|mentioned|written|explained|shown|displayed|marked)\b|\bread (?:the|our) (?:\w+ )?(?:instructions|terms|faq|policy|description|manual)(?: (?:again|carefully|properly|first))\b/g,
  },
];

/** "You're not stuck", "you haven't been charged twice": the reply negating what the customer says of themselves. */
export const DENIED_SELF_REPORT =
  /\byou(?:'re not| are not| aren't|'re no longer| are no longer| were not| weren't| have not been| haven't been|'ve not been| have never been|'ve never been) (?:being |been |actually |really )?([a-z][a-z-]{2,})\b/g;

/** Reassuring negations ("you're not alone", "you're not imagining it") and states the customer does not report. */
export const REASSURING_STATES = new Set(
  `wrong alone only imagining crazy mad overreacting unreasonable stupid silly dramatic asking
  bothering troubling forgotten ignored the going one first expected required obliged liable
  responsible eligible able happy satisfied sure`.split(/\s+/),
);

/** What the customer says of themselves, the state word filled in: "I'm stuck", "I've been charged twice". */
export function selfReport(state: string): RegExp {
  return new RegExp(
    String.raw`\b(?:i'm|i am|im|i've been|i have been|i was|i've|i have|i got|i get|i keep getting|we're|we are|we've been|we have been|we were)(?: (?!not\b|never\b)[\w']+){0,2} ${state}\b`,
  );
}
