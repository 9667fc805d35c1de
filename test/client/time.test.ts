import { describe, expect, it } from 'vitest';
import { clockTime, longAge, shortAge } from '../../src/client/relative-time.ts';
import { attemptClock, readTimer } from '../../src/client/timer.ts';

describe('relative times', () => {
  it.each([
    [0, 'now', 'just now', '0:00'],
    [42, '42s', '42 seconds ago', '0:42'],
    [60, '1m', '1 minute ago', '1:00'],
    [725, '12m', '12 minutes ago', '12:05'],
    [3 * 3600, '3h', '3 hours ago', '180:00'],
    [2 * 86_400 + 5, '2d', '2 days ago', '2880:05'],
  ])('%ss reads %s, %s, %s', (seconds, short, long, clock) => {
    expect(shortAge(seconds)).toBe(short);
    expect(longAge(seconds)).toBe(long);
    expect(clockTime(seconds)).toBe(clock);
  });

  it('prints an overdue clock with a minus sign', () => {
    expect(clockTime(-12)).toBe('-0:12');
  });
});

describe('readTimer', () => {
  it.each([
    { now: 10, started: 0, target: 120, remaining: 110, phase: 'ok' },
    { now: 95, started: 0, target: 120, remaining: 25, phase: 'soon' },
    { now: 130, started: 0, target: 120, remaining: -10, phase: 'late' },
    { now: 70, started: 60, target: 120, remaining: 110, phase: 'ok' },
    { now: 50, started: 60, target: 120, remaining: 120, phase: 'ok' },
  ] as const)('at $now with a turn from $started: $remaining left ($phase)', (row) => {
    const reading = readTimer(row.now, row.started, row.target);
    expect(reading.remaining).toBe(row.remaining);
    expect(reading.phase).toBe(row.phase);
    expect(reading.used).toBeGreaterThanOrEqual(0);
    expect(reading.used).toBeLessThanOrEqual(1);
  });
});

describe('attemptClock', () => {
  it('runs from the server time, whatever the local clock says', () => {
    const clock = attemptClock(
      { startedAt: '2026-11-23T10:00:00Z', serverNow: '2026-11-23T10:00:30Z' },
      5_000_000,
    );
    expect(clock(5_000_000)).toBe(30);
    expect(clock(5_002_500)).toBe(32.5);
  });
});
