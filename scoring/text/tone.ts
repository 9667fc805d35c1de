import { ACRONYMS, HOSTILE, INSULTS, ISSUE_WORDS, SARCASM } from '../data/tone.ts';
import type { ReplyDocument, Span } from '../document.ts';
import type { Finding } from '../rule.ts';
import { valences } from './sentiment.ts';

const CAPS_WORD = /(?<![\p{L}\p{N}_])\p{Lu}[\p{Lu}'’]*(?![\p{L}\p{N}_])/gu;
const LETTERS = /\p{L}/gu;

/** Whether the brand wrote this span itself (not a quote, link, handle or stock phrase). */
function ownWords(doc: ReplyDocument, span: Span): boolean {
  return doc.masked.slice(span.start, span.end).trim() !== '';
}

/** Letters that count towards shouting in a run of capitalised words (acronyms and labels do not). */
function shoutedLetters(doc: ReplyDocument, match: RegExpExecArray): number {
  const word = match[0].replace(/['’]/g, '');
  const label = doc.original[match.index + match[0].length] === ':';
  if (word.length < 2 || ACRONYMS.has(word) || label) return 0;
  return word.match(LETTERS)?.length ?? 0;
}

/**
 * Shouting: a capitalised word of five letters or more, or a run of capitalised words with six
 * letters or more between them (acronyms such as "DM" or "UPS" and labels such as "UPDATE:" do not
 * count), and "!!!" or "???".
 */
export function findShouting(doc: ReplyDocument): Finding[] {
  const findings: Finding[] = [];
  const runs: RegExpExecArray[][] = [];
  for (const match of doc.original.matchAll(CAPS_WORD)) {
    const run = runs[runs.length - 1];
    const previous = run?.[run.length - 1];
    const gap = previous
      ? doc.original.slice(previous.index + previous[0].length, match.index)
      : '';
    if (run && previous && /^[\s,.!?-]{1,3}$/.test(gap)) run.push(match);
    else runs.push([match]);
  }
  for (const run of runs) {
    const letters = run.map((match) => shoutedLetters(doc, match));
    const total = letters.reduce((sum, count) => sum + count, 0);
    const loud =
      letters.some((count) => count >= 5) ||
      (letters.filter((count) => count > 0).length >= 2 && total >= 6);
    const first = run[0];
    const last = run[run.length - 1];
    if (!loud || !first || !last) continue;
    const end = last.index + last[0].length;
    const span = doc.fromOriginal(first.index, end);
    if (ownWords(doc, span))
      findings.push({ messageId: 'shouting', span, actual: doc.original.slice(first.index, end) });
  }
  for (const hit of doc.find(/!{3,}|[!?]{3,}/g))
    findings.push({ messageId: 'shouting', span: hit, actual: hit.text });
  return findings;
}

/** Insults and hostile brush-offs aimed at the customer, and sarcasm; negated insults do not count. */
export function findHostility(doc: ReplyDocument): Finding[] {
  const findings: Finding[] = [];
  for (const pattern of INSULTS) {
    for (const hit of doc.find(pattern)) {
      if (!doc.negatedAt(hit.start, 3))
        findings.push({ messageId: 'hostile', span: hit, actual: hit.text });
    }
  }
  for (const hit of doc.find(HOSTILE))
    findings.push({ messageId: 'hostile', span: hit, actual: hit.text });
  for (const hit of doc.find(SARCASM))
    findings.push({ messageId: 'sarcasm', span: hit, actual: hit.text });
  return findings;
}

/** Clauses that say something about the customer: "you are…", "your review was…". */
const ABOUT_YOU =
  /\byou(?:'re| are| were| seem| sound| look| act|'ve been| have been)\b[^,;:.!?\n]{0,50}|\byour (?:\w+ ){1,2}(?:is|are|was|were)\b[^,;:.!?\n]{0,40}/g;

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The sentiment lexicon as a supporting signal. Profanity and slurs (AFINN -4 and -5) anywhere,
 * and strongly negative words (-3) in clauses about the customer ("you are…", "your review
 * was…"), after the package's one-word negation and the document's negation scopes, with words
 * that describe the issue or the feeling neutralised. Aimed at the customer, profanity is
 * `hostile`; everything else is `negativeTone`.
 */
export function findNegativeTone(doc: ReplyDocument): Finding[] {
  const aboutYou = doc.find(ABOUT_YOU);
  const findings: Finding[] = [];
  const seen = new Set<number>();
  for (const sentence of doc.sentences) {
    for (const { word, score } of valences(sentence.text, ISSUE_WORDS)) {
      if (score > -3) continue;
      for (const at of sentence.text.matchAll(
        new RegExp(`(?<![\\w'])${escape(word)}(?![\\w'])`, 'g'),
      )) {
        const start = sentence.start + at.index;
        if (seen.has(start) || doc.negatedAt(start, 3)) continue;
        const span = { start, end: start + word.length };
        const atYou = aboutYou.some((clause) => clause.start <= start && span.end <= clause.end);
        if (score > -4 && !atYou) continue;
        seen.add(start);
        findings.push({
          messageId: score <= -4 && atYou ? 'hostile' : 'negativeTone',
          span,
          actual: word,
        });
      }
    }
  }
  return findings;
}
