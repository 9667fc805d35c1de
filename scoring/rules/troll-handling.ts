import { CONTRADICTION_CUES } from '../data/contradiction.ts';
import { ARGUMENT } from '../data/tone.ts';
import type { ReplyDocument } from '../document.ts';
import { defineRule, expectedByCaller, outcome } from '../rule.ts';
import type { Finding } from '../rule.ts';
import { findHostility, findNegativeTone, findShouting } from '../text/tone.ts';

/** A reply to a troll says its piece in a few lines: more only feeds the thread. */
const MAX_SENTENCES = 3;
const MAX_CHARACTERS = 240;

function arguing(doc: ReplyDocument): Finding[] {
  const hits = [
    ...CONTRADICTION_CUES.flatMap(({ pattern }) => doc.find(pattern)),
    ...doc.find(ARGUMENT),
  ];
  return hits
    .filter((hit) => !doc.negatedAt(hit.start, 2))
    .map((span) => ({ messageId: 'argues', span, actual: span.text }));
}

function attacking(doc: ReplyDocument): Finding[] {
  const tone = findNegativeTone(doc).filter((finding) => finding.messageId === 'hostile');
  return [...findHostility(doc), ...findShouting(doc), ...tone].map((finding) => ({
    ...finding,
    messageId: finding.messageId === 'sarcasm' ? 'sarcasm' : 'attacks',
  }));
}

/** The reply's own words: quotes, links, handles and stock phrases do not make it longer. */
function ownLength(doc: ReplyDocument): { characters: number; sentences: number } {
  const characters = doc.masked.replace(/\s+/g, ' ').trim().length;
  const sentences = doc.sentences.filter((sentence) => /[\p{L}\p{N}]/u.test(sentence.text)).length;
  return { characters, sentences };
}

export default defineRule({
  id: 'troll-handling',
  meta: {
    title: 'Troll handling',
    description:
      "Doesn't feed the troll: brief and factual, no argument, no sarcasm, no counter-attack.",
    source:
      '003 §7 "Do not downplay a claim" ("don\'t feed the troll"); 004 (never delete, respond and help)',
    weight: 2,
    expectation: {
      troll: 'required',
      complaint: 'n/a',
      crisis: 'n/a',
      question: 'n/a',
      praise: 'n/a',
    },
    messages: {
      notApplicable: { message: 'Not a troll thread.', suggestion: '' },
      met: {
        message: 'Brief and factual: nothing for the troll to feed on.',
        suggestion: 'Leave it there; if a real issue is behind the post, the offer of help stands.',
      },
      argues: {
        message: '"{{phrase}}" argues with the troll, which gives them the fight they came for.',
        suggestion:
          'State the fact once, without rebutting: "Our burgers are 100% beef. If anything was wrong with your order, DM us."',
      },
      sarcasm: {
        message: '"{{phrase}}" is sarcasm, and onlookers will side with the troll.',
        suggestion:
          'Reply as if the post were a genuine complaint: brief, polite, with an offer of help.',
      },
      attacks: {
        message: '"{{phrase}}" counter-attacks; in public the brand always loses that exchange.',
        suggestion:
          'Drop the attack and offer help once: "Sorry to hear that. If something went wrong, DM us and we\'ll look into it."',
      },
      longWinded: {
        message:
          'At {{sentences}} sentences and {{characters}} characters the reply is long for a troll (at most 3 sentences and 240 characters).',
        suggestion:
          'Cut it to one or two sentences: acknowledge, state one fact, offer help privately.',
      },
    },
  },
  check(doc, context) {
    if (context.kind !== 'troll' && !expectedByCaller(context, 'troll-handling'))
      return outcome.notApplicable('notApplicable');
    const violations = [...attacking(doc), ...arguing(doc)].sort(
      (a, b) => a.span.start - b.span.start,
    );
    const first = violations[0];
    if (first)
      return outcome.violated(first.messageId, violations, {
        data: { phrase: doc.evidence(first.span).quote },
      });
    const { characters, sentences } = ownLength(doc);
    if (sentences > MAX_SENTENCES || characters > MAX_CHARACTERS) {
      const cut = doc.sentences[MAX_SENTENCES]?.start ?? MAX_CHARACTERS;
      const span = { start: Math.min(cut, doc.norm.length), end: doc.norm.length };
      const data = { sentences: String(sentences), characters: String(characters) };
      return outcome.missed('longWinded', [{ messageId: 'longWinded', span }], { data });
    }
    return outcome.met('met');
  },
});
