import type { ReplyDocument, Span } from '../document.ts';
import { defineRule, expectedEverywhere, outcome } from '../rule.ts';
import type { Finding } from '../rule.ts';
import type { Channel } from '../schema.ts';
import { X_LIMIT, tweetLength } from '../text/tweet-length.ts';

interface Limits {
  /** Characters in one paragraph (white space folded). */
  readonly paragraph: number;
  /** Sentences in one paragraph. */
  readonly sentences: number;
  /** Characters in the whole reply. */
  readonly total: number;
}

/**
 * Readability limits for channels without a hard cap worth hitting: a Facebook or Instagram
 * comment is read on a phone between other comments; a review-site answer or a forum post may
 * run longer but must not become a wall of text.
 */
const LIMITS: Readonly<Record<Exclude<Channel, 'x'>, Limits>> = {
  facebook: { paragraph: 600, sentences: 4, total: 1_500 },
  instagram: { paragraph: 600, sentences: 4, total: 1_000 },
  'review-site': { paragraph: 900, sentences: 6, total: 3_000 },
  forum: { paragraph: 900, sentences: 6, total: 4_000 },
};

const CHANNEL_NAMES: Readonly<Record<Channel, string>> = {
  x: 'X',
  facebook: 'Facebook',
  instagram: 'Instagram',
  'review-site': 'a review site',
  forum: 'a forum',
};

function paragraphs(doc: ReplyDocument): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const line of doc.norm.split('\n')) {
    if (line.trim() !== '') spans.push({ start, end: start + line.length });
    start += line.length + 1;
  }
  return spans;
}

/** The part of a paragraph past its character or sentence limit, or null when it fits. */
function overflow(doc: ReplyDocument, paragraph: Span, limits: Limits): Span | null {
  const inside = doc.sentences.filter((s) => s.start >= paragraph.start && s.end <= paragraph.end);
  const bySentences =
    inside.length > limits.sentences ? inside[limits.sentences]?.start : undefined;
  const byLength =
    paragraph.end - paragraph.start > limits.paragraph
      ? paragraph.start + limits.paragraph
      : undefined;
  const starts = [bySentences, byLength].filter((value) => value !== undefined);
  return starts.length === 0 ? null : { start: Math.min(...starts), end: paragraph.end };
}

export default defineRule({
  id: 'channel-fit',
  meta: {
    title: 'Channel fit',
    description: '280 characters on X (as X counts them); short paragraphs everywhere else.',
    source: '002 ("answered in Twitter fashion"; Facebook as an informational platform)',
    weight: 1,
    expectation: expectedEverywhere('expected'),
    messages: {
      met: {
        message: 'Fits {{channel}}.',
        suggestion: 'Keep it this tight: one idea per paragraph.',
      },
      metX: {
        message: 'Fits X: {{length}} of {{limit}} characters as X counts them.',
        suggestion:
          'Keep details for the DM; the public reply only needs the apology and the next step.',
      },
      overLimit: {
        message:
          'At {{length}} characters as X counts them (links 23, emoji 2) the reply is over the {{limit}} limit and cannot be posted.',
        suggestion:
          'Cut it to the apology, one fact and the next step, and move the details to a DM or a second post.',
      },
      tooLong: {
        message:
          'At {{length}} characters the reply is too long for {{channel}}, where {{limit}} is the most a reader takes in.',
        suggestion: 'Keep the public reply short and move the details to a private message.',
      },
      longParagraph: {
        message:
          'A paragraph runs past {{limit}} characters or {{sentences}} sentences, a wall of text on {{channel}}.',
        suggestion: 'Break it into short paragraphs of two or three sentences, one idea each.',
      },
    },
  },
  check(doc, context) {
    const channel = CHANNEL_NAMES[context.channel];
    if (context.channel === 'x') {
      const { weightedLength, overflowStart } = tweetLength(doc.original);
      const data = { channel, length: String(weightedLength), limit: String(X_LIMIT) };
      if (overflowStart === null) return outcome.met('metX', [], { data });
      const span = doc.fromOriginal(overflowStart, doc.original.length);
      return outcome.violated('overLimit', [{ messageId: 'overLimit', span }], { data });
    }
    const limits = LIMITS[context.channel];
    const length = doc.norm.length;
    if (length > limits.total) {
      const span = { start: limits.total, end: length };
      const data = { channel, length: String(length), limit: String(limits.total) };
      return outcome.missed('tooLong', [{ messageId: 'tooLong', span }], { data });
    }
    const findings: Finding[] = [];
    for (const paragraph of paragraphs(doc)) {
      const span = overflow(doc, paragraph, limits);
      if (span) findings.push({ messageId: 'longParagraph', span });
    }
    const data = { channel, limit: String(limits.paragraph), sentences: String(limits.sentences) };
    return findings.length > 0
      ? outcome.missed('longParagraph', findings, { data })
      : outcome.met('met', [], { data });
  },
});
