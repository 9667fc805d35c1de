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
