import { actions } from 'astro:actions';
import { failureMessage } from '../../client/failure-message.ts';
import type { AttemptView, PracticeAction, PracticeApi } from '../../client/practice-view.ts';

/** The player's calls for one scenario of an exam: every action goes through the exam, by position. */
export function examApi(examId: string, position: number): PracticeApi {
  return {
    async act(_attemptId: string, action: PracticeAction): Promise<AttemptView> {
      let result: Awaited<ReturnType<typeof actions.certification.exams.act>>;
      try {
        result = await actions.certification.exams.act({ examId, position, action });
      } catch (thrown) {
        throw new Error(failureMessage(thrown), { cause: thrown });
      }
      const { data, error } = result;
      if (error !== undefined) throw new Error(failureMessage(error));
      if (data.exam.attempt === undefined) throw new Error('the exam has ended');
      return data.exam.attempt as AttemptView;
    },
  };
}
