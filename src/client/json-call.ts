import { failureMessage } from './failure-message.ts';

/**
 * POSTs `input` as JSON to one of the app's JSON routes (src/server/json-endpoint.ts) and returns
 * its answer. A refusal or a dropped connection throws an Error whose message is one short clause
 * for the trainee (failureMessage), as the Astro actions' failures do.
 */
export async function postJson<Result>(path: string, input: unknown): Promise<Result> {
  let response: Response;
  let body: unknown;
  try {
    response = await fetch(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(input),
    });
    body = await response.json().catch(() => undefined);
  } catch (thrown) {
    throw new Error(failureMessage(thrown), { cause: thrown });
  }
  if (!response.ok || body === undefined) throw new Error(failureMessage(body));
  return body as Result;
}
