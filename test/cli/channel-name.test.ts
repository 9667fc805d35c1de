import { describe, expect, it } from 'vitest';
import { channelFromName } from '../../src/cli/channel-name.ts';

describe('channelFromName', () => {
  it.each([
    ['x', 'x'],
    ['Twitter', 'x'],
    ['facebook', 'facebook'],
    ['FB', 'facebook'],
    ['Instagram', 'instagram'],
    ['tripadvisor', 'review-site'],
    ['TripAdvisor', 'review-site'],
    ['review', 'review-site'],
    ['review site', 'review-site'],
    ['review-site', 'review-site'],
    ['forum', 'forum'],
    ['myspace', undefined],
    ['', undefined],
    ['constructor', undefined],
  ])('maps %j to %j', (name, channel) => {
    expect(channelFromName(name)).toBe(channel);
  });
});
