import { actions } from 'astro:actions';
import { failureMessage } from './failure-message.ts';
import type { AttemptView, PracticeAction, PracticeApi } from './practice-view.ts';

// Re-exported for the pages and islands that imported it from here first (exam-api.ts).
export { failureMessage };

/** The player's calls, through the app's Astro actions. */
export const practiceActions: PracticeApi = {
  async act(attemptId: string, action: PracticeAction): Promise<AttemptView> {
    let result: Awaited<ReturnType<typeof actions.practice.act>>;
    try {
      result = await actions.practice.act({ attemptId, action });
    } catch (thrown) {
      // A dropped connection throws instead of answering; say so in the same words.
      throw new Error(failureMessage(thrown), { cause: thrown });
    }
    const { data, error } = result;
    if (error !== undefined) throw new Error(failureMessage(error));
    return data.view as AttemptView;
  },
};
