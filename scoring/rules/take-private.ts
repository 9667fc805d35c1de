import { findPhoneNumbersInText } from 'libphonenumber-js';
import {
  BRAND_SENDS_BEFORE,
  NOUN_BEFORE,
  PII_REQUEST,
  PII_WARNING,
  PRIVATE_CHANNEL_PATTERNS,
  PUBLIC_PLACE,
  REQUEST_OPENER,
} from '../data/private.ts';
import type { Hit, ReplyDocument, Span } from '../document.ts';
import { defineRule, outcome } from '../rule.ts';
import type { Finding } from '../rule.ts';

const EMAIL_ADDRESS = /\b[\w.+-]+@[\w-]+\.[\w.-]+\b/g;
const THEIR_DATA =
  /\byour (?:\w+ )?(?:e-?mail(?: address)?|phone(?: number)?|mobile(?: number)?|(?:home |delivery |billing )?address|card(?: number)?|account(?: number)?|password|pin|date of birth) (?:is|was|:|as|ending in|reads)\s*\S*\d/g;

/** A form, link, address or number in the request's sentence: "click below to send your name", "share your details on 0800 123 456". */
const DIRECTED_ELSEWHERE =
  /https?:\/\/|www\.|\blink\b|\bform\b|\bwebsite\b|\bapp\b|\b(?:click|tap)\b|\b[\w.+-]+@[\w-]+\.[\w.-]+\b|\d[\d ()-]{6,}\d/;

