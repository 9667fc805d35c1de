/** Where the trainee stands against the reply-time target. */
export interface TimerReading {
  /** Seconds since the turn started. */
  elapsed: number;
  /** Seconds left before the target; negative once it has passed. */
  remaining: number;
  /** Share of the target used, 0 to 1 (capped). */
  used: number;
  phase: 'ok' | 'soon' | 'late';
}

/** Reads the timer at `now` (seconds since the attempt started). */
export function readTimer(now: number, turnStartedAt: number, target: number): TimerReading {
  const elapsed = Math.max(0, now - turnStartedAt);
  const remaining = target - elapsed;
  const used = target > 0 ? Math.min(1, elapsed / target) : 1;
  const phase = remaining < 0 ? 'late' : remaining <= Math.min(30, target / 4) ? 'soon' : 'ok';
  return { elapsed, remaining, used, phase };
}

/**
 * The attempt's clock in the browser: the server's time when the view was sent plus what passed
 * locally since, so a slow or skewed client clock never moves the timer.
 */
export function attemptClock(
  view: { startedAt: string; serverNow: string },
  receivedAt: number,
): (localNow: number) => number {
  const base = (Date.parse(view.serverNow) - Date.parse(view.startedAt)) / 1000;
  return (localNow) => base + (localNow - receivedAt) / 1000;
}
