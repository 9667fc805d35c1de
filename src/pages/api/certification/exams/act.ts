import type { APIRoute } from 'astro';
import { certificationContext } from '../../../../server/app-context.ts';
import { ExamActInputSchema } from '../../../../server/certification/inputs.ts';
import { actInExam } from '../../../../server/certification/exams.ts';
import { jsonEndpoint } from '../../../../server/json-endpoint.ts';

/** Plays one action on the current scenario of the caller's own exam, by position. */
export const POST: APIRoute = jsonEndpoint(ExamActInputSchema, async (input, actor) =>
  actInExam(await certificationContext(), actor, input),
);
