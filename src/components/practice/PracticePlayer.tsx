import { practiceActions } from '../../client/practice-actions.ts';
import type { AttemptView } from '../../client/practice-view.ts';
import { Player } from './Player.tsx';

export interface PracticePlayerProps {
  initial: AttemptView;
  hints?: boolean;
}

/** The player wired to the server: the island the attempt page hydrates. */
export function PracticePlayer({ initial, hints = true }: PracticePlayerProps) {
  return (
    <Player
      initial={initial}
      api={practiceActions}
      hints={hints}
      scorecardHref={`/practice/attempt/${encodeURIComponent(initial.attemptId)}`}
    />
  );
}
