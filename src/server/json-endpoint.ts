import type { IncomingMessage, ServerResponse } from 'node:http';
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
//
// One call, two ways in: as an Astro API route (jsonEndpoint), and straight from Node's request
// and response (nodeJsonEndpoint), for the routes http-server.ts answers before the app
// (src/server/direct-routes.ts).

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

/** What a JSON call reads of a request, whichever way it came in. */
interface JsonRequest {
  path: string;
  contentType: string | null;
  contentLength: string | null;
  body: AsyncIterable<Uint8Array> | null;
  headers: () => Headers;
  actor: Actor | undefined;
}

/** A JSON call's answer: its status and its body, encoded. */
interface JsonAnswer {
  status: number;
  body: Buffer<ArrayBuffer>;
}

/** The headers of every answer but its length. */
const JSON_HEADERS = {
  'content-type': 'application/json; charset=utf-8',
  'cache-control': 'no-store',
} as const;

function answer(body: unknown, status: number): JsonAnswer {
  return { status, body: Buffer.from(JSON.stringify(body)) };
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
async function bodyText(request: JsonRequest): Promise<string> {
  const type = request.contentType ?? '';
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
  if (Number(request.contentLength ?? 0) > MAX_BODY_BYTES) throw tooLarge();
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

/** What a JSON call does with its checked input, the caller and the request's headers. */
export type JsonWork<Schema extends z.ZodType, Result> = (
  input: z.output<Schema>,
  actor: Actor | undefined,
  headers: Headers,
) => Promise<Result>;

/**
 * A call that reads its input as JSON against `schema`, calls `work` with it, and answers the
 * result as JSON. A ServiceError becomes its status with `{ code, message, field? }`; any other
 * failure is logged here and answered 500 without its details.
 */
function jsonCall<Schema extends z.ZodType, Result>(
  schema: Schema,
  work: JsonWork<Schema, Result>,
): (request: JsonRequest) => Promise<JsonAnswer> {
  return async (request) => {
    try {
      const input = parseInput(schema, await bodyText(request));
      return answer(await work(input, request.actor, request.headers()), 200);
    } catch (error) {
      if (error instanceof Refusal) return answer(error.body, error.status);
      if (error instanceof ServiceError) {
        return answer(
          {
            code: error.code,
            message: error.message,
            ...(error.field === undefined ? {} : { field: error.field }),
          },
          SERVICE_ERROR_STATUS[error.code],
        );
      }
      console.error(`${request.path}:`, error);
      return answer(
        { code: 'INTERNAL_SERVER_ERROR', message: 'the server failed to do that; try again' },
        500,
      );
    }
  };
}

/**
 * The call as an Astro API route (POST), with the caller the middleware found. Its answer says its
 * length, so the server sends head and body in one write (a chunked one takes another write for
 * its last chunk, and a write costs as much as parsing the request).
 */
export function jsonEndpoint<Schema extends z.ZodType, Result>(
  schema: Schema,
  work: JsonWork<Schema, Result>,
): (context: Pick<APIContext, 'request' | 'locals'>) => Promise<Response> {
  const call = jsonCall(schema, work);
  return async ({ request, locals }) => {
    const { status, body } = await call({
      path: new URL(request.url).pathname,
      contentType: request.headers.get('content-type'),
      contentLength: request.headers.get('content-length'),
      body: request.body,
      headers: () => request.headers,
      actor: locals.actor,
    });
    return new Response(body, {
      status,
      headers: { ...JSON_HEADERS, 'content-length': String(body.byteLength) },
    });
  };
}

/** The request's headers as a Headers object, for the services that read the session cookie. */
function webHeaders(request: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (typeof value === 'string') headers.set(name, value);
    else if (Array.isArray(value)) for (const item of value) headers.append(name, item);
  }
  return headers;
}

/**
 * The call straight from Node's request and response, for http-server.ts to answer before the
 * app: no caller is found for it (the work checks the session itself), and nothing but the JSON
 * body and the cookie is read.
 */
export function nodeJsonEndpoint<Schema extends z.ZodType, Result>(
  schema: Schema,
  work: JsonWork<Schema, Result>,
): (request: IncomingMessage, response: ServerResponse) => Promise<void> {
  const call = jsonCall(schema, work);
  return async (request, response) => {
    const { status, body } = await call({
      path: (request.url ?? '/').replace(/[?#].*$/, ''),
      contentType: request.headers['content-type'] ?? null,
      contentLength: request.headers['content-length'] ?? null,
      body: request,
      headers: () => webHeaders(request),
      actor: undefined,
    });
    response.writeHead(status, { ...JSON_HEADERS, 'content-length': body.byteLength });
    response.end(body);
  };
}
