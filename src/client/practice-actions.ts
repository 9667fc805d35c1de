import { postJson } from './json-call.ts';
import type { AttemptView, PracticeAction, PracticeApi } from './practice-view.ts';

/** The player's calls, through the app's JSON route for acting on a practice attempt. */
export const practiceActions: PracticeApi = {
  async act(attemptId: string, action: PracticeAction): Promise<AttemptView> {
    const { view } = await postJson<{ view: AttemptView }>('/api/practice/act', {
      attemptId,
      action,
    });
    return view;
  },
};
