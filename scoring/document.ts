import type { Evidence } from './schema.ts';
import { STOCK_PHRASES } from './data/stock-phrases.ts';
import { mayMatch } from './text/literal-filter.ts';

/** A range of UTF-16 offsets, `end` exclusive. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A place in the original text: its offsets and the words there. */
export type Place = Omit<Evidence, 'messageId'>;

/** A sentence of the normalised text. */
export interface Sentence extends Span {
  readonly index: number;
  /** The masked text of the sentence (quotes, links, handles and stock phrases blanked). */
  readonly text: string;
  readonly isQuestion: boolean;
}

/** A regular-expression hit in normalised coordinates. */
export interface Hit extends Span {
  readonly text: string;
  readonly groups: readonly (string | undefined)[];
  readonly sentence: Sentence;
}

/** A stock phrase found in the reply, named by its kind. */
export interface StockHit extends Span {
  readonly kind: string;
}

/**
 * A reply parsed once and shared by every criterion: a normalised copy (lower case, straight
 * quotes, folded white space, no zero-width characters) with a map back to the original offsets,
 * its sentences, and a masked copy in which quoted words, links, handles and stock phrases are
 * blanked so that rules do not read them as the brand's own words.
 */
export interface ReplyDocument {
  readonly original: string;
  readonly norm: string;
  readonly masked: string;
  readonly sentences: readonly Sentence[];
  readonly stock: readonly StockHit[];
  /** Finds every match of a global, lower-case pattern in the masked text. */
  find(pattern: RegExp): Hit[];
  /** Like `find`, but over the normalised text with only quotes blanked (stock phrases kept). */
  findWithStock(pattern: RegExp): Hit[];
  /** The sentence containing a normalised offset. */
  sentenceAt(offset: number): Sentence;
  /** Whether a negation governs the words just before `offset`, within its clause. */
  negatedAt(offset: number, words?: number): boolean;
  /** Evidence for a normalised span, as offsets and a quote from the original text. */
  evidence(span: Span): Place;
  /** The normalised span covering an original span (for hits found in the original text). */
  fromOriginal(start: number, end: number): Span;
  /** The words of the masked text. */
  readonly wordCount: number;
}

