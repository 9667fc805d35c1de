import { postJson } from '../../client/json-call.ts';
import type { AttemptView, PracticeAction, PracticeApi } from '../../client/practice-view.ts';

/** The player's calls for one scenario of an exam: every action goes through the exam, by position. */
export function examApi(examId: string, position: number): PracticeApi {
  return {
    async act(_attemptId: string, action: PracticeAction): Promise<AttemptView> {
      const { exam } = await postJson<{ exam: { attempt?: AttemptView } }>(
        '/api/certification/exams/act',
        { examId, position, action },
      );
      if (exam.attempt === undefined) throw new Error('the exam has ended');
      return exam.attempt;
    },
  };
}
