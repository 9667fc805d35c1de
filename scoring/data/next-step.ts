const STAFF = String.raw`(?:[\w-]+ ){0,2}(?:team|agents?|engineers?|manager|specialists?|staff|courier|store|driver|technician|kitchen|depot|colleagues?|supervisor|lead|chef|desk|department)`;
/** Who commits: the brand, a colleague ("our store manager, Claire,"), or "he", "she", "they". */
const WE = String.raw`(?:(?:i|we|he|she|they|(?:our|the) ${STAFF}|someone(?: from (?:our|the) \w+(?: team)?)?|a (?:member of (?:our|the) team|specialist|manager|colleague|technician|engineer))(?:, [a-z'-]+,)?)`;
const WILL = String.raw`(?:'ll(?: be)?| will(?: be)?| are going to|'re going to| am going to|'m going to| is going to|'s going to| can|'d like to| would like to| want to| shall| are|'re| am|'m| is|'s)`;
const ACTION = String.raw`(?:check(?:ing)?|look(?:ing)? into|follow(?:ing)? up|updat(?:e|ing)|get(?:ting)? back|investigat(?:e|ing)|send(?:ing)?|refund(?:ing)?|replac(?:e|ing)|re-?ship(?:ping)?|re-?book(?:ing)?|arrang(?:e|ing)|call(?:ing)?|ring(?:ing)?|contact(?:ing)?|e-?mail(?:ing)?|dm(?:ing)?|messag(?:e|ing)|chas(?:e|ing)|escalat(?:e|ing)|sort(?:ing)?|fix(?:ing)?|resolv(?:e|ing)|process(?:ing)?|issu(?:e|ing)|credit(?:ing)?|book(?:ing)?|keep(?:ing)? you|let(?:ting)? you know|reach(?:ing)? out|pass(?:ing)?|shar(?:e|ing)|mak(?:e|ing) sure|ensur(?:e|ing)|review(?:ing)?|monitor(?:ing)?|confirm(?:ing)?|expedit(?:e|ing)|reimburs(?:e|ing)|schedul(?:e|ing)|cancel(?:l?ing)?|collect(?:ing)?|pick(?:ing)? up|deliver(?:ing)?|post(?:ing)?|restor(?:e|ing)|add(?:ing)?|apply(?:ing)?|waiv(?:e|ing)|put(?:ting)? (?:this|it|things) right|tak(?:e|ing) care|handl(?:e|ing)|come back|be in touch|hear back|work(?:ing)? on|track(?:ing)? (?:it|this|your)|speak(?:ing)? (?:to|with)|talk(?:ing)? (?:to|with)|hav(?:e|ing) a (?:word|chat|look)|giv(?:e|ing) (?:\w+ ){1,3}a (?:call|ring|nudge)|rais(?:e|ing) (?:it|this|that|the|your)|follow(?:ing)? (?:this|it|that|your \w+) up|look(?:ing)? at|drop(?:ping)? (?:(?:it|this|them|\w+) )?off|visit(?:ing)?|flag(?:ging)?|report(?:ing)?|remind(?:ing)?|text(?:ing)?|writ(?:e|ing) to|order(?:ing)?|open(?:ing)? an? (?:case|ticket|claim|complaint|investigation)|log(?:ging)?|ask(?:ing)?\b(?! (?:you|that you|if you|whether you)\b)|get(?:ting)? (?:this|it|that|things|everything|you|them|your|a new|a replacement|a refund|one)\b|get(?:ting)? (?:[\w'-]+ ){1,5}?(?:out|over|sent|re-?sent|sorted|fixed|booked|through|across|round to you|delivered|replaced|refunded|resolved|off to you|to you)\b|get(?:ting)? (?:(?:someone|somebody)(?: from (?:our|the) [\w-]+)?|(?:an?|our|the) (?:[\w-]+ )?[\w-]+) to (?!be\b)\w+)`;

const ADVERB = String.raw`(?:(?:now|personally|also|then|definitely|right away|immediately|happily|gladly|absolutely|urgently|just|quickly|be (?:happy|glad) to|happy to|glad to) )*`;