const ZERO_WIDTH = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/;
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u00B4`]/;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/;
const SPACE = /\s/;

interface Normalised {
  readonly text: string;
  /** For each normalised UTF-16 unit, the original offset it came from. */
  readonly startOf: Uint32Array;
  /** For each normalised UTF-16 unit, the original offset just past it. */
  readonly endOf: Uint32Array;
}

/** Builds a string from UTF-16 units in slices, below any engine's limit on call arguments. */
function unitsToString(units: Uint16Array): string {
  let text = '';
  for (let at = 0; at < units.length; at += 8192) {
    text += String.fromCharCode(...units.subarray(at, at + 8192));
  }
  return text;
}

/**
 * Lower case, one space for each run of spaces (a newline if the run holds one), straight quotes,
 * no zero-width characters; with each unit's place in the original. Never longer than the
 * original, so the units and offsets are written into arrays of its length.
 */
function normalise(original: string): Normalised {
  const size = original.length;
  const units = new Uint16Array(size);
  const starts = new Uint32Array(size);
  const ends = new Uint32Array(size);
  let length = 0;
  const push = (unit: number, start: number, end: number): void => {
    units[length] = unit;
    starts[length] = start;
    ends[length] = end;
    length += 1;
  };
  /** Where the run of spaces being read began, or -1 outside one. */
  let spaceStart = -1;
  let spaceNewline = false;
  let offset = 0;
  while (offset < size) {
    const start = offset;
    const code = original.charCodeAt(offset);
    // One code point: a surrogate pair is read whole, a lone surrogate on its own.
    const pair =
      code >= 0xd800 &&
      code <= 0xdbff &&
      offset + 1 < size &&
      (original.charCodeAt(offset + 1) & 0xfc00) === 0xdc00;
    offset += pair ? 2 : 1;
    // ASCII, most of any reply, without the regular expressions: no zero-width or curly quotes
    // there, and a backtick is the one single quote.
    if (code < 0x80) {
      if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) {
        if (spaceStart < 0) spaceStart = start;
        spaceNewline ||= code === 0x0a || code === 0x0d;
        continue;
      }
      if (spaceStart >= 0) {
        if (length > 0) push(spaceNewline ? 0x0a : 0x20, spaceStart, start);
        spaceStart = -1;
        spaceNewline = false;
      }
      push(code === 0x60 ? 0x27 : code >= 0x41 && code <= 0x5a ? code + 32 : code, start, offset);
      continue;
    }
    const char = original.slice(start, offset);
    if (ZERO_WIDTH.test(char)) continue;
    if (SPACE.test(char)) {
      if (spaceStart < 0) spaceStart = start;
      spaceNewline ||= char === '\u2028' || char === '\u2029';
      continue;
    }
    if (spaceStart >= 0) {
      if (length > 0) push(spaceNewline ? 0x0a : 0x20, spaceStart, start);
      spaceStart = -1;
      spaceNewline = false;
    }
    let folded = char;
    if (SINGLE_QUOTES.test(char)) folded = "'";
    else if (DOUBLE_QUOTES.test(char)) folded = '"';
    else {
      const lower = char.toLowerCase();
      if (lower.length === char.length) folded = lower;
    }
    for (let unit = 0; unit < folded.length; unit += 1) {
      push(folded.charCodeAt(unit), start, offset);
    }
  }
  return {
    text: unitsToString(units.subarray(0, length)),
    startOf: starts.slice(0, length),
    endOf: ends.slice(0, length),
  };
}

function blank(chars: string[], start: number, end: number): void {
  for (let i = start; i < end; i += 1) if (chars[i] !== '\n') chars[i] = ' ';
}

const QUOTED = /"[^"\n]{1,300}"/g;
const LINK = /\b(?:https?:\/\/|www\.)\S+/g;
const HANDLE = /(?<![\w.])@\w+/g;
const EMAIL = /\b[\w.+-]+@[\w-]+\.[\w.-]+\b/g;

/** Blanks runs of five or more words that the reply repeats from the customer's post. */
function blankCustomerQuotes(chars: string[], norm: string, customerPost: string): void {
  // The post's own parse is kept (parseAlone) for every reply to it; its norm is normalise's text.
  const customer = parseAlone(customerPost).norm;
  if (customer.length < 20) return;
  const words = [...norm.matchAll(/[a-z0-9']+/g)];
  const window = 5;
  for (let i = 0; i + window <= words.length; i += 1) {
    const first = words[i];
    const last = words[i + window - 1];
    if (!first || !last) continue;
    const phrase = words
      .slice(i, i + window)
      .map((word) => word[0])
      .join(' ');
    if (containsWords(customer, phrase)) blank(chars, first.index, last.index + last[0].length);
  }
}

const WORD_CHAR = /[a-z0-9']/;

/** Whether `phrase` occurs in `text` as whole words: "sorry for the" is not in "sorry for them". */
function containsWords(text: string, phrase: string): boolean {
  for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + 1)) {
    const before = text[at - 1];
    const after = text[at + phrase.length];
    if (
      (before === undefined || !WORD_CHAR.test(before)) &&
      (after === undefined || !WORD_CHAR.test(after))
    )
      return true;
  }
  return false;
}

function splitSentences(norm: string, masked: string): Sentence[] {
  const sentences: Sentence[] = [];
  const boundary = /[.!?\u2026]+["')\]*_~]*(?=\s|$)|\n|(?<=\s)(?:\d\/\d|-{2,}|\u2014)(?=\s|$)/g;
  let start = 0;
  const push = (end: number) => {
    let s = start;
    while (s < end && norm[s] === ' ') s += 1;
    let e = end;
    while (e > s && (norm[e - 1] === ' ' || norm[e - 1] === '\n')) e -= 1;
    if (e > s) {
      const text = masked.slice(s, e);
      sentences.push({
        index: sentences.length,
        start: s,
        end: e,
        text,
        isQuestion: /\?\W*$/.test(norm.slice(s, e)),
      });
    }
  };
  for (const match of norm.matchAll(boundary)) {
    const end = match.index + match[0].length;
    // "e.g." and single letters like "u.s." are not sentence ends, nor "no." before a number
    // ("ref no. 4521"); "the answer is no. Any questions?" ends at "no.".
    const lead = norm.slice(Math.max(0, match.index - 4), match.index);
    if (
      match[0] === '.' &&
      (/\b(?:e\.g|i\.e|etc|vs|mr|mrs|ms|dr|st|[a-z])$/.test(lead) ||
        (/\bno$/.test(lead) && /^\s*#?\s*\d/.test(norm.slice(end))))
    )
      continue;
    push(end);
    start = end;
  }
  push(norm.length);
  if (sentences.length === 0)
    sentences.push({ index: 0, start: 0, end: 0, text: '', isQuestion: false });
  return sentences;
}

const NEGATOR = /\b(?:not|no|never|nothing|nobody|none|neither|nor|without|hardly|cannot)\b|n't\b/g;
const CLAUSE_BREAK =
  /[,;:()\u2014]|\b(?:but|however|although|though|yet|and|so|because|since|while|if)\b/g;

/** Parses a reply once; `customerPost` lets the parse blank words quoted from the customer. */
export function parseReply(original: string, customerPost?: string): ReplyDocument {
  const { text: norm, startOf, endOf } = normalise(original);
  const units = norm.split('');
  for (const pattern of [QUOTED, LINK, EMAIL, HANDLE]) {
    if (!mayMatch(pattern, norm)) continue;
    for (const match of norm.matchAll(pattern))
      blank(units, match.index, match.index + match[0].length);
  }
  if (customerPost) blankCustomerQuotes(units, norm, customerPost);
  const quotesOnly = units.join('');
  const stock: StockHit[] = [];
  for (const { kind, pattern } of STOCK_PHRASES) {
    if (!mayMatch(pattern, quotesOnly)) continue;
    for (const match of quotesOnly.matchAll(pattern)) {
      stock.push({ kind, start: match.index, end: match.index + match[0].length });
      blank(units, match.index, match.index + match[0].length);
    }
  }
  const masked = units.join('');
  const sentences = splitSentences(norm, masked);

  const sentenceAt = (offset: number): Sentence => {
    for (const sentence of sentences) if (offset < sentence.end) return sentence;
    return sentences[sentences.length - 1] as Sentence;
  };

  const collect = (source: string, pattern: RegExp): Hit[] => {
    if (!pattern.global) throw new Error(`pattern ${pattern} must be global`);
    const hits: Hit[] = [];
    if (!mayMatch(pattern, source)) return hits;
    for (const match of source.matchAll(pattern)) {
      if (match[0].length === 0) continue;
      const start = match.index;
      hits.push({
        start,
        end: start + match[0].length,
        text: match[0],
        groups: match.slice(1),
        sentence: sentenceAt(start),
      });
    }
    return hits;
  };

  const negatedAt = (offset: number, words = 3): boolean => {
    const sentence = sentenceAt(offset);
    let clauseStart = sentence.start;
    const before = masked.slice(sentence.start, offset);
    for (const brk of before.matchAll(CLAUSE_BREAK))
      clauseStart = sentence.start + brk.index + brk[0].length;
    const clause = masked.slice(clauseStart, offset);
    const tail = clause.split(/\s+/).filter(Boolean).slice(-words).join(' ');
    return new RegExp(NEGATOR.source).test(tail);
  };

  const evidence = (span: Span): Place => {
    const last = Math.max(span.start, span.end - 1);
    const start = startOf[span.start] ?? original.length;
    const end = endOf[last] ?? original.length;
    return { start, end, quote: original.slice(start, end) };
  };

  const fromOriginal = (start: number, end: number): Span => {
    let first = 0;
    while (first < norm.length && (endOf[first] ?? 0) <= start) first += 1;
    let last = first;
    while (last < norm.length && (startOf[last] ?? 0) < end) last += 1;
    return { start: first, end: Math.max(first + 1, last) };
  };

  return Object.freeze({
    original,
    norm,
    masked,
    sentences: Object.freeze(sentences),
    stock: Object.freeze(stock),
    find: (pattern: RegExp) => collect(masked, pattern),
    findWithStock: (pattern: RegExp) => collect(quotesOnly, pattern),
    sentenceAt,
    negatedAt,
    evidence,
    fromOriginal,
    wordCount: (masked.match(/[a-z0-9']+/g) ?? []).length,
  });
}

/** How many texts parseAlone keeps: a turn's customer post and the attempt's earlier replies. */
const ALONE_KEPT = 16;
const parsedAlone = new Map<string, ReplyDocument>();

/**
 * The parse of a text on its own (no customer post to blank), kept for the last few texts: the
 * customer's post and earlier replies are read by several rules for every reply, and the same
 * post comes back for every trainee on the same turn. A parse is frozen, so sharing it is safe.
 */
export function parseAlone(text: string): ReplyDocument {
  let doc = parsedAlone.get(text);
  if (doc === undefined) {
    doc = parseReply(text);
    if (parsedAlone.size >= ALONE_KEPT) {
      const oldest = parsedAlone.keys().next().value;
      if (oldest !== undefined) parsedAlone.delete(oldest);
    }
  } else {
    parsedAlone.delete(text); // most recently used goes last
  }
  parsedAlone.set(text, doc);
  return doc;
}
