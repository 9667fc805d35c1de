import type { AttemptView, PracticeAction, PracticeApi } from './practice-view.ts';
import type { PreviewRequest, PreviewResponse } from './preview-worker.ts';

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

type Pending = { resolve: (view: AttemptView) => void; reject: (error: Error) => void };

/** A PracticeApi backed by the engine in a worker: an author's preview, with nothing stored. */
export function createPreviewApi(): PracticeApi & {
  start(scenarioId: string, scenario: unknown): Promise<AttemptView>;
} {
  const worker = new Worker(new URL('./preview-worker.ts', import.meta.url), {
    type: 'module',
    name: 'frontline-preview',
  });
  const pending = new Map<number, Pending>();
  let next = 0;
  worker.addEventListener('message', (event: MessageEvent<PreviewResponse>) => {
    const data = event.data;
    const waiting = pending.get(data.id);
    pending.delete(data.id);
    if (data.ok) waiting?.resolve(data.view);
    else waiting?.reject(new Error(data.message));
  });
  const call = (request: WithoutId<PreviewRequest>) =>
    new Promise<AttemptView>((resolve, reject) => {
      next += 1;
      pending.set(next, { resolve, reject });
      worker.postMessage({ ...request, id: next });
    });
  return {
    start: (scenarioId, scenario) => call({ type: 'start', scenarioId, scenario }),
    act: (_attemptId, action: PracticeAction) => call({ type: 'act', action }),
  };
}
