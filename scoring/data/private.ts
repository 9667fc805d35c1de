/** Offers to continue in a private channel (LABELS.md `private`). */
export const PRIVATE_CHANNEL_PATTERNS: readonly RegExp[] = [
  /\b(?:dm|dms|dm'?d|dming|(?<!\d\s?)pms?|inbox|direct(?:ly)? messages?|private(?:ly)? (?:messages?|chat|form|request|link|channel)|message us privately|privately|secure (?:link|form|message|portal|chat))\b/g,
  // "Let's take this offline", not "mark files as offline" or "the app works offline".
  /\b(?:take|taking|move|moving|continue|continuing|discuss|chat|talk|speak|follow(?:ing)? up)(?: (?:this|it|that|things|the (?:conversation|discussion|matter)))? offline\b/g,
  /\b(?:e-?mail|mail) (?:us|me|our (?:\w+ )?team)\b|\be-?mail (?:us |me )?(?:at|on)\b(?! (?:the|your|this|that|file|record) ?(?:\w+ )?(?:account|booking|order|reservation|profile|file|record)?\b)|\b(?:contact|reach|follow(?:ing)? up|get in touch|write to|connect|respond|reply|talk|speak|continue|be in touch|get back to you|hear from us)(?: with)?(?: us| you| me)? (?:directly )?(?:via|by|over|through) e-?mail\b|\b(?:send|drop|shoot) (?:us|me) (?:an? )?e-?mail\b|\b(?=forward|send|share)(?<!\b(?:(?:we|i)(?:'ll| will| can| could| would|'d)?|be|been|being|is|are|was|were|have|has|had|to) )(?:forward|send|share)(?: [\w']+){0,4} (?:in|by|via|through|over) (?:an? )?e-?mail\b|\bto (?:forward|send|share)(?: [\w']+){0,2} (?:to )?(?:us|me)\b(?: [\w']+){0,3} (?:in|by|via|through|over) (?:an? )?e-?mail\b|(?<!\byour (?:\w+ )?)\be-?mail (?:address|id) (?:is|:)/g,
  /\b(?:call|phone|ring|text) (?:us|me|our|the)\b(?! (?:that|names|a |an |liars|out|back on))|\bgive (?:us|me) a (?:call|ring)\b|\b(?:phone|telephone) (?:support|team|line|agents?)\b|\bour (?:phone|contact|telephone) (?:numbers?|details)\b|\bby (?:phone|telephone)\b|\bover the phone\b|\b(?:i|we)(?:'ll| will| can| could) (?:call|phone|ring|email|e-mail|message|dm)(?: you)?\b|\bcall (?:back|you)\b|\b(?:hotline|helpline|call centre|call center)\b|\b(?:via|by|through|over) (?:live |online )?chat\b/g,
  /\b(?:chat with us|live chat|(?:online|web) chat|(?:reach|contact|connect with|get in touch with) (?:us|me|our (?:\w+ ){0,2}(?:team|agents?|support|specialists?|experts?))(?: (?:directly|privately))?(?: (?:by|via|at|through|on|using|here|below|with)| \S* ?link)|(?:submit|open|raise|send) (?:us )?(?:a |your )?(?:support |private |secure )?(?:request|ticket|case|form)(?: to (?:us|me|our (?:\w+ )?team))?(?: (?:here|below|via|at|through|using)| \S* ?link)|(?:let|tell) (?:our|the) (?:\w+ )?team know (?:at|via|through|using|here))\b/g,
  /\b(?:reach out to|contact|write to) (?:us|me|our \w+ team) (?:at|on)\b/g,
  // "Send us a message by clicking the link below", "please message us with the email", "chat securely with me", "return to our chat".
  /\bsend (?:us|me) a (?:message|note|private message)\b|(?<!\b(?:feel free to|don't hesitate to|do not hesitate to) )\b(?:message|pm) (?:us|me)\b(?! (?:again|if|back|anytime|any time)\b)|\b(?:chat|talk|speak|message|connect) securely\b|\b(?:return to|continue in|use|open|start) (?:our|the|a) (?:live |online |support )?chat\b|\bcheck your (?:e-?mail|inbox|dms|direct messages)\b(?=[^.!?\n]{0,40}\b(?:follow up|reply|respond|continue|details|we(?:'ve| have) (?:sent|emailed)|from us|from our team)\b)/g,
  // "Please phone or chat to review options", "you can reach them by following the steps at …".
  // "Reach out to the chat team here", "use the Chat button", "send us a note at …", "fill in our contact form", "I am available to speak to you".
  /\b(?:chat (?:team|button|icon|agents?|window)|(?:contact|support|web|request|enquiry|inquiry) form|(?:send|drop|leave|shoot) (?:us|me) a (?:note|line|message)|(?:available|free|happy|glad|pleased) to (?:speak|talk|chat) (?:to|with) you|(?:speak|talk) (?:to|with) you (?:directly|personally|privately|offline|one-on-one|over the phone|on the phone)|(?:please|kindly|you (?:can|could|may|should|have to|need to|will need to|'ll need to|would need to)) (?:call|phone|ring)\b(?! (?:it|this|that|them)\b)|(?:can|could|would) you (?:please )?e-?mail\b|(?:please|kindly) e-?mail\b)\b/g,
  /\b(?:phone|call|ring)(?:,? or (?:live |online )?chat)\b|\b(?:reach|contact|get in touch with) (?:them|the team|that team)(?: directly)? (?:by|via|at|through|on|using)\b/g,
  // "You have to call.", "please give us a call": a phone call asked for, no one named.
  /\b(?:you(?: will| would|'ll|'d)? (?:have|need) to|you(?:'ll| will) want to|please|kindly|you can|you could|you may|feel free to) (?:just )?(?:call|phone|ring)\b(?! (?:it|this|that|them|him|her|out|off|back on)\b)/g,
  // "Discuss it sooner by calling", "I'll give you a call", "please contact our support", "fill in the web form".
  /\bby (?:calling|phoning|ringing)\b|\bgive you a (?:call|ring)\b|\b(?:please|kindly|you can|you could|you may|feel free to|just|you(?:'ll| will)? need to) (?:contact|reach out to|get in touch with) (?:our|the) (?:[\w-]+ ){0,2}(?:support|team|customer (?:care|service|support)|helpline|agents?|specialists?|experts?)\b|\bfill (?:in |out )?(?:the|this|our) (?:web |contact |online |support )?form\b/g,
  // "Can you email your name and address over to …", "please email the photos to the team".
  /\b(?:please|pls|kindly|can you|could you|would you|you can|you could|feel free to) (?:just )?e-?mail (?:us|me|your|the|them|it|this|that|those|these|a|an|over|across|in)\b/g,
];

/** Personal data a brand must never ask for, or post, in public. */
export const PERSONAL_DATA = String.raw`(?:(?:order|confirmation|confirm|booking|reservation|account|acct|member(?:ship)?|loyalty|ticket|tracking|reference|ref|case|policy|customer|card|credit card|debit card|phone|mobile|cell|contact|telephone|passport|social security|ssn|pnr|record locator|nectar card|rewards?|rapid rewards)(?: (?:number|no\.?|#|code|id|details|info|information|reference|ref))|order #|confirm(?:ation)? #|e-?mail (?:address|id)|(?:home|full|delivery|postal|shipping|billing|mailing|street|email) address|date of birth|dob|password|pin|full name|last name|surname|username|card details|account details|bank details|cvv|security code)`;

/** Data that is only personal when it is the customer's own: "your email", "your address". */
const OWN_DATA = String.raw`(?:e-?mail|phone|address|zip(?: code)?|post ?code|pin ?code|name)`;

const REQUEST_VERB = String.raw`(?:(?:please |pls |kindly |can you |could you |would you |will you |just )?(?:send|share|provide|give|post|tweet|comment|advise (?:us|me)(?: of)?|let (?:us|me) have|(?:reply|respond|comment)(?: here| below| back| to this(?: tweet| post)?)? with|tell us|tell me|let us know|let me know|include|confirm|drop|leave|write|put|pop|add|type(?![^.!?\n]{0,40}\b(?:in|into)\b))|(?:can|could|may) (?:we|i) (?:have|get|grab|take)|(?:we|i)(?:'ll| will|'d| would)? need)(?! (?:you|them)\b)`;

/**
 * The brand sending, not asking, just before a request: "we'll send your invoice", "our team will
 * also send your new PIN". Checked on the text before each hit, so the request pattern stays cheap.
 */
export const BRAND_SENDS_BEFORE =
  /\b(?:we|i|they|he|she|it|team|staff|store|shop|manager|colleagues?|someone|courier|agents?)(?:'ll| will| can| could| would|'d| are going to|'re going to| shall)?(?: (?:just|also|then|now|soon|shortly|happily|gladly|quickly|automatically|re-?|be happy to|be glad to))? $/;

/** "This tweet and the one with your phone number": a verb that is a noun here ("tweet", "post"). */
export const NOUN_BEFORE = /\b(?:this|that|the|a|an|your|my|our|his|her|their|each|every|one) $/;

/** A request that opens with a polite word or a question, so the word before it is no determiner. */
export const REQUEST_OPENER = /^(?:please|pls|kindly|can|could|would|will|just|may|we|i)\b/;
/** "Send your order number by email": the channel, not the data asked for. */
const NOT_CHANNEL = String.raw`(?<!\b(?:by|via|through|over|per|an|in) )`;

/** A request for personal data: "please send us your order number". */
/** A word between the request and the data, not one that starts a clause of its own ("let us know if your email changed"). */
const LISTED = String.raw`(?: (?!(?:if|whether|when|once|that|how|why|what|where|which|who|after|before|until|as|so|because|to|for|in|on|from|at|by|into|about|regarding|via|through|within|stated|shown|listed)\b)(?:\w+|[,&/] ?\w+)|(?: ?[,&/] ?\w+))`;

/** What the data belongs to: "the email on the account", "the name the booking is under". */
const ON_RECORD = String.raw`(?:on|under|associated with|linked to|attached to|registered (?:to|on|with)|used (?:for|on)|for) (?:the|your|this|that) (?:\w+ )?(?:account|booking|order|reservation|card|profile|policy|ticket)`;

export const PII_REQUEST = new RegExp(
  String.raw`\b${REQUEST_VERB}(?: (?:us|me|over|across|along|back|in|here|below))*(?:(?: (?:the|an?|with))?${LISTED}{0,8}? ${PERSONAL_DATA}\b|${LISTED}{0,6}? (?:with )?(?:your|ur)(?: (?:\w+|[,&/] ?\w+)| ?[,&/] ?\w+){0,5}? (?:${PERSONAL_DATA}|${NOT_CHANNEL}${OWN_DATA})\b)(?! (?:of|for) (?:that|the|this) (?:branch|store|location|area|shop|station|hotel|restaurant))|\bwhat(?:'s| is| are| was) your (?:\w+ )?(?:${PERSONAL_DATA}|${OWN_DATA})\b|\bwhat(?:'s| is| are| was) the (?:\w+ )?(?:${PERSONAL_DATA}|${OWN_DATA}) ${ON_RECORD}\b`,
  'g',
);

/** Words that put a request in public: "reply here", "below", "in the comments". */
export const PUBLIC_PLACE =
  /\b(?:(?:reply|respond|comment|post|tweet)(?: (?:back|it|them))? (?:here|below|to this|in (?:the )?(?:comments?|thread|replies))|here in (?:the )?(?:comments?|thread)|in (?:the|this) (?:comments?|thread|tweet)|(?:publicly|in public|on (?:this|the) (?:page|post|thread|timeline|tweet|review))|just reply|reply to this (?:tweet|post|comment)|(?<=\b(?:pop|drop|leave|put|post|write|type|add|share|comment|list|note)\b[^.!?\n]{1,60}) below)\b/g;

/** "Don't share your card details here": a warning, not a request. */
export const PII_WARNING =
  /\b(?:do not|don't|never|please don't|please do not|avoid|refrain from) (?:share|post|send|include|tweet|publish|put|give)\b/g;
