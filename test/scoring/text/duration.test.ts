import { describe, expect, it } from 'vitest';
import { humanDuration } from '../../../scoring/text/duration.ts';

describe('humanDuration', () => {
  it.each([
    [0, '0 seconds'],
    [1, '1 second'],
    [45, '45 seconds'],
    [60, '1 minute'],
    [89, '1 minute'],
    [125, '2 minutes'],
    [3_599, '1 hour'],
    [3_600, '1 hour'],
    [5_400, '1 hour 30 minutes'],
    [86_400, '1 day'],
    [90_000, '1 day 1 hour'],
    [Number.NaN, 'an unknown time'],
    [-5, 'an unknown time'],
  ])('says %s seconds as "%s"', (seconds, expected) => {
    expect(humanDuration(seconds)).toBe(expected);
  });
});
