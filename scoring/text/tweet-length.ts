import twitterText from 'twitter-text';

/** The most weighted characters a post on X may have. */
export const X_LIMIT = 280;

/** How X counts a post, and where in the text it goes past the limit. */
export interface TweetLength {
  /** Characters as X weighs them: links 23, emoji and CJK 2, other Latin 1. */
  readonly weightedLength: number;
  /** The UTF-16 offset in the text where the part past the limit starts, if any. */
  readonly overflowStart: number | null;
}

/** Leading @mentions of a reply are added by X itself and do not count towards the limit. */
/** Characters X refuses; twitter-text stops its valid range at the first one. */
const INVALID = /[\uFFFE\uFEFF\uFFFF]/;

const LEADING_MENTIONS = /^\s*(?:@\w{1,15}\s+)+/;

/**
 * Measures a reply with X's own counting (the twitter-text package). Its CommonJS build is loaded
 * through the default import, which both Node and bundlers resolve. It normalises to NFC and stops
 * its valid range at an invalid character, so for such text the overflow offset is found on the
 * original text by bisection over prefixes.
 */
export function tweetLength(text: string): TweetLength {
  const skipped = LEADING_MENTIONS.exec(text)?.[0].length ?? 0;
  const body = text.slice(skipped).trimEnd();
  const parsed = twitterText.parseTweet(body);
  if (parsed.weightedLength <= X_LIMIT)
    return { weightedLength: parsed.weightedLength, overflowStart: null };
  let start = parsed.validRangeEnd + 1;
  if (body.normalize('NFC') !== body || INVALID.test(body)) {
    let low = 0;
    let high = body.length;
    while (low < high) {
      const middle = Math.floor((low + high) / 2);
      if (twitterText.parseTweet(body.slice(0, middle + 1)).weightedLength > X_LIMIT) high = middle;
      else low = middle + 1;
    }
    start = low;
  }
  return {
    weightedLength: parsed.weightedLength,
    overflowStart: skipped + Math.min(start, body.length),
  };
}