const CONTACT_BUTTON =
  /\b(?:click|tap|select|choose|press|hit)(?: on)? (?:the )?["']?(?:contact us|contact support|get in touch|chat with us|live chat|message us|message(?=["'])|call me\b)/g;

/**
 * "Please reach out to us here: <link>", "contact my colleagues via: <link>", "write to us so we
 * can investigate: <link>": a contact route with its link (links are blanked in the masked text).
 */
const CONTACT_LINK =
  /\b(?:contact|reach(?: out)?(?: to)?|write to|message|get in touch with|connect with|chat with|send (?:us|me) a (?:message|note))(?: (?:us|me|them|our|my|the)\b)[^.!?\n]{0,60}?(?=https?:\/\/|www\.)|(?:https?:\/\/\S+|\blink\b)[^.!?\n]{0,20}\bto (?:send (?:us|me) a (?:message|note)|message (?:us|me)|chat with (?:us|me)|contact (?:us|me))\b/g;

/**
 * A way to contact someone followed by its link ("reach out here: https://…", "you can reach them
 * here https://…"; links are blanked in the masked text), or a support ticket ("please open a
 * ticket"; not "open a case", which may be a dispute).
 */
const CONTACT_ROUTE =
  /\b(?:reach out|get in touch|reach|contact|write to|message|chat with|speak to|talk to|send us (?:a |your )?(?:note|message|request))(?: (?:to )?(?:us|them|me|(?:the|our|my) (?:[\w-]+ ){0,3}(?:team|support|agents?|specialists?|experts?|colleagues?|department)))?(?: directly)?(?: for (?:assistance|help|support|more (?:help|info|information)))?(?: (?:here|below|via|through|at|using|by|with)(?: (?:this |the |our )?(?:link|form|page))?)?:?\s*(?:https?:\/\/|www\.)|\b(?:open|raise|submit|log|create|file) (?:a |an )?(?:(?:support |help )?ticket|support case)\b/g;

/**
 * "Please tell us more so we can help: <link>", "report this to our support team here: <link>":
 * an invitation to reach the brand, with the link to do it in the same sentence.
 */
const INVITATION =
  /\b(?:(?:contact|reach(?: out to)?|get in touch with|write to|report (?:this|it|that) to|talk to|speak (?:to|with)|chat with|message|connect with) (?:us|me|them|(?:our|the|their) (?:[\w-]+ ){0,2}(?:team|support|agents?|specialists?|experts?))|tell (?:us|me) (?:more|what happened|about)|reach out (?:here|below|via|through|using)|(?:submit|open|raise|file|log) (?:a |an )?(?:support )?(?:ticket|request|case))\b/g;
const LINK = /https?:\/\/|www\.|\bt\.co\//;

/** "Your email address is jo@example.com": addresses are blanked in the masked text, so read the normalised one. */
function theirAddresses(doc: ReplyDocument): Span[] {
  const spans: Span[] = [];
  for (const match of doc.norm.matchAll(EMAIL_ADDRESS)) {
    const lead = doc.norm.slice(Math.max(0, match.index - 40), match.index);
    const claim = /\byour (?:\w+ )?e-?mail(?: address)? (?:is|was|:|as|reads)\s*$/.exec(lead);
    if (claim)
      spans.push({
        start: match.index - lead.length + claim.index,
        end: match.index + match[0].length,
      });
  }
  return spans;
}

function phoneSpans(doc: ReplyDocument): Span[] {
  if ((doc.original.match(/\d/g) ?? []).length < 7) return [];
  const found = [
    ...findPhoneNumbersInText(doc.original, 'US'),
    ...findPhoneNumbersInText(doc.original, 'GB'),
  ];
  return (
    found
      .map((phone) => doc.fromOriginal(phone.startsAt, phone.endsAt))
      // A number inside a link (an article id) is no phone: links are blanked in the masked text.
      .filter((span) => doc.masked.slice(span.start, span.end).trim() !== '')
  );
}

/** A sign-off line: what follows it is the signature. */
const SIGN_OFF =
  /(?:^|\n)[^\S\n]*(?:(?:with |warm |warmest |kind |best |kindest )?regards|sincerely|yours (?:truly|sincerely|faithfully)|best wishes|warm wishes|thanks (?:and|&) regards|best|cheers|thank you|thanks)\b[^\n]{0,30}(?=\n|$)/g;

/**
 * "Regards, … General Manager … 99999 12345": a number that only sits in the signature, on a line
 * of its own, is no invitation to call (LABELS.md `private`).
 */
function inSignature(doc: ReplyDocument, phone: Span): boolean {
  const signOffs = [...doc.norm.matchAll(SIGN_OFF)];
  const last = signOffs.at(-1);
  if (last === undefined || last.index > phone.start) return false;
  const lineStart = doc.norm.lastIndexOf('\n', phone.start - 1) + 1;
  const lineEnd = doc.norm.indexOf('\n', phone.end);
  const line = doc.norm.slice(lineStart, lineEnd === -1 ? doc.norm.length : lineEnd);
  const words = line
    .replace(/\+?\d[\d ()./-]{5,}\d/g, ' ')
    .split(/[^a-z]+/)
    .filter(
      (word) =>
        word.length > 0 &&
        !/^(?:tel|telephone|phone|ph|mob|mobile|m|t|cell|fax|whatsapp|contact|no|number|direct|office)$/.test(
          word,
        ),
    );
  return words.length <= 3;
}

function privateOffers(doc: ReplyDocument): Span[] {
  const offers: Span[] = PRIVATE_CHANNEL_PATTERNS.flatMap((pattern) => doc.find(pattern));
  // A contact button named in quotes ('click on "Contact us"'): quotes are blanked in the masked text.
  for (const match of [...doc.norm.matchAll(CONTACT_BUTTON), ...doc.norm.matchAll(CONTACT_LINK)]) {
    const text = match[0].replace(/[\s:>-]+$/, '');
    offers.push({ start: match.index, end: match.index + text.length });
  }
  for (const match of doc.norm.matchAll(CONTACT_ROUTE)) {
    const lead = doc.norm.slice(Math.max(0, match.index - 40), match.index);
    // "We've opened a ticket", "don't contact us here": the brand's own doing, or a refusal.
    if (
      /\b(?:we|i)(?:'ve|'d| have| had| will|'ll)? (?:just |already )?$|\b(?:don't|do not|never|no need to)\s*$/.test(
        lead,
      )
    )
      continue;
    const text = match[0].replace(/\s*(?:https?:\/\/|www\.)$/, '');
    offers.push({ start: match.index, end: match.index + text.length });
  }
  for (const hit of doc.find(INVITATION)) {
    if (!hit.sentence.isQuestion && LINK.test(doc.norm.slice(hit.sentence.start, hit.sentence.end)))
      offers.push(hit);
  }
  // An address counts when it is offered ("email us at …"), not as a sign-off's signature.
  for (const match of doc.norm.matchAll(EMAIL_ADDRESS)) {
    const lead = doc.norm.slice(Math.max(0, match.index - 40), match.index);
    // "Your email address is …" is theirs; "share your feedback with us at …" is the brand's.
    if (/\byour (?:[\w-]+ )?(?:e-?mail|address|id)\b[^.!?\n]{0,15}$/.test(lead)) continue;
    if (
      /\b(?:at|to|on|via|contact|write|email|e-mail|reach)\b[^.!?\n]{0,12}$|:\s*$|\d\s*(?:or|\/|,)\s*$/.test(
        lead,
      )
    ) {
      offers.push({ start: match.index, end: match.index + match[0].length });
    }
  }
  return offers;
}

function sameOrNextSentence(span: Span, hit: Hit, doc: ReplyDocument): boolean {
  const index = doc.sentenceAt(span.start).index;
  return index === hit.sentence.index || index === hit.sentence.index + 1;
}

function isWarned(doc: ReplyDocument, hit: Hit, warnings: readonly Hit[]): boolean {
  return (
    warnings.some((warning) => warning.sentence === hit.sentence && warning.start <= hit.start) ||
    (doc.negatedAt(hit.start, 2) &&
      // "If not, what is your phone number?": the negation belongs to the condition.
      !/\bif not,?\s*$/.test(doc.masked.slice(hit.sentence.start, hit.start)))
  );
}

export default defineRule({
  id: 'take-private',
  meta: {
    title: 'Take it private',
    description:
      'Offers a private channel for account details, and never asks for personal data in public.',
    source: '003 §3 "Define a flexible protocol"; 002',
    weight: 3,
    gate: (result) => result.status === 'violated',
    expectation: {
      complaint: 'expected',
      crisis: 'optional',
      troll: 'optional',
      question: 'optional',
      praise: 'n/a',
    },
    messages: {
      met: {
        message: 'Offers a private channel for the details.',
        suggestion:
          'Keep the solution itself public once it is found, so onlookers see it resolved.',
      },
      missed: {
        message: 'No private channel offered for the account details.',
        suggestion:
          'Invite them to continue privately: "Could you DM us your order number so we can check?"',
      },
      publicPii: {
        message: 'Asks the customer to post personal data in public.',
        suggestion:
          'Ask for it by private message instead: "Please DM us your order number and email."',
      },
      postsPii: {
        message: "Posts the customer's personal data in public.",
        suggestion:
          'Remove their details from the public reply and share them only by private message.',
      },
    },
  },
  check(doc) {
    const phones = phoneSpans(doc);
    const theirData: Span[] = [...doc.find(THEIR_DATA), ...theirAddresses(doc)];
    const brandPhones = phones.filter(
      (phone) =>
        !theirData.some((data) => data.start <= phone.start && phone.start <= data.end + 3) &&
        !inSignature(doc, phone),
    );
    const offers = [...privateOffers(doc), ...brandPhones];
    const offerFindings = offers.map((span): Finding => ({ messageId: 'privateOffer', span }));
    if (theirData.length > 0) {
      return outcome.violated('postsPii', [
        ...theirData.map((span): Finding => ({ messageId: 'postsPii', span })),
        ...offerFindings,
      ]);
    }
    const warnings = doc.find(PII_WARNING);
    const publicPlaces = doc.find(PUBLIC_PLACE);
    const publicRequests = doc.find(PII_REQUEST).filter((hit) => {
      const before = doc.masked.slice(Math.max(0, hit.start - 60), hit.start);
      if (BRAND_SENDS_BEFORE.test(before)) return false;
      if (!REQUEST_OPENER.test(hit.text) && NOUN_BEFORE.test(before)) return false;
      if (isWarned(doc, hit, warnings)) return false;
      // A request that points to a form, link, address or number sends the data there, not to the thread.
      if (DIRECTED_ELSEWHERE.test(doc.norm.slice(hit.sentence.start, hit.sentence.end)))
        return false;
      const saysPublic = publicPlaces.some((place) => sameOrNextSentence(place, hit, doc));
      if (saysPublic) return true;
      const saysPrivate = offers.some((offer) => {
        const index = doc.sentenceAt(offer.start).index;
        return Math.abs(index - hit.sentence.index) <= 1;
      });
      return !saysPrivate && offers.length === 0;
    });
    if (publicRequests.length > 0) {
      return outcome.violated('publicPii', [
        ...publicRequests.map((span): Finding => ({
          messageId: 'publicPii',
          span,
          actual: span.text,
        })),
        ...offerFindings,
      ]);
    }
    return offers.length > 0 ? outcome.met('met', offerFindings) : outcome.missed('missed');
  },
});
