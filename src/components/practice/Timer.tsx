import { clockTime } from '../../client/relative-time.ts';
import { readTimer } from '../../client/timer.ts';

export interface TimerProps {
  now: number;
  turnStartedAt: number;
  target: number;
}

const PHASE_WORDS = { ok: 'on time', soon: 'nearly out of time', late: 'past the target' } as const;

/** Time left to reply against the scenario's target; the customer does not wait forever. */
export function Timer({ now, turnStartedAt, target }: TimerProps) {
  const reading = readTimer(now, turnStartedAt, target);
  return (
    <div class={`timer timer--${reading.phase}`}>
      <span class="timer__label" id="timer-label">
        Reply within {clockTime(target)}
      </span>
      <span class="timer__clock" role="timer" aria-labelledby="timer-label">
        {reading.remaining >= 0
          ? `${clockTime(reading.remaining)} left`
          : `${clockTime(-reading.remaining)} late`}
      </span>
      <span class="visually-hidden" aria-live="polite">
        {reading.phase === 'ok' ? '' : PHASE_WORDS[reading.phase]}
      </span>
      <span class="timer__bar" aria-hidden="true">
        <span class="timer__fill" style={{ inlineSize: `${Math.round(reading.used * 100)}%` }} />
      </span>
    </div>
  );
}
