import type { Channel } from '../../scoring/index.ts';

/** How long a reply may be on a channel, and whether going past it blocks sending. */
export interface ComposerLimit {
  limit: number;
  /** X refuses longer posts; elsewhere the limit is what still reads well on a phone. */
  hard: boolean;
  /** What the count measures, for the screen reader and the tooltip. */
  unit: string;
}

/** The server refuses replies longer than this on any channel. */
export const SERVER_MAX = 5000;

// Soft limits match the channel-fit criterion's totals, so the counter and the grade agree.
const LIMITS: Readonly<Record<Channel, ComposerLimit>> = {
  x: { limit: 280, hard: true, unit: 'characters as X counts them' },
  facebook: { limit: 1500, hard: false, unit: 'characters (reads well up to this)' },
  instagram: { limit: 1000, hard: false, unit: 'characters (reads well up to this)' },
  'review-site': { limit: 3000, hard: false, unit: 'characters (reads well up to this)' },
  forum: { limit: 4000, hard: false, unit: 'characters (reads well up to this)' },
};

export function composerLimit(channel: Channel): ComposerLimit {
  return LIMITS[channel];
}

/** Weighs a reply as X does; loaded lazily so twitter-text stays out of the first paint. */
export type TweetWeigher = (text: string) => number;

const URL_PATTERN = /\bhttps?:\/\/\S+|\b[\w-]+\.(?:com|org|net|io|co|uk)(?:\/\S*)?/giu;
const WIDE =
  /[\p{Extended_Pictographic}\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;

/**
 * X's weighting without twitter-text, used until it has loaded: links count 23, emoji and CJK 2,
 * other characters 1 (by code point). Close enough for the first keystrokes, never used to send.
 */
export function approximateTweetLength(text: string): number {
  const body = text.replace(/^\s*(?:@\w{1,15}\s+)+/, '').trimEnd();
  let links = 0;
  const rest = body.replace(URL_PATTERN, () => {
    links += 1;
    return '';
  });
  let count = links * 23;
  for (const char of rest.normalize('NFC')) count += WIDE.test(char) ? 2 : 1;
  return count;
}

export interface ReplyCount {
  count: number;
  limit: number;
  remaining: number;
  over: boolean;
  /** Sending is blocked: empty, over a hard limit, or past what the server accepts. */
  blocked: boolean;
}

/** Counts a reply for the composer: X's weighted length on X, characters elsewhere. */
export function countReply(channel: Channel, text: string, weigh?: TweetWeigher): ReplyCount {
  const { limit, hard } = composerLimit(channel);
  const count =
    channel === 'x' ? (weigh ?? approximateTweetLength)(text) : [...text.trimEnd()].length;
  const over = count > limit;
  const blocked = text.trim() === '' || (hard && over) || text.length > SERVER_MAX;
  return { count, limit, remaining: limit - count, over, blocked };
}
