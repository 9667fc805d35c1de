import { actions } from 'astro:actions';
import type { AttemptView, PracticeAction, PracticeApi } from './practice-view.ts';

/** One sentence saying why the server did not take the action, and what to do. */
export function failureMessage(error: unknown): string {
  if (error instanceof TypeError) return 'the connection to Frontline dropped; check it';
  const { code, message } = (error ?? {}) as { code?: string; message?: string };
  if (code === 'UNAUTHORIZED') return 'you are signed out; sign in again in another tab';
  if (code === 'TOO_MANY_REQUESTS') return 'too many requests; wait a moment';
  if (message !== undefined && message !== '') return message.replace(/[.\s]+$/, '');
  return 'the server did not answer';
}

/** The player's calls, through the app's Astro actions. */
export const practiceActions: PracticeApi = {
  async act(attemptId: string, action: PracticeAction): Promise<AttemptView> {
    const { data, error } = await actions.practice.act({ attemptId, action });
    if (error !== undefined) throw new Error(failureMessage(error));
    return data.view as AttemptView;
  },
};
