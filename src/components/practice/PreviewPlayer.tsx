import { useEffect, useState } from 'preact/hooks';
import { createPreviewApi } from '../../client/preview-api.ts';
import type { AttemptView, PracticeApi } from '../../client/practice-view.ts';
import { Player } from './Player.tsx';
import { Scorecard } from './Scorecard.tsx';

export interface PreviewPlayerProps {
  scenarioId: string;
  /** The scenario file's data, as the content collection parsed it. */
  scenario: unknown;
  hints?: boolean;
}

/** An author's preview: the player over the engine in the browser, then the scorecard in place. */
export function PreviewPlayer({ scenarioId, scenario, hints = true }: PreviewPlayerProps) {
  const [session, setSession] = useState<{ api: PracticeApi; view: AttemptView } | null>(null);
  const [ended, setEnded] = useState<AttemptView | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const api = createPreviewApi();
    api
      .start(scenarioId, scenario)
      .then((view) => {
        const watched: PracticeApi = {
          act: async (id, action) => {
            const next = await api.act(id, action);
            if (next.available.ended) setEnded(next);
            return next;
          },
        };
        setSession({ api: watched, view });
      })
      .catch((failure: unknown) =>
        setError(failure instanceof Error ? failure.message : String(failure)),
      );
  }, [scenarioId]);
  if (error !== null) return <p role="alert">The preview could not start: {error}</p>;
  if (session === null) return <p class="player__loading">Loading the preview…</p>;
  return (
    <>
      <Player
        initial={session.view}
        api={session.api}
        hints={hints}
        scorecardHref="#scorecard-title"
      />
      {ended !== null && <Scorecard view={ended} />}
    </>
  );
}
