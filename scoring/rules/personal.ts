import { parseAlone } from '../document.ts';
import type { Hit, ReplyDocument, Span } from '../document.ts';
import { TEMPLATE_PHRASES } from '../data/stock-phrases.ts';
import { defineRule, outcome } from '../rule.ts';
import type { Finding, RuleContext } from '../rule.ts';
import { addressedName, findHandle, findName, greetedName } from '../text/names.ts';
import { jaccard, trigrams } from '../text/similarity.ts';

/** Above this share of shared word trigrams a reply repeats an earlier one nearly verbatim. */
const REPEAT_THRESHOLD = 0.6;

function repeatsEarlier(doc: ReplyDocument, earlier: readonly string[]): boolean {
  const mine = trigrams(doc.masked);
  if (mine.size === 0) return false;
  return earlier.some(
    (text) => jaccard(mine, trigrams(parseAlone(text).masked)) > REPEAT_THRESHOLD,
  );
}

/** The normalised span of the reply's own words, for evidence that concerns the whole reply. */
function ownWords(doc: ReplyDocument): Span {
  const start = doc.masked.search(/\S/);
  const end = doc.masked.trimEnd().length;
  return start < 0 ? { start: 0, end: doc.norm.length } : { start, end };
}

/** Greetings, sign-offs and glue: words that say nothing of the reply's own. */
const EMPTY_WORDS = new Set(
  `hi hello hey dear guest guests team sir madam and the to of for you your we our us it this that
  is are was so very much again soon regards kind best wishes warm warmest cheers thanks thank many
  once more all at in on with from be will just`.split(/\s+/),
);

/** A reply with a stock phrase and at most this many words of its own is a template. */
const TEMPLATE_OWN_WORDS = 2;

/**
 * Whether the reply is made of stock phrases and generic lines: once they are blanked, at most two
 * words of three letters or more are left that are not the customer's name, a greeting, a sign-off
 * or glue. Returns the generic lines found (the stock phrases are in `doc.stock`), or null.
 */
function templateHits(doc: ReplyDocument, context: RuleContext): Hit[] | null {
  const generic = TEMPLATE_PHRASES.flatMap((pattern) => doc.find(pattern));
  if (doc.stock.length === 0 && generic.length === 0) return null;
  let rest = doc.masked;
  for (const hit of generic)
    rest = rest.slice(0, hit.start) + ' '.repeat(hit.end - hit.start) + rest.slice(hit.end);
  const customer = `${context.customerName ?? ''} ${context.customerHandle ?? ''}`.toLowerCase();
  const names = new Set(customer.split(/[^\p{L}'-]+/u));
  const own = (rest.match(/[a-z][a-z'-]{2,}/g) ?? []).filter(
    (word) => !EMPTY_WORDS.has(word) && !names.has(word),
  );
  return own.length <= TEMPLATE_OWN_WORDS ? generic : null;
}

function named(doc: ReplyDocument, context: RuleContext): Span | null {
  const byName = context.customerName === undefined ? null : findName(doc, context.customerName);
  const byHandle =
    context.customerHandle === undefined ? null : findHandle(doc, context.customerHandle);
  if (byName ?? byHandle) return byName ?? byHandle;
  return context.customerName === undefined && context.customerHandle === undefined
    ? addressedName(doc)
    : null;
}

export default defineRule({
  id: 'personal',
  meta: {
    title: 'Personal',
    description: 'Addresses the customer by name or handle and does not read as a canned template.',
    source:
      '003 §3 ("we can\'t have canned responses to copy and paste") and §10; 001 §3 (treat them personally)',
    weight: 1,
    gate: (result) => result.status === 'violated',
    expectation: {
      complaint: 'expected',
      question: 'expected',
      praise: 'expected',
      troll: 'optional',
      crisis: 'optional',
    },
    messages: {
      met: {
        message: 'Addresses the customer personally, in your own words.',
        suggestion: 'Keep using their name once, near the start.',
      },
      template: {
        message:
          'Made only of stock phrases: a copy-and-paste reply says nothing to this customer, whatever the thread.',
        suggestion:
          'Write to them about what they said: "Tom, thank you for the kind words about Nell and the crab omelette."',
      },
      canned: {
        message: 'Contains a stock phrase, so the reply reads as copied and pasted.',
        suggestion: 'Replace the stock phrase with what you actually mean for this customer.',
      },
      repeated: {
        message: 'Repeats one of your earlier replies nearly word for word.',
        suggestion:
          'Write to this customer about their issue; onlookers notice copy-paste answers.',
      },
      wrongName: {
        message: 'Greets "{{name}}", which is not the customer\'s name.',
        suggestion: 'Check the name before posting: a wrong name shows the reply was pasted.',
      },
      noName: {
        message: 'Does not address the customer by name or handle.',
        suggestion: 'Use their name once, near the start: "Hi {{customer}}, I\'m sorry…".',
      },
    },
  },
  check(doc, context) {
    const customer = context.customerName?.split(/\s+/)[0] ?? 'Sam';
    const template = templateHits(doc, context);
    if (template) {
      return outcome.violated(
        'template',
        [...doc.stock, ...template].map((span): Finding => ({ messageId: 'template', span })),
      );
    }
    if (doc.stock.length > 0) {
      return outcome.missed(
        'canned',
        doc.stock.map((span): Finding => ({ messageId: 'canned', span })),
      );
    }
    if (repeatsEarlier(doc, context.earlierReplies)) {
      return outcome.missed('repeated', [{ messageId: 'repeated', span: ownWords(doc) }]);
    }
    const name = named(doc, context);
    if (name) return outcome.met('met', [{ messageId: 'name', span: name }]);
    const greeted = context.customerName === undefined ? null : greetedName(doc);
    if (greeted) {
      const span = doc.fromOriginal(greeted.start, greeted.end);
      return outcome.missed('wrongName', [{ messageId: 'wrongName', span }], {
        data: { name: greeted.name },
      });
    }
    return outcome.missed('noName', [], { data: { customer } });
  },
});