/** A first-person commitment to act: "I'll check", "our team will call you", "we're refunding". */
export const COMMITMENT = new RegExp(
  String.raw`\b${WE}${WILL} ${ADVERB}${ACTION}\b|\blet me (?:\w+ )?${ACTION}\b|\bleave it with (?:me|us)\b|\b(?:i'm|i am|we're|we are) on (?:it|this|the case)\b|\b(?:will|'ll) be (?:refunded|sent|processed|issued|dispatched|credited|fixed|resolved|re-?booked|replaced|reinstated|restored|reversed|corrected|arranged|booked|updated|waived|unlocked|reset|collected|delivered|posted|investigated|looked into|reviewed|chased|escalated|passed on)\b|\b(?:is|are) (?:now )?being (?:refunded|sent|processed|issued|dispatched|credited|fixed|resolved|re-?booked|replaced|arranged|investigated|looked into|reviewed|chased|escalated|packed|prepared)\b`,
  'g',
);

/**
 * A named colleague's commitment: "Claire will call you", "Claire, our store manager, will look
 * into it". The name and role are looked behind for (the match starts at "will", which keeps the
 * scan cheap); the rule checks that the name is capitalised and not the customer's.
 */
export const NAMED_COMMITMENT = new RegExp(
  String.raw`(?<=\b(?!(?:we|i|you|they|he|she|it|this|that|there|which|who|what|everything|nothing|someone|everyone)\b)([a-z][a-z-]+)(?![a-z-])(,? (?:our|the|your) ${STAFF},)?)(?:'ll| will| is going to|'s going to) ${ADVERB}${ACTION}\b`,
  'g',
);

/** Something already done for the customer: "we've refunded", "a new one has been sent". */
export const DONE = new RegExp(
  String.raw`\b(?:i|we)(?:'ve| have)(?: now| just| already| also)? (?:refunded|issued|sent|replaced|re-?shipped|credited|processed|arranged|booked|re-?booked|escalated|passed|flagged|raised|cancell?ed|fixed|resolved|updated|added|applied|reversed|dispatched|reinstated|restored|waived|reset|unlocked|ordered|reserved|upgraded|corrected|removed|emailed|dm'?d|messaged|called|contacted|asked|chased|reported|logged)\b|\b(?:has|have) (?:now |just |already )?been (?:refunded|sent|processed|issued|dispatched|credited|fixed|resolved|re-?booked|replaced|reinstated|restored|cancell?ed|reversed|corrected|approved|arranged|booked|updated|waived|unlocked|reset)\b|\b(?:is|are) (?:now )?on (?:its|their) way\b`,
  'g',
);

/** When the next step or the follow-up comes: "by 5pm", "within 24 hours", "tomorrow". */
export const TIMEFRAME =
  /\b(?:by|before|until|at|around|after) (?:\d{1,2}(?:[:.]\d\d ?(?:am|pm)?| ?(?:am|pm))|noon|midday|midnight|tonight|tomorrow|(?:the )?end of (?:the )?(?:day|week|month)|eod|cob|close of business|mon(?:day)?|tue(?:sday)?|wed(?:nesday)?|thu(?:rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|this (?:afternoon|evening|morning|week)|lunch(?:time)?)\b|\bwithin (?:the (?:next )?)?(?:\d+|an?|one|two|three|four|five|24|48|72|the) ?(?:-?hours?|hrs?|days?|minutes?|mins?|weeks?|working days?|business days?|hour)\b|\bin (?:the next |about |around )?(?:\d+|an?|one|two|three|a few|a couple of) ?(?:hours?|hrs?|days?|minutes?|mins?|weeks?|working days|business days)\b|\b(?:tomorrow|tonight|today|later today|this (?:afternoon|evening|morning|week)|first thing|(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|next week|right away|straight away|immediately|right now)\b|\bnow\b(?<!\b(?:for|by|until|till|of|from|up to|right|than|even|just) now)(?! (?:that|on|and then)\b)|\b(?:\d{1,2}(?:[:.]\d\d)? ?(?:am|pm)|\d{1,2}:\d\d)\b/g;

/** A promise to come back to the customer: "I'll check back", "we'll keep you posted" (the rule checks who promises). */
export const FOLLOW_UP =
  /\b(?:check (?:back|in) (?:with you|on (?:you|this|it|your))?|follow(?:ing)? up|get(?:ting)? back to you|keep you (?:posted|updated|informed|in the loop)|update you|let you know|be in touch|come back to you|reach out (?:to you )?again|check on (?:it|this|your|that)|follow (?:this|it|that|your \w+) up)\b/g;

/** A request for the customer to act, which on its own commits the brand to nothing. */
export const CUSTOMER_ASK =
  /\b(?:please|pls|could you|can you|would you|feel free to|you can|you could|just)(?: \w+)? (?:dm|message|contact|email|call|send|reach|ring|visit|check|try|follow|fill|submit|reply|let us know|get in touch|track|use|find|book|order|return|apply|head|pop)\b/g;
