/** Saying publicly that something is wrong: "we're aware", "card payments are down". */
export const ACKNOWLEDGE =
  /\b(?:we(?:'re| are) (?:now )?aware|we know (?:that |about )?(?:some|many|a number|you|customers|the|our|people|it's|this)|we(?:'re| are| have been|'ve been) (?:seeing|receiving|getting) (?:reports|an? |issues|problems|some)|we(?:'ve| have) (?:received|had|seen) (?:reports|a number of reports|an? (?:number|few))|reports of|(?:is|are|was|were|has been|have been) (?:currently |temporarily |partly |partially )?(?:down|unavailable|offline|not working|not loading|disrupted|delayed|cancell?ed|suspended|affected|failing|out of (?:action|service|order))|(?:an?|the|this|today's|this morning's) (?:outage|disruption|incident|issue|problem|fault|delay|delays|breach|failure) (?:with|affecting|on|in|at|to|that)|some (?:customers|users|of you|people|passengers|members|guests)(?: (?:are|may be|have been|were|might be|can't|cannot|couldn't))|experiencing (?:an? )?(?:outage|issues?|problems?|disruption|difficulties|delays|technical)|we(?:'re| are) investigating (?:an?|reports|the|this)|we(?:'ve| have) identified (?:an?|the)|we(?:'ve| have) (?:had|got) (?:an?|some) (?:outage|issue|problem|fault|incident))\b/g;

/** The measures under way: "our engineers are working on a fix", "we've rolled back the update". */
export const MEASURES =
  /\b(?:(?:we(?:'re| are)|our (?:\w+ )?(?:team|teams|engineers|staff|crews?|technicians)(?: (?:is|are))?|engineers are|teams are|crews are|everyone is|the team is)(?: (?:now|currently|still|already|urgently|actively|all))? (?:working|investigating|fixing|restoring|rolling (?:\w+ )?(?:out|back)|deploying|testing|looking into|on (?:it|this|site|the case)|repairing|replacing|rerouting|re-routing|adding|running|arranging|monitoring|contacting|refunding|rebooking|waiving|extending)|we(?:'ve| have)(?: now| already| just)? (?:rolled back|deployed|restored|paused|added|switched|brought in|opened|extended|arranged|laid on|waived|identified (?:a|the) (?:fix|cause)|put on|cancelled (?:all|the) (?:affected|duplicate)|refunded|fixed|isolated|contained|disabled)|a fix (?:is|has been)(?: being)? (?:deployed|rolled out|on its way|in progress|tested|applied|ready|underway|under way)|(?:replacement|extra|additional) (?:buses|coaches|staff|flights|trains|capacity|servers)|working (?:on|to) (?:a fix|fix|restore|resolve|get|bring|repair)|(?:being|been) (?:fixed|restored|investigated|worked on|repaired|resolved|rolled back)|(?:all|any) (?:affected|duplicate|double) (?:orders|payments|charges|customers|bookings) (?:will|are going to|'ll) be (?:refunded|reversed|rebooked|contacted|credited|compensated))\b/g;

/** The cause, when known: "caused by a failed update", "due to a power cut". */
export const CAUSE =
  /\b(?:caused by|due to|because(?: of)?|the (?:root )?cause (?:is|was|has been)|root cause|as a result of|following (?:a|an|the|last night's|this morning's)|(?:was|were|is|has been) (?:triggered|caused) by|traced (?:it|this|the \w+) (?:back )?to|the (?:issue|problem|outage|fault|disruption) (?:is|was) (?:with|in|a|an|down to|related to)|(?:is|was) down to (?:a|an|the))\b/g;

/** Saying the cause is not known yet, which is all a first update can honestly do. */
export const CAUSE_UNKNOWN =
  /\b(?:(?:don't|do not) (?:yet )?know (?:the|what) (?:cause|caused|is causing)|investigating (?:the|what(?:'s| is)?) (?:cause|causing|caused)|cause (?:is|remains) (?:not yet known|unknown|unclear|under investigation)|not yet (?:sure|clear|known) (?:what|why)|working out (?:what|why)|still (?:finding out|establishing|confirming) (?:what|why|the cause))\b/g;

/** A promise of the next update: "next update at 3pm", "we'll post again within the hour". */
export const NEXT_UPDATE =
  /\b(?:next update|further update|another update|more updates?|(?:we'll|we will|we're going to|we are going to|i'll|i will|and will|then will)(?: \w+)? (?:post|share|provide|give|send|publish|tweet|update|be back|come back|report back)|updat(?:e|ing) (?:you|everyone|this (?:thread|post|page|tweet)|here|our (?:status page|feed))|keep (?:you|everyone|this thread) (?:posted|updated|informed)|check back|more (?:information|info|news|details) (?:to follow|soon|at|by|in|within|shortly|as soon))\b/g;

/** When, for a crisis: clock times, "within the hour", "every 30 minutes", "in two hours". */
export const UPDATE_TIME =
  /\b(?:at|by|before|around|after) (?:\d{1,2}(?:[:.]\d\d)?\s?(?:am|pm)?|noon|midday|midnight|\d{1,2}[:.]\d\d)\b|\b\d{1,2}(?:[:.]\d\d)?\s?(?:am|pm)\b|\b\d{1,2}[:.]\d\d\b|\bwithin (?:the |an |one |the next |(?:\d+|two|three|four|thirty|fifteen|twenty|ten) )?(?:hour|hours|minutes|mins)\b|\bin (?:about |around |the next )?(?:an|one|\d+|two|three|four|thirty|fifteen|twenty|ten|half an) ?(?:hour|hours|minutes|mins)\b|\bevery (?:\d+ |half an |two |three |thirty |fifteen |twenty |ten )?(?:hour|hours|minutes|mins)\b|\bon the hour\b|\b(?:this|tomorrow) (?:morning|afternoon|evening)\b|\btonight\b|\btomorrow\b|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/g;

/** An apology of the brand's own (stock phrases are masked before this runs). */
export const CRISIS_APOLOGY = /\b(?:sorry|apologi[sz]e|apologies|regret)\b/g;
