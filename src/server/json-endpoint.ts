import type { APIContext } from 'astro';
import type { z } from 'zod';
import type { Actor } from './actor.ts';
import { SERVICE_ERROR_STATUS, ServiceError } from './service-error.ts';

// A browser call answered with plain JSON, for the calls whose answers are large (a player's
// attempt view, up to some 15 KB a turn): Astro actions encode every answer with devalue, which
// escapes strings a character at a time in JavaScript and cost about a tenth of the server's CPU
// per reply. Everything else about an action stays: zod input, the caller from the session
// (Astro.locals.actor, which the service checks), and refusals as `{ code, message }` with the
// status an ActionError of that code has, so the client reads both the same way.

/** The largest body read, as for Astro actions (their default actionBodySizeLimit). */
export const MAX_BODY_BYTES = 1024 * 1024;

/** A refusal as the browser reads it: the code and one sentence, with the field when known. */
export interface JsonRefusal {
  code: string;
  message: string;
  field?: string;
  /** Every field the input was refused for, with what was wrong with it. */
  fields?: Record<string, string[]>;
}

/**
 * A JSON answer of known length: the server then sends its head and body in one write, where a
 * chunked answer takes another for its last chunk (a write costs as much as parsing the request).
 */
function json(body: unknown, status: number): Response {
  const bytes = Buffer.from(JSON.stringify(body));
  return new Response(bytes, {
    status,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-length': String(bytes.byteLength),
      'cache-control': 'no-store',
    },
  });
}

class Refusal extends Error {
  readonly status: number;
  readonly body: JsonRefusal;
  constructor(status: number, body: JsonRefusal) {
    super(body.message);
    this.status = status;
    this.body = body;
  }
}

/** The request's body as text, refused when it is not JSON or longer than MAX_BODY_BYTES. */
async function bodyText(request: Request): Promise<string> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/json\s*(?:;|$)/i.test(type)) {
    throw new Refusal(415, {
      code: 'UNSUPPORTED_MEDIA_TYPE',
      message: `the body must be JSON (content-type: application/json), not ${type === '' ? 'untyped' : type}`,
    });
  }
  const tooLarge = () =>
    new Refusal(413, {
      code: 'CONTENT_TOO_LARGE',
      message: `the body is over ${MAX_BODY_BYTES.toLocaleString('en-GB')} bytes`,
    });
  if (Number(request.headers.get('content-length') ?? 0) > MAX_BODY_BYTES) throw tooLarge();
  if (request.body === null) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of request.body) {
    size += chunk.byteLength;
    if (size > MAX_BODY_BYTES) throw tooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The input, parsed and checked; a refusal names the first field that is wrong. */
function parseInput<Schema extends z.ZodType>(schema: Schema, text: string): z.output<Schema> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Refusal(400, { code: 'BAD_REQUEST', message: 'the body is not valid JSON' });
  }
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const fields: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path.map(String).join('.') || 'the body';
    (fields[field] ??= []).push(issue.message);
  }
  const [field, [first] = []] = Object.entries(fields)[0] ?? ['the body', []];
  throw new Refusal(400, {
    code: 'BAD_REQUEST',
    message: `${field}: ${first ?? 'invalid input'}`,
    field,
    fields,
  });
}

/**
 * A POST route that reads its input as JSON against `schema`, calls `work` with it, the caller
 * (Astro.locals.actor) and the request, and answers the result as JSON. A ServiceError becomes its status with `{ code, message,
 * field? }`; any other failure is logged here and answered 500 without its details.
 */
export function jsonEndpoint<Schema extends z.ZodType, Result>(
  schema: Schema,
  work: (input: z.output<Schema>, actor: Actor | undefined, request: Request) => Promise<Result>,
): (context: Pick<APIContext, 'request' | 'locals'>) => Promise<Response> {
  return async ({ request, locals }) => {
    try {
      const input = parseInput(schema, await bodyText(request));
      return json(await work(input, locals.actor, request), 200);
    } catch (error) {
      if (error instanceof Refusal) return json(error.body, error.status);
      if (error instanceof ServiceError) {
        return json(
          {
            code: error.code,
            message: error.message,
            ...(error.field === undefined ? {} : { field: error.field }),
          },
          SERVICE_ERROR_STATUS[error.code],
        );
      }
      console.error(`${new URL(request.url).pathname}:`, error);
      return json(
        { code: 'INTERNAL_SERVER_ERROR', message: 'the server failed to do that; try again' },
        500,
      );
    }
  };
}
