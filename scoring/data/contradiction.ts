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
  /** An apology or regret in the same sentence makes it a concession ("sorry there was no towel"). */
  readonly apologyAllowed?: boolean;
}

/** Irregular past participles, and none of "been", "had", "got", "seen", "heard": "you should have received/been told" is information or our fault. */
const PARTICIPLE = String.raw`(?:known|come|gone|done|taken|chosen|written|read|bought|brought|made|sent|paid|kept|left|put|set|told|thought|given|spoken|understood|worn|eaten|driven|flown|run|sat|stood|caught|found|shown|checked|ordered|booked)`;

/** "You should have received an email": what the customer should have been sent, not their fault. */
const NOT_BLAME = String.raw`(?:received|recieved|arrived|heard|seen|got|gotten|been|had|noticed|spotted|obtained|needed|wanted|liked|loved|enjoyed|experienced|expected|suffered|felt)`;
const BE = String.raw`(?:is|was|are|were|'s|'re)`;
const INTENSIFIER = String.raw`(?:simply |just |absolutely |completely |totally |factually |clearly |entirely |certainly |definitely |very much |still )?`;
/** What a denial denies: "that", "this", "your claim", "the information posted". */
const CLAIM = String.raw`(?:that|this|it|which|these|those|(?:your|this|that|these|those) (?:claim|statement|review|comment|information|post|allegation|story|stories|accusation|report|article|tweet|rumou?r)s?|the (?:claim|statement|facts?|information|allegations?|review|comments?|reports?|rumou?rs?|stories|story)(?: (?:mentioned|stated|given|posted))?)`;
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
      /\b(?:like|want|wish|have|need|must) to (?:make a point|point out|clarify(?!\s+that\s+(?:we (?:do not|don't) (?:provide|serve|offer|stock|sell|have)|(?:the |our )?(?:[\w-]+ ){1,7}(?:is|are) (?:only )?(?:served|provided|offered|available|included|charged|priced)))|set the record straight|correct (?:you|this|that|the record))\b|\bfor the record\b/g,
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
      /\byou (?:never|did not|didn't|have not|haven't|had not|hadn't|failed to)(?: (?:once|even|ever))? (?:left|leave|given|give|handed|hand|requested|request|asked|ask|approached|approach|informed|inform|provided|provide|followed|follow|collected|collect|bothered|produced|produce|showed|show|shown|presented|present|carried|carry|cooperated|cooperate)\b(?![^.!?\n]{0,40}\byet\b)/g,
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

/** Who speaks for the brand: "we", "I", "our staff", "the front desk team", "the hotel". */
const BRAND = String.raw`(?:we|i|(?:our|the) (?:[\w-]+ ){0,2}(?:team|staff|manager|management|executives?|agents?|associates?|colleagues?|desk|reception(?:ist)?s?|hotel|property|resort|restaurant|store|drivers?|crew|employees?|housekeeping|security|guards?))`;
/** What the brand says it kept to: "the procedure", "all standard protocols", "the hotel norms". */
const RULEBOOK = String.raw`(?:(?:the|our|all|due|standard|proper|hotel|company|strict|set|required|laid[- ]down|necessary|same|usual|normal|safety|security|operating|booking)(?: |-))*(?:procedures?|protocols?|policy|policies|rules|guidelines|norms|sops?|standards?|process(?:es)?|regulations|terms|contract|instructions|formalities)`;
/** "Only took ten minutes": how short the brand says a wait was. */
const FEW = String.raw`(?:\d+|a few|few|a couple of|one|two|three|four|five|ten|fifteen|twenty|thirty)`;
/** What the customer didn't do, named as the reason; not "didn't receive/get/hear/enjoy": what they missed. */
const NOT_THEIR_MISS = String.raw`(?:receive|get|hear|have|see|notice|need|want|like|love|enjoy|find|feel|expect|mean|deserve|know|realise|realize|happen|manage|hear|been|yet|able|happy|satisfied|comfortable|pleased|well|feeling|sure|aware|told|informed|offered|given|provided|shown|sent|charged|allowed|disturbed|bothered|alone|impressed|treated)`;

/**
 * Denials and blame in the shape of facts: the brand's own correctness ("our staff followed the
 * procedure", "the charge was correct"), the customer's experience corrected ("you stayed in
 * another hotel", "the wait was only ten minutes"), their omission given as the cause ("because
 * you didn't leave the key") and what they say called misinformation.
 */
export const FACTUAL_CUES: readonly ContradictionCue[] = [
  // "Our staff followed the procedure", "all protocols were duly followed", "strictly as per the hotel norms".
  {
    kind: 'denial',
    pattern: new RegExp(
      String.raw`\b${BRAND}(?: had| have| has|'ve| were| was| are| is)?(?: (?:strictly|duly|fully|correctly|properly|only|just|completely|always|simply))* (?:followed|adhered to|complied with|abided by|acted (?:as per|according to|in accordance with|in line with|within)|(?:did|done|handled (?:it|this|that|everything)) (?:strictly |correctly |properly )?(?:as per|according to|by|in line with|in accordance with)) ${RULEBOOK}\b|\b(?:(?:all|the|our|standard|due|every|safety|security|hotel|company|operating|booking|check-in|usual|correct|proper|right|required|necessary|same|normal|relevant) )*(?:procedures?|protocols?|norms|sops?|process(?:es)?|formalities|steps|guidelines|rules)(?: (?:was|were|had been|have been|has been)) (?:duly |strictly |fully |correctly |properly |all |completely )?(?:followed|adhered to|observed|complied with|met)\b|\b(?:is|was|are|were) (?:again |also |strictly |completely |all |fully |entirely |purely )(?:as per|in accordance with|in line with|according to) ${RULEBOOK}\b`,
      'g',
    ),
    conditionalAllowed: true,
    reportedProblemOnly: true,
  },
  // "The charge was correct", "your bill is accurate": the brand's figure defended against the complaint.
  {
    kind: 'denial',
    pattern:
      /\b(?:the|your|this|that|our) (?:[\w-]+ )?(?:charges?|bill|billing|amount|fees?|rate|price|pricing|invoice|deduction|fine|penalty|tariff|fare)s? (?:was|were|is|are) (?:absolutely |completely |perfectly |totally |entirely |quite )?(?:correct|accurate|valid|justified|legitimate|genuine|right|correctly (?:applied|charged|levied|calculated))\b(?! (?:for|if|when|once|until|unless|as long as)\b)/g,
    conditionalAllowed: true,
    reportedProblemOnly: true,
  },
  // "Everything was in order", "all was as per the booking": the stay declared fine.
  {
    kind: 'denial',
    pattern:
      /(?<!\b(?:hope|hoping|trust|wish|glad|happy|pleased|delighted|relieved|if|whether|ensure|make sure|sure) (?:that )?)\b(?:everything|all|it all) (?:was|were) (?:perfectly |completely |absolutely |totally )?(?:in order|as it should (?:have been|be)|as per (?:the |your )?(?:booking|reservation|policy|procedure|norms|standard))\b/g,
    conditionalAllowed: true,
    reportedProblemOnly: true,
  },
  // "The beach is not a part of our hotel", "that outlet doesn't belong to us", "not our responsibility".
  {
    kind: 'denial',
    pattern:
      /\b(?:is|was|are|were|'s|'re)(?: not|n't) (?:a part of|part of|one of|owned by|run by|operated by|managed by|affiliated (?:to|with)|under) (?:us|our (?:hotel|property|premises|restaurant|store|outlet|resort|brand|chain|company|stores|hotels|properties|outlets|restaurants|management|responsibility))\b|\b(?:does not|doesn't|do not|don't|did not|didn't) belong to (?:us|our (?:hotel|property|premises|resort|restaurant|store))\b|\bnot (?:our|the hotel's|the resort's|the restaurant's|the company's|the staff's) (?:property|premises|responsibility|mistake|error|doing|problem|lookout|concern|store|branch|outlet|restaurant|hotel|location|shop|site|account|product|bus|train|flight|vehicle|driver|employee)\b|\bno (?:fault|mistake|error|lapse|negligence|wrongdoing)s? (?:on|from) (?:our|the hotel's|the staff's|the team's) (?:part|side|end)\b|\b(?:we|the hotel|the staff|our staff|our team|the team|the management)(?: are| is| were| was|'re) not (?:at fault|to be blamed)\b/g,
    ownMistakeAllowed: true,
  },
  // "You stayed in our other hotel", "you did not stay with us", "this review is meant for another property".
  {
    kind: 'denial',
    pattern:
      /\byou(?: (?:may|might|must|probably|seem to|appear to|actually))?(?:'ve| have| had)? (?:(?:actually|probably|perhaps|mistakenly) )?(?:stayed|been|booked|checked in|dined|eaten|ordered|shopped) (?:at|in|with|from|through|to) (?:(?:a|an|the|our|some) )?(?:other|another|different|sister|neighbou?ring|nearby|wrong|similar(?:ly)?[- ]named)\b|\byou (?:did not|didn't|have not|haven't|had not|hadn't|never)(?: (?:actually|even|ever))? (?:stay|stayed|dine|dined|eat|eaten|visit|visited|check in|checked in|book|booked)(?: (?:with us|here|at (?:our|this|the) (?:hotel|property|resort|restaurant|store)))(?![^.!?\n]{0,30}\b(?:before|yet|directly)\b)|\b(?:this|your|the) (?:review|feedback|complaint|comments?)(?: (?:is|was|seems|appears|might be|may be|must be))?(?: to be)? (?:meant|intended|written|posted|about) (?:for )?(?:another|a different|some other|the wrong)\b|\b(?:did not|didn't|could not|couldn't|cannot|can't|were unable to|are unable to) (?:find|locate|trace) (?:any|a single) (?:booking|reservation|stay|record)s?(?: (?:made|done))?(?: recently)? (?:with|under|in|by) (?:the|your|this) name\b/g,
    conditionalAllowed: true,
  },
  // "You had booked a basic room", "you have opted for room only": the customer corrected about their own booking.
  {
    kind: 'youAreWrong',
    pattern:
      /(?<!\b(?:thanks?|thank you|grateful|glad|happy|pleased|delighted|honou?red|proud|that|when|if|whether|which|what|whichever|whatever|before|once|after|since|how|where) (?:that )?)\byou(?: had| have|'ve|'d)? (?:only )?(?:booked|opted for|selected|reserved|paid for|chosen|chose|made (?:a |an |the |your )?(?:booking|reservation) for) (?:(?:a|an|the|our|your|only|just) )?(?:[\w-]+ ){0,3}(?:room|rate|plan|package|category|ticket|fare|seat|option|basis|tariff|occupancy|cabin|class)\b/g,
    apologyAllowed: true,
    reportedProblemOnly: true,
  },
  // "The wait was only ten minutes", "you waited no more than 5 minutes": the complaint made small.
  {
    kind: 'denial',
    pattern: new RegExp(
      String.raw`\b(?:the |your )?(?:wait(?:ing)?(?: time| period)?|delay|queue|check-?in|it|this|that)(?: only)? (?:was|took|lasted|were) (?:only |just |barely |hardly |merely |not more than |no more than |less than |under |a mere |at most |maximum |a maximum of )(?:of )?${FEW}\b|\byou (?:only |just )?waited (?:only |just |barely |hardly |not more than |no more than |less than |for (?:only|just|barely|less than|no more than) )(?:for )?${FEW}\b`,
      'g',
    ),
    conditionalAllowed: true,
    apologyAllowed: true,
    reportedProblemOnly: true,
  },
  // "The room wasn't cleaned because you didn't leave the key", "since you were not ready to pay".
  {
    kind: 'blame',
    pattern: new RegExp(
      String.raw`\b(?:because|since|as|due to the fact that|given that|considering that|as a result of which) you (?:did not|didn't|had not|hadn't|have not|haven't|never|were not|weren't|was not|failed to|refused to|forgot to|neglected to|declined to)(?: (?:even|actually|once|ever))? (?!${NOT_THEIR_MISS}\b)[a-z]+\b(?![^.!?\n]{0,40}\byet\b)`,
      'g',
    ),
    ownMistakeAllowed: true,
  },
  // "You were informed at the time of check-in", "at check-in you were told": it was their lookout.
  {
    kind: 'blame',
    pattern:
      /\byou (?:were|had been|have been|was)(?: (?:duly|clearly|already|also|well|properly|personally|verbally))* (?:informed|told|advised|made aware|explained|intimated|briefed|notified)(?: (?:about|of|regarding|that|the))?[^.!?\n]{0,40}?\b(?:at the time of|at|during|upon|on|before|prior to) (?:the )?(?:check-?in|arrival|booking|reservation)\b|\b(?:at the time of|at|during|upon|on|before|prior to) (?:your |the )?(?:check-?in|arrival|booking|reservation)[^.!?\n]{0,30}?\byou (?:were|had been|have been|was)(?: (?:duly|clearly|already|also|well|properly|personally|verbally))* (?:informed|told|advised|made aware|explained|intimated|briefed|notified)\b|\b(?:is|was|are|were)(?: (?:very|well|clearly|duly|also|explicitly|specifically|already))* (?:mentioned|stated|specified|written|displayed|printed) (?:on|in) (?:the |your |our )?(?:booking|voucher|confirmation|website|terms|listing|reservation|invoice)(?: (?:vouchers?|confirmation|email|page|details))?\b/g,
    ownMistakeAllowed: true,
    apologyAllowed: true,
  },
  // "We would have appreciated any immediate feedback", "an instant call to the desk could have solved it".
  {
    kind: 'blame',
    pattern:
      /\bwe would have (?:appreciated|preferred|liked|loved)(?: it)? (?:if you|had you|any (?:immediate |prompt |timely |instant )?(?:feedback|complaint|call|intimation|information|word)|you (?:to )?(?:inform|tell|report|let|contact|call|raise|bring|approach))\b|\b(?:an?|any) (?:instant|immediate|prompt|timely) (?:feedback|complaint|intimation|call|word|mention)[^.!?\n]{0,60}?\b(?:could|would|might) have\b/g,
  },
  // "It's misinformation", "fake news", "a rumour": what the customer repeats called false.
  {
    kind: 'denial',
    pattern:
      /\b(?:misinformation|disinformation|fake news|false rumou?rs?|(?:a|just a|only a|this|that) (?:rumou?r|hoax))\b/g,
    ownMistakeAllowed: true,
  },
  // "The team didn't recall saying this", "our staff do not remember any such request".
  {
    kind: 'denial',
    pattern: new RegExp(
      String.raw`\b${BRAND} (?:do not|don't|did not|didn't|cannot|can't|could not|couldn't|does not|doesn't)(?: (?:quite|really|actually|even))? (?:recall|remember|recollect)(?: (?:ever|any|such|saying|telling|promising|refusing|asking|this|that|an?|the)\b)`,
      'g',
    ),
    conditionalAllowed: true,
  },
  // "An update cannot cause a hardware failure", "it's just a bad coincidence": the cause they give, denied.
  {
    kind: 'denial',
    pattern:
      /\b(?:a|an|the) (?:[\w-]+ ){0,2}(?:cannot|can't|can not|could not|couldn't|would not|wouldn't|does not|doesn't|did not|didn't) (?:possibly |ever )?(?:cause|damage|result in|lead to|be the cause of|be responsible for)\b|\b(?:just|only|merely|simply|purely) (?:an? )?(?:bad |unfortunate |unlucky )?coincidence\b/g,
    reportedProblemOnly: true,
  },
  // "We never disrespect our guests", "we are known for our courteous service", "no other guest has complained".
  {
    kind: 'denial',
    pattern:
      /\bwe (?:never|would never|do not ever)(?: ever)? (?:disrespect|mistreat|misbehave|overcharge|cheat|insult|mislead|discriminate|harass|shout at|endorse|encourage|entertain|sell|ask (?:for|guests for|customers for) (?:tips?|money))\b|\b(?:we|the hotel|our hotel|our staff|the staff|our team)(?: are| is|'re) (?:well[- ])?known for (?:our|its|their) (?:courteous|excellent|warm|good|great|impeccable|quality|friendly|polite|prompt|hospitality|service|cleanliness)\b|\b(?:no|none of our|not a single|not one) other (?:guests?|customers?|clients?|passengers?|diners?|visitors?)(?: (?:has|have|had))?(?: ever)? (?:complained|reported|mentioned|raised|faced|had (?:any|this|such|a) (?:issue|problem|complaint))\b|\bwe (?:have |had )?never had (?:any|a single) (?:guests?|customers?|clients?) (?:complain|complaining|report|reporting|mention)\b/g,
    reportedProblemOnly: true,
    conditionalAllowed: true,
  },
  // "Allow me to clarify the management's position", "consider it a justification from our side".
  {
    kind: 'denial',
    pattern:
      /\bclarify (?:the|our|my) (?:[\w']+ )?(?:position|stand|stance|side of the story)\b|\b(?:justification|clarification|explanation)s? from our (?:side|end)\b/g,
  },
  // "But you declined that option", "however you refused the room we offered".
  {
    kind: 'blame',
    pattern:
      /\b(?:but|however|yet|whereas|instead|which)(?: then)?,? you (?:had )?(?:then )?(?:declined|refused|denied|rejected|turned down|did not accept|didn't accept|chose not to)\b|\b(?:cancell?ed|changed|modified|made|booked|chosen|selected|caused|requested) by (?:yourself|you yourself)\b/g,
    ownMistakeAllowed: true,
  },
  // "We could not understand your dissatisfaction": the grievance itself put in doubt.
  {
    kind: 'denial',
    pattern:
      /\b(?:we|i)(?: really| honestly| simply)? (?:could not|couldn't|cannot|can't|fail to|failed to|do not|don't|did not|didn't|are unable to|were unable to) (?:understand|comprehend|see) (?:your|the) (?:dissatisfaction|grievance|displeasure|unhappiness|reason for (?:your )?(?:complaint|dissatisfaction|rating|review))\b|\b(?:we|i)(?: really| honestly| simply)? (?:could not|couldn't|cannot|can't|fail to|failed to|do not|don't|did not|didn't|are unable to) (?:understand|comprehend|see) (?:why|how) (?:you|the guest)(?: would)? (?:felt|feel|found|find|say|said|claim|claimed|call|called|think|thought|are complaining|complained|rated|gave)\b/g,
    reportedProblemOnly: true,
  },
  // "We checked your booking and found that you had paid for two rooms": the brand's records set against them.
  {
    kind: 'denial',
    pattern: new RegExp(
      String.raw`\b${CHECKER}${CHECKED}(?: (?:your|the) (?:[\w-]+ ){0,2}(?:booking|bill|records?|details|account|history|reservation|cctv|footage|logs?))?[^.!?\n]{0,40}?\b(?:found|noticed|observed|saw|came across)(?: the facts?)?(?: that)? (?:you|your booking) (?:had |have |has |had been |was )?(?:paid|booked|cancell?ed|requested|asked|chosen|selected|opted|declined|refused|checked in|arrived|stayed|used|consumed|ordered|made|not|never|did not|didn't)\b`,
      'g',
    ),
    reportedProblemOnly: true,
  },
  // "The number you provided is invalid": the customer's own details called wrong.
  {
    kind: 'youAreWrong',
    pattern:
      /\b(?:the|that|this) (?:[\w-]+ )?(?:id|number|code|details|info|information|address|email|reference|pin|password|name|amount|date)s? you (?:have )?(?:provided|gave|given|shared|entered|sent|quoted|mentioned|typed) (?:is|are|was|were) (?:incorrect|invalid|wrong|not (?:correct|valid))\b/g,
    conditionalAllowed: true,
  },
  // "You stayed in that room for hours without any complaint", "complaining about you".
  {
    kind: 'blame',
    pattern:
      /\byou (?:stayed|used|checked out|left|enjoyed|spent|remained|slept|dined|ate)\b[^.!?\n]{0,60}?\bwithout (?:any|a single|raising any|making any|lodging any|registering any) (?:complaints?|concerns?)\b|\b(?:observed|noticed|saw|seen|witnessed|regarding|about) your (?:attitude|behaviou?r|conduct|manners|tone)\b|\byour (?:rude|aggressive|abusive|arrogant|unruly|irritating|hostile|drunken|loud) (?:attitude|behaviou?r|conduct|manner|tone|language)\b|\b(?:complaining|complained) about you\b/g,
  },
  // "I don't know why you booked a double room": their own choice put in doubt.
  {
    kind: 'blame',
    pattern:
      /\b(?:we|i) (?:do not|don't|dont|did not|didn't|cannot|can't|could not|couldn't) (?:know|understand|see) why you (?:are going to |were going to |would |then )?(?:book|booked|chose|choose|chosen|select|selected|opt|opted|went|decided|picked)\b/g,
  },
  // "My team behaves properly as per regulations", "the size of our rooms is up to our standards".
  {
    kind: 'denial',
    pattern: new RegExp(
      String.raw`(?<!\b(?:hope|hoping|trust|ensure|make sure|sure) (?:that )?)\b${BRAND}(?: always| only| also)? (?:behaves?|behaved|acted|acts) (?:very |always |completely |perfectly )?(?:properly|correctly|professionally|appropriately|politely|courteously)\b|\b(?:rooms?|size|sizes|food|service|services|facilities|amenities|staff|breakfast|menu|quality|hygiene|cleanliness|prices?|rates?|tariffs?)(?: of (?:[\w-]+ ){1,3})? (?:is|are|was|were) (?:also |always |fully |completely |very much )?(?:up to|in line with) (?:our|industry|hotel|city) (?:satisfaction|standards?|norms)\b`,
      'g',
    ),
    conditionalAllowed: true,
    apologyAllowed: true,
    reportedProblemOnly: true,
  },
  // "Our staff did nothing wrong", "the desk handled the matter correctly".
  {
    kind: 'denial',
    pattern: new RegExp(
      String.raw`\b${BRAND}(?: had| have| has|'ve)? (?:did|done) nothing wrong\b|\b${BRAND} (?:did not|didn't|has not|hasn't|have not|haven't) (?:do|done) anything wrong\b|\b(?:handled|dealt with|managed) (?:the|this|that|your) (?:situation|matter|issue|case|request|complaint|booking) (?:correctly|appropriately|professionally|properly|perfectly|as per|in accordance with|according to)\b`,
      'g',
    ),
    conditionalAllowed: true,
    reportedProblemOnly: true,
  },
  // "The wait was very short", "you were seated within ten minutes": the delay they report, made small.
  {
    kind: 'denial',
    pattern: new RegExp(
      String.raw`\b(?:the |your )?(?:wait(?:ing)?(?: time| period)?|delay|queue)(?: time)? (?:was|were) (?:very |quite |relatively |actually |really |only |just )?(?:short|brief|minimal|negligible|not (?:that |so |very )?long)\b|\b(?:it|this|that|the (?:wait|delay|process|check-?in)) (?:only|just) (?:took|lasted) (?:${FEW}|a)\b|\byou (?:were|got) (?:seated|served|checked in|attended to|helped|assisted|called) (?:within|in (?:just|only|under|less than)) ${FEW}\b`,
      'g',
    ),
    conditionalAllowed: true,
    apologyAllowed: true,
    reportedProblemOnly: true,
  },
  // "You may be confusing us with another hotel", "you might have misread the confirmation", "you may be mistaken".
  {
    kind: 'youAreWrong',
    pattern:
      /\b(?:confus|mix|mistak)\w* (?:us|our (?:hotel|property|store|restaurant|brand|company)|this (?:hotel|property|store|restaurant)|the hotel) (?:up )?(?:with|for) (?:another|a different|some other|the|a)\b|\byou (?:may|might|must|seem to|appear to|probably)(?: have)? (?:misread|misunderstood|mixed up|misheard|overlooked|confused)\b|\byou (?:may|might|must) be (?:mistaken|confused|wrong|misinformed|thinking of)\b/g,
  },
  // "Your booking was for a standard room": the customer corrected about what they bought.
  {
    kind: 'youAreWrong',
    pattern:
      /\byour (?:booking|reservation|ticket|order|plan|package|fare) (?:was|is) (?:only |just )?for (?:a|an|the|one|two|\d+) (?:[\w-]+ ){0,3}?(?:room|night|person|adult|guest|seat|ticket|plan|package|item|category|occupancy|bed)s?\b/g,
    apologyAllowed: true,
    reportedProblemOnly: true,
  },
  // "Because the do-not-disturb sign was on", "as you had kept the door locked": the missed service put on them.
  {
    kind: 'blame',
    pattern:
      /\b(?:because|since|as|due to the fact that) (?:the|your) (?:[\w"'-]+ ){0,3}(?:sign|tag|card|key|keys|door|room)s? (?:was|were) (?:on|displayed|hung|locked|not (?:left|handed|given|deposited|returned))\b|\b(?:because|since|as) you (?:had )?(?:kept|put|hung|locked|displayed|left) (?:the|your|a) (?:[\w"'-]+ ){0,3}(?:sign|tag|door|room|key|keys|card)s?\b/g,
    ownMistakeAllowed: true,
  },
  // "What you heard is not true", "what you were told is false".
  {
    kind: 'denial',
    pattern:
      /\bwhat you (?:heard|read|saw|were told|have heard|have read|have been told|mentioned|said|claim|wrote|posted) (?:is|was) (?:not (?:true|correct|accurate|right|the case)|false|incorrect|inaccurate|wrong|untrue|misleading)\b|\bwhat you (?:heard|read|saw|were told|have heard|have read|have been told|mentioned|said|claim|wrote|posted) (?:isn't|wasn't) (?:true|correct|accurate|right|the case)\b/g,
  },
  // "At no point did you complain", "we are surprised by your review": the complaint itself called late or odd.
  {
    kind: 'blame',
    pattern:
      /\bat no (?:point|time|stage)(?: of time)?,? (?:did|have|had) you (?:ever )?(?:complain|mention|inform|raise|report|tell|ask|request|approach|bring|express)\w*\b|\b(?:we are|we're|we were|i am|i'm|i was) (?:quite |very |rather |a bit |really )?(?:surprised|shocked|astonished|amazed) (?:by|at|with|to (?:read|see)) (?:your|this|the) (?:[\w-]+ )?(?:review|feedback|comments?|rating|complaint|post)\b/g,
  },
  // "It is impossible that our staff…", "we did not charge you", "we never cancelled your order": the event denied.
  {
    kind: 'denial',
    pattern:
      /\b(?:it|this|that)(?: is|'s| was) (?:simply |just |absolutely |quite )?(?:impossible|not possible) that\b|\bwe(?: have| had)? (?:never|did not|didn't|have not|haven't|had not|hadn't) (?:charged?|overcharged?|billed?|cancell?ed|cancel|forced?|ignored?|insulted?|shouted at|lied to|misled|mislead|asked you for)\b(?![^.!?\n]{0,30}\b(?:yet|until|before)\b)/g,
    conditionalAllowed: true,
    ownMistakeAllowed: true,
  },

  // "But you arrived before check-in time", "it is the guest's responsibility", "you were supposed to inform us".
  {
    kind: 'blame',
    pattern:
      /\bbut(?: then)?,? you (?:had )?(?:came|come|arrived|reached|showed up|turned up|are coming|were coming|checked in|checked out|left)\b(?: [\w-]+){0,4}? (?:early|late|before|after)\b|\b(?:is|was|'s) (?:the |solely the |entirely the )?(?:guest's|guests'|customer's|customers'|passenger's|passengers'|your|user's)(?: own| sole)? (?:responsibility|duty|job|lookout)\b|\bthe onus (?:is|was|lies|lay) (?:on|with) (?:you|the guest|the customer)\b|\byou were (?:supposed|expected|meant|obliged) to (?!(?:receive|get|have|be|hear|see|enjoy|relax|feel)\b)[a-z]+|\byou (?:had )?(?:agreed|accepted|signed|consented) (?:to )?(?:the|our|these|those|all) (?:[\w-]+ )?(?:terms|policy|policies|conditions|rules|t&cs)\b|\b(?:in (?:the )?future|next time),? (?:please |kindly )?(?:make sure|ensure|remember|be sure) (?:that )?you\b/g,
    ownMistakeAllowed: true,
    conditionalAllowed: true,
  },
  // "Please read the terms before booking": a lesson in how to be a customer.
  {
    kind: 'talkingDown',
    pattern:
      /\b(?:read|check|go through|review) (?:the|our) (?:[\w&-]+ ){0,2}(?:terms|policy|policies|conditions|t&cs|details|description|instructions)\b[^.!?\n]{0,30}?\b(?:before|prior to) (?:booking|making|placing|ordering|purchasing|buying|you (?:book|order|buy))\b/g,
  },
  // "CCTV footage shows…", "we have proof that…", "our manager confirmed that you declined": the brand's evidence against their account.
  {
    kind: 'denial',
    pattern:
      /\b(?:cctv|camera|video|security) (?:footage|recordings?|cameras?) (?:clearly )?(?:shows?|showed|confirms?|confirmed|proves?|proved|indicates?)\b|(?<!\b(?:may|can|could|might|if|once|when|will|shall|would|do|please) )\bwe have (?:the |clear |all the )?(?:proof|evidence|records?|receipts?|documentation|screenshots?|footage) (?:that|of|to show|showing)\b|\b(?:our|the) (?:[\w-]+ ){0,2}(?:staff|team|manager|driver|waiter|server|receptionist|agent|chef|captain|crew|housekeeper|guard)s? (?:have |has )?(?:confirmed|stated|said|reported|informed us|told us|mentioned|assured us) that (?:you (?:had |have )?(?:declined|refused|left|cancell?ed|did not|didn't|never|were (?:offered|given|informed|told|shown))|there (?:was|were) no\b|(?:they|he|she) (?:did not|didn't|never)\b|nothing\b)/g,
    reportedProblemOnly: true,
    conditionalAllowed: true,
  },
  // "There is no truth in this", "baseless allegations", "you may have contacted a different company".
  {
    kind: 'denial',
    pattern:
      /\bno truth (?:in|to|behind)\b|\b(?:baseless|unfounded|unsubstantiated|untrue|misleading|false) (?:claims?|allegations?|accusations?|statements?|comments?|remarks?|rumou?rs?|reports?|stories)\b|\byou (?:may|might|must|probably) have (?:contacted|called|visited|emailed|messaged|spoken to|dealt with|bought from|purchased from|ordered from) (?:a |an |the )?(?:different|another|other|wrong|fake|third[- ]party|unauthori[sz]ed)\b/g,
    ownMistakeAllowed: true,
  },
  // "As you must be aware, the hotel is on a beach": what they should have known.
  {
    kind: 'talkingDown',
    pattern:
      /\bas you (?:must|should|would|will) (?:be|have been) (?:well )?aware\b|\bas you (?:are|were) (?:well|fully) aware\b|\bas you are aware that\b|\bplease (?:try to |do )?understand that\b/g,
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

/** A word of a thing's name, not a preposition or conjunction: "no kettle in the room" names a kettle. */
export const THING_WORD = String.raw`(?!(?:in|on|at|of|for|to|with|from|by|and|or|as|during|when|while|because|since|so|but|that|which|who|the|a|an)\b)[a-z][a-z-]+`;

/** Words that head no claim: "no one", "no problem", "no idea". */
export const NOT_A_THING = new Set(
  `one body problem problems issue issues idea doubt way need time matter more less longer other
  longer sense point reason choice option help response reply answer answers words comment thing
  things one's star stars complaints complaint mention where mistake mistakes fault faults error
  errors delay delays question questions doubt available left vacant remaining`.split(/\s+/),
);

/**
 * What the customer says was missing or wrong: "no coffee maker in the room", "the AC was not
 * working", "non-functional lifts", "the linen was not fresh". Group 1 is the thing.
 */
export const CLAIMED_FAULT = [
  new RegExp(
    String.raw`\b(?:there (?:was|were|is|are) |had |has |have |with |and |but |,|^|\.|\n)\s*no (?:proper |working |clean |fresh |decent |basic |hot |cold |functional )?((?:${THING_WORD} )?${THING_WORD})\b`,
    'g',
  ),
  /\b(?:the |our |my |their |its |all |any )?((?:[a-z][a-z-]+ )?[a-z][a-z-]+)(?: (?:in|of|at|on) (?:the |our |my |their )?[a-z][a-z-]+)? (?:was|were|is|are|wasn't|weren't|isn't|aren't)(?: not| never)?(?: (?:even|properly|fully|really|at all))? (?:working|functional|functioning|operational|clean|cleaned|changed|fresh|available|provided|replaced|serviced|there)\b/g,
  /\bnon[- ]?(?:functional|functioning|working|operational) ((?:[a-z][a-z-]+ )?[a-z][a-z-]+)\b/g,
  /\b((?:[a-z][a-z-]+ )?[a-z][a-z-]+) (?:didn't|did not|doesn't|does not|don't|do not|never|wouldn't|would not) (?:work|function)\b/g,
  /\b((?:[a-z][a-z-]+ )?[a-z][a-z-]+) (?:was|were|is|are) (?:(?:very|so|really|extremely|quite|far|way|much|a bit|a little|too|all|not) ){0,2}(?:rude|unfriendly|arrogant|unprofessional|impolite|unhelpful|discourteous|noisy|loud|small|tiny|cramped|overpriced|expensive|costly|dirty|filthy|broken|stained|smelly|unclean|unhygienic|faulty|damaged|out of order|reused|used|stale|limited|unavailable|missing)\b/g,
  /\b(?:very |too |quite |so |extremely )?(?:limited|few|poor|less|small) (variety|items|options|choices?|selection|dishes|spread)\b/g,
] as const;

/** A claim is a fault only when its words are negated or faulty; this tells the negated forms from "the AC was working". */
export const FAULT_NEGATION =
  /\b(?:no|not|never|non|wasn't|weren't|isn't|aren't|didn't|doesn't|don't|wouldn't)\b|n't\b|\b(?:rude|unfriendly|arrogant|unprofessional|impolite|unhelpful|discourteous|noisy|loud|small|tiny|cramped|overpriced|expensive|costly|dirty|filthy|broken|stained|smelly|unclean|unhygienic|faulty|damaged|out of order|reused|used|stale|limited|unavailable|missing)\b/;

/**
 * The reply saying the same thing is fine: "the AC is functional", "all rooms have tea makers",
 * "we change the linen every day", "we provide all the toiletries". Group 1 is the thing.
 */
export const ASSERTED_FINE = [
  /\b((?:[a-z][a-z-]+ ){0,2}[a-z][a-z-]+) (?:is|are|was|were)(?: (?:all|always|fully|perfectly|completely|very|absolutely|totally))* (?:functional|functioning|working|operational|clean|spotless|fresh|hygienic|sparkling|available|provided|well[- ]maintained|polite|courteous|friendly|helpful|professional|cordial|well[- ]behaved|well[- ]trained|quiet|peaceful|spacious|roomy|reasonable|affordable|competitive|reasonably priced|in (?:good |perfect |proper )?(?:working )?(?:order|condition))\b(?! (?:now|again|since|after|once|from now)\b)/g,
  /\bwe (?:always |religiously |daily |regularly |do |also |duly )*(?:have placed|placed|place|provide|provided|change|changed|clean|cleaned|serve|served|offer|offered|replace|replaced|sanitise|sanitize|keep|have) (?:(?:all|the|our|a|an|fresh|clean|new|complimentary|free) )*(?!(?:very|limited|few|only|small|little|less|some|no|not|any)\b)((?:[a-z][a-z-]+ ){0,3}[a-z][a-z-]+)\b(?=[^.!?\n,;]{0,40}\b(?:every|each|all|always|daily|religiously|regularly|round the clock|24 hours|24x7|24\/7)\b)/g,
  /\b(?:every|each|each and every|all(?: (?:the|our))?) (?:room|rooms|bathroom|bathrooms|floor|floors|table|tables|unit|units) (?:has|have|is equipped with|are equipped with|comes with|come with|contains?) (?:a |an |the |its own |their own )?((?:[a-z][a-z-]+ ){0,2}[a-z][a-z-]+)\b/g,
  /\b(?:in|to) (?:every|each|each and every|all(?: (?:the|our))?) (?:room|rooms|bathroom|bathrooms)s?,? we (?:have )?(?:placed|place|provide|provided|keep|put|installed|install) (?:a |an |the )?((?:[a-z][a-z-]+ ){0,3}[a-z][a-z-]+)\b/g,
  /\b(?:with|has|have|offer|offers|serve|serves|there (?:is|are)) (?:a |an )?(?:around |about |over |more than |nearly |almost |up to )?(?:\d+|good|wide|great|large|huge|excellent|plenty of|lots of|many|several|vast|extensive|ample)(?: [a-z-]+){0,2}? (variety|items|options|choices?|selection|dishes|spread)\b/g,
] as const;

/** Words up to and just past an all-clear that make it a report of a fix or a concession. */
export const FIX_OR_CONCESSION =
  /\b(?:limited|now|since|again|fixed|repaired|replaced|resolved|rectified|sorted|new|recently|upgraded|renovated|will|shall|going to|sorry|apologi[sz]e|apologies|apology|regret|unfortunately|should have|should be|supposed to)\b/;

/** Words before an all-clear that make it a condition or a wish: "every time there are no seats", "we hope everything was fine". */
export const CONDITION_BEFORE =
  /\b(?:glad|happy|pleased|delighted|thrilled|great|good|nice|lovely|wonderful|when|whenever|every time|unless|if|whether|hope|hoping|trust|wish|ensure|make sure)\b/;

/** A noun and its plural as one key: "makers" and "maker", "amenities" and "amenity". */
export function thingKey(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && /(?:ches|shes|sses|xes)$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}
