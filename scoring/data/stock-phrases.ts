/**
 * Template phrases that read as copied and pasted. A reply that contains one earns nothing for it:
 * rules read them as blank, except apology and thanks, which report them as canned.
 */
export const STOCK_PHRASES: readonly {
  readonly kind: 'apology' | 'thanks' | 'filler';
  readonly pattern: RegExp;
}[] = [
  {
    kind: 'apology',
    pattern:
      /\b(?:we|i) (?:sincerely )?apologi[sz]e for any (?:inconvenience|trouble|confusion)(?: (?:this|that) (?:may have|has|might have)? ?caused(?: you)?| caused(?: to you)?)?\b/g,
  },
  {
    kind: 'apology',
    pattern:
      /\b(?:we are|we're|i am|i'm) sorry for any inconvenience(?: caused| this (?:may have )?caused(?: you)?)?\b/g,
  },
  { kind: 'apology', pattern: /\bsorry for any inconvenience(?: caused)?\b/g },
  {
    kind: 'thanks',
    pattern:
      /\bthank you for (?:contacting|reaching out to) (?:us|customer (?:service|support|care))\b/g,
  },
  { kind: 'thanks', pattern: /\bthanks? (?:you )?for reaching out\b/g },
  {
    kind: 'thanks',
    pattern: /\bthank you for your (?:message|email|enquiry|inquiry|tweet|post)\b/g,
  },
  {
    kind: 'filler',
    pattern:
      /\b(?:we value your feedback|your (?:call|feedback|business) is (?:very )?important to us|customer satisfaction is our (?:top|number one|#1) priority)\b/g,
  },
  { kind: 'filler', pattern: /\bhave a (?:nice|great|good) day\b/g },
  {
    kind: 'filler',
    pattern: /\bwe strive to provide the best (?:possible )?(?:service|experience)\b/g,
  },
];

/**
 * Generic lines that are fine beside words of the reply's own ("Thank you for your review, Tom!
 * Nell will be thrilled…") but make a template when nothing else is said: thanks for nothing in
 * particular, "we hope to welcome you back soon", "we'll pass this on to the team". They are not
 * blanked; the personal criterion reads them only to tell a template.
 */
export const TEMPLATE_PHRASES: readonly RegExp[] = [
  /\bthank(?:s| you)(?: (?:so|very) much)? for (?:your|the|all the) (?:(?:kind|lovely|great|positive|wonderful|nice|generous|valuable|honest) )?(?:review|feedback|words|comments?|rating)(?=\s*(?:[.!;,\n]|$))/g,
  /\b(?:(?:we|i) )?(?:hope|look forward|would love|'d love) to (?:welcome|welcoming|see|seeing|have|having|host|hosting) you (?:back|again)(?: (?:to|at|in) (?:[\w'&-]+ ){0,3}?[\w'&-]+)?(?: (?:again|soon|very soon|in the (?:near )?future))?(?=\s*(?:[.!;,\n]|$))/g,
  /\b(?:we|i)(?: will|'ll)? pass (?:this|it|that|them|your (?:kind )?(?:words|comments|feedback|review)) (?:on )?to (?:the|our) team\b(?=\s*(?:[.!;\n]|$))/g,
];

/** The same phrases as plain text, for tests and for authors' tooling. */
export const STOCK_PHRASE_EXAMPLES: readonly string[] = [
  'We apologize for any inconvenience.',
  'We apologise for any inconvenience caused.',
  "We're sorry for any inconvenience.",
  'Thank you for contacting us.',
  'Thanks for reaching out!',
  'Thank you for your message.',
  'We value your feedback.',
  'Your business is important to us.',
  'Have a nice day!',
  'We strive to provide the best service.',
];
