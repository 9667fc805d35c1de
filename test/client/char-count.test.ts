import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tweetLength } from '../../scoring/text/tweet-length.ts';
import { approximateTweetLength, countReply, SERVER_MAX } from '../../src/client/char-count.ts';

const weigh = (text: string) => tweetLength(text).weightedLength;

describe('countReply', () => {
  it.each([
    { channel: 'x', text: 'Sorry, Dana!', count: 12, blocked: false },
    { channel: 'x', text: '@dana_w Sorry!', count: 6, blocked: false },
    {
      channel: 'x',
      text: 'See https://example.com/a/very/long/path/indeed',
      count: 27,
      blocked: false,
    },
    { channel: 'x', text: 'a'.repeat(281), count: 281, blocked: true },
    { channel: 'x', text: '   ', count: 0, blocked: true },
    { channel: 'facebook', text: 'a'.repeat(1600), count: 1600, blocked: false },
    { channel: 'instagram', text: '😀😀', count: 2, blocked: false },
    { channel: 'forum', text: 'a'.repeat(SERVER_MAX + 1), count: SERVER_MAX + 1, blocked: true },
  ] as const)(
    'counts $count on $channel and blocks: $blocked',
    ({ channel, text, count, blocked }) => {
      const result = countReply(channel, text, weigh);
      expect(result.count).toBe(count);
      expect(result.blocked).toBe(blocked);
      expect(result.remaining).toBe(result.limit - count);
    },
  );

  it('shows a soft limit off X: over it, sending is still allowed', () => {
    const result = countReply('facebook', 'a'.repeat(1501), weigh);
    expect(result).toMatchObject({ over: true, blocked: false });
  });
});

describe('approximateTweetLength', () => {
  it.each([
    ['plain Latin text', 'We are so sorry about the wait, Priya.'],
    ['a link', 'Track it here: https://brightloom.example.com/track/12345 thanks'],
    ['emoji', 'So sorry 😔 we will fix this 🙏'],
    ['CJK', '申し訳ありません'],
    ['leading mentions', '@priyanair_ @tomreyes so sorry'],
  ])('agrees with twitter-text on %s', (_name, text) => {
    expect(approximateTweetLength(text)).toBe(weigh(text));
  });

  it('agrees with twitter-text on plain ASCII sentences (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z ,.!?']{0,300}$/), (text) => {
        expect(approximateTweetLength(text)).toBe(weigh(text));
      }),
      { seed: 7, verbose: true },
    );
  });
});
