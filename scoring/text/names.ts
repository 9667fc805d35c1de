import nlp from 'compromise/two';
import type { ReplyDocument, Span } from '../document.ts';

/** Words that follow a greeting but are not anyone's name. */
const NOT_NAMES = new Set(
  `there all everyone everybody team folks guys gang friend friends again sir madam customer customers
  valued both you yall mate pal love dear there's so very guest guests user to for about the we we'll
  we're we've i i'm i'll it it's this that our my your and but please let just a an for sharing`.split(
    /\s+/,
  ),
);

const GREETING = String.raw`(?:hi|hey|hiya|hello|dear|morning|evening|good (?:morning|afternoon|evening)|thanks|thank you|sorry|oh no|welcome)`;
const NAME = String.raw`(\p{Lu}[\p{Ll}\p{M}'’-]+)`;
/** "Hi Sarah", "Thanks so much, Sarah", "Sorry, Sarah": a greeting followed by a capitalised word. */
const GREETED = new RegExp(
  String.raw`(?<![\p{L}])${GREETING}(?: (?:so much|again|very much|a lot))?[\s,]+${NAME}`,
  'giu',
);
/** "Sarah, …" at the start, or "…, Sarah!" at the end: a name only if the tagger says so. */
const VOCATIVE_START = new RegExp(String.raw`^\s*(?:@\w+\s+)*${NAME}\s*[,!]`, 'u');
const VOCATIVE_END = new RegExp(String.raw`,\s*${NAME}\s*[.!]*\s*$`, 'u');

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’]/g, "'").toLowerCase();
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A capitalised word right after a greeting, with its span in the original text. */
export function greetedName(
  doc: ReplyDocument,
): { name: string; start: number; end: number } | null {
  for (const match of doc.original.matchAll(GREETED)) {
    const name = match[1];
    if (name === undefined || NOT_NAMES.has(fold(name))) continue;
    // The greeting is matched case-insensitively, so the name's capital must be checked as written.
    if (name.charAt(0) === name.charAt(0).toLowerCase()) continue;
    const start = match.index + match[0].length - name.length;
    return { name, start, end: start + name.length };
  }
  return null;
}

/** A name the reply addresses without any context to check it against: greeting or tagged vocative. */
export function addressedName(doc: ReplyDocument): Span | null {
  const greeted = greetedName(doc);
  if (greeted) return doc.fromOriginal(greeted.start, greeted.end);
  for (const pattern of [VOCATIVE_START, VOCATIVE_END]) {
    const match = pattern.exec(doc.original);
    const name = match?.[1];
    if (!match || name === undefined || NOT_NAMES.has(fold(name))) continue;
    // Only parse when there is a candidate, and only the candidate: the tagger is the costly part.
    if (!nlp(name).has('(#Person|#ProperNoun)')) continue;
    const start = match.index + match[0].indexOf(name);
    return doc.fromOriginal(start, start + name.length);
  }
  return null;
}

/** Where the reply uses the customer's name (any part of it, accents and case ignored). */
export function findName(doc: ReplyDocument, fullName: string): Span | null {
  const parts = new Set(
    fold(fullName)
      .split(/[^\p{L}'-]+/u)
      .filter((part) => part.length >= 2),
  );
  if (parts.size === 0) return null;
  for (const match of doc.masked.matchAll(/[\p{L}\p{M}'-]+/gu)) {
    if (parts.has(fold(match[0])))
      return { start: match.index, end: match.index + match[0].length };
  }
  return null;
}

/** Where the reply uses the customer's handle, with or without the @. */
export function findHandle(doc: ReplyDocument, handle: string): Span | null {
  const bare = fold(handle.trim().replace(/^@/, ''));
  if (!/^\w+$/.test(bare)) return null;
  const match = new RegExp(`(?<![\\w@])@?${escape(bare)}(?!\\w)`).exec(doc.norm);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}
