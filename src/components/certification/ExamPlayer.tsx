import { useEffect, useMemo, useState } from 'preact/hooks';
import type { AttemptView } from '../../client/practice-view.ts';
import { clockTime } from '../../client/relative-time.ts';
import { Player } from '../practice/Player.tsx';
import { examApi } from './exam-api.ts';
import { examSecondsLeft } from './exam-clock.ts';

export interface ExamPlayerProps {
  examId: string;
  position: number;
  initial: AttemptView;
  /** When the exam's time runs out, and the server's time when the page was made. */
  deadline: string;
  serverNow: string;
  /** Where to go once this scenario's thread ends, and what the link says. */
  nextHref: string;
  nextLabel: string;
}

/** One exam scenario in the practice player, hints off, with the exam's own clock above it. */
export function ExamPlayer(props: ExamPlayerProps) {
  const { examId, position, initial, deadline, serverNow, nextHref, nextLabel } = props;
  const api = useMemo(() => examApi(examId, position), [examId, position]);
  const [loadedAt] = useState(() => performance.now());
  const left = (at: number) => examSecondsLeft(deadline, serverNow, (at - loadedAt) / 1000);
  const [secondsLeft, setSecondsLeft] = useState(() => left(loadedAt));

  useEffect(() => {
    const tick = window.setInterval(() => setSecondsLeft(left(performance.now())), 1000);
    return () => clearInterval(tick);
  }, [deadline, serverNow]);

  return (
    <div class="exam-player">
      <p class={`exam-clock ${secondsLeft < 300 ? 'exam-clock--soon' : ''}`}>
        <span id="exam-clock-label">Time left for the whole exam</span>{' '}
        <strong role="timer" aria-labelledby="exam-clock-label">
          {secondsLeft > 0 ? clockTime(Math.round(secondsLeft)) : 'none: hand in now'}
        </strong>
      </p>
      <Player
        initial={initial}
        api={api}
        hints={false}
        scorecardHref={nextHref}
        endLabel={nextLabel}
      />
    </div>
  );
}
