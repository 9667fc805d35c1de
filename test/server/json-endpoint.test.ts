import { createServer, request as httpRequest } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import type { Actor } from '../../src/server/actor.ts';
import { jsonEndpoint, MAX_BODY_BYTES, nodeJsonEndpoint } from '../../src/server/json-endpoint.ts';
import type { JsonWork } from '../../src/server/json-endpoint.ts';
import { ServiceError } from '../../src/server/service-error.ts';

// The JSON routes' reading of a request and their answers, both ways in: as an Astro API route
// (called with a Web Request, no server), and straight from Node's request and response (on a
// node:http server), as http-server.ts answers the direct routes. What reaches the service, and
// what the browser is told when the input or the service refuses.

const Input = z.strictObject({
  attemptId: z.string().min(1),
  action: z.strictObject({ type: z.literal('reply'), text: z.string().max(10) }),
});
type Work = JsonWork<typeof Input, unknown>;
const ACTOR: Actor = { userId: 'u1', organisationId: 'o1', role: 'trainee' };

/** A request as a test describes it: a body, whole or in chunks sent without a length. */
interface Sent {
  body: string | Uint8Array[];
  headers?: Record<string, string>;
}

function sent(body: Sent['body'], headers: Record<string, string> = {}): Sent {
  return { body, headers: { 'content-type': 'application/json', ...headers } };
}

interface Answer {
  status: number;
  body: Record<string, unknown>;
  type: string | undefined;
}

function decoded(status: number, type: string | undefined, bytes: Uint8Array): Answer {
  return {
    status,
    type,
    body: JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>,
  };
}

/** Through the Astro route, with the caller the middleware would have found. */
async function viaAstro(work: Work, { body, headers }: Sent): Promise<Answer> {
  // A streamed body needs duplex: 'half', which Node's RequestInit type does not list yet.
  const init: RequestInit & { duplex?: 'half' } = {
    method: 'POST',
    headers: headers ?? {},
    body:
      typeof body === 'string'
        ? body
        : new ReadableStream<Uint8Array>({
            start(controller) {
              for (const chunk of body) controller.enqueue(chunk);
              controller.close();
            },
          }),
    ...(typeof body === 'string' ? {} : { duplex: 'half' }),
  };
  const request = new Request('http://localhost/api/practice/act', init);
  const response = await jsonEndpoint(Input, work)({ request, locals: { actor: ACTOR } });
  const bytes = new Uint8Array(await response.arrayBuffer());
  // Every answer says its length, so the server sends it in one write rather than chunked.
  expect(response.headers.get('content-length')).toBe(String(bytes.byteLength));
  return decoded(response.status, response.headers.get('content-type') ?? undefined, bytes);
}

let server: Server;
let handler: (request: IncomingMessage, response: ServerResponse) => Promise<void>;

beforeAll(async () => {
  server = createServer((request, response) => void handler(request, response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

/** Through Node's request and response on a real server: no caller is found for it. */
function viaNode(work: Work, { body, headers }: Sent): Promise<Answer> {
  handler = nodeJsonEndpoint(Input, work);
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      { host: '127.0.0.1', port, method: 'POST', path: '/api/practice/act', headers, agent: false },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const bytes = Buffer.concat(chunks);
          expect(response.headers['content-length']).toBe(String(bytes.byteLength));
          expect(response.headers['transfer-encoding']).toBeUndefined();
          resolve(decoded(response.statusCode ?? 0, response.headers['content-type'], bytes));
          request.destroy();
        });
      },
    );
    // A refusal may come before the whole body has gone: that is the point of it.
    request.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'ECONNRESET' && error.code !== 'EPIPE') reject(error);
    });
    if (typeof body === 'string') request.end(body);
    else {
      for (const chunk of body) request.write(chunk);
      request.end();
    }
  });
}

const WAYS = [
  { way: 'the Astro route', call: viaAstro, caller: ACTOR.userId },
  { way: 'Node directly', call: viaNode, caller: undefined },
] as const;

afterEach(() => {
  vi.restoreAllMocks();
});

describe.each(WAYS)('a JSON route through $way', ({ call, caller }) => {
  it('hands the service the parsed input, the caller and the headers, and answers as JSON', async () => {
    const work = vi.fn(
      (input: z.output<typeof Input>, actor: Actor | undefined, headers: Headers) =>
        Promise.resolve({
          saw: input.action.text,
          by: actor?.userId,
          cookie: headers.get('cookie'),
        }),
    );
    const result = await call(
      work,
      sent(JSON.stringify({ attemptId: 'a1', action: { type: 'reply', text: 'sorry' } }), {
        'content-type': 'application/json; charset=utf-8',
        cookie: 'session=abc',
      }),
    );
    expect(result).toEqual({
      status: 200,
      type: 'application/json; charset=utf-8',
      body: {
        saw: 'sorry',
        cookie: 'session=abc',
        ...(caller === undefined ? {} : { by: caller }),
      },
    });
    expect(work).toHaveBeenCalledTimes(1);
  });

  const refusals: {
    name: string;
    req: () => Sent;
    status: number;
    body: Record<string, unknown>;
  }[] = [
    {
      name: 'a body that is not typed as JSON',
      req: () => sent('{}', { 'content-type': 'text/plain' }),
      status: 415,
      body: {
        code: 'UNSUPPORTED_MEDIA_TYPE',
        message: 'the body must be JSON (content-type: application/json), not text/plain',
      },
    },
    {
      name: 'a body that is not JSON',
      req: () => sent('{"attemptId": '),
      status: 400,
      body: { code: 'BAD_REQUEST', message: 'the body is not valid JSON' },
    },
    {
      name: 'a field of the wrong shape, named',
      req: () => sent(JSON.stringify({ attemptId: 'a1', action: { type: 'reply', text: 7 } })),
      status: 400,
      body: {
        code: 'BAD_REQUEST',
        message: 'action.text: Invalid input: expected string, received number',
        field: 'action.text',
      },
    },
    {
      name: 'a field that is missing, and an unknown one',
      req: () => sent(JSON.stringify({ action: { type: 'reply', text: 'hi' }, extra: 1 })),
      status: 400,
      body: {
        code: 'BAD_REQUEST',
        message: 'attemptId: Invalid input: expected string, received undefined',
        field: 'attemptId',
        fields: {
          attemptId: ['Invalid input: expected string, received undefined'],
          'the body': ['Unrecognized key: "extra"'],
        },
      },
    },
    {
      name: 'a body over the limit, by its length',
      req: () => sent('x'.repeat(MAX_BODY_BYTES + 1)),
      status: 413,
      body: { code: 'CONTENT_TOO_LARGE', message: 'the body is over 1,048,576 bytes' },
    },
    {
      name: 'a body over the limit, streamed without a length',
      req: () =>
        sent(
          Array.from({ length: MAX_BODY_BYTES / (64 * 1024) + 1 }, () =>
            new TextEncoder().encode('x'.repeat(64 * 1024)),
          ),
        ),
      status: 413,
      body: { code: 'CONTENT_TOO_LARGE', message: 'the body is over 1,048,576 bytes' },
    },
  ];

  it.each(refusals)('refuses $name before the service runs', async ({ req, status, body }) => {
    const work = vi.fn(() => Promise.resolve({}));
    const result = await call(work, req());
    expect(result.status).toBe(status);
    expect(result.body).toMatchObject(body);
    expect(work).not.toHaveBeenCalled();
  });

  it.each([
    ['UNAUTHORIZED', 401, undefined],
    ['FORBIDDEN', 403, undefined],
    ['NOT_FOUND', 404, 'attemptId'],
    ['BAD_REQUEST', 400, 'action.text'],
    ['CONFLICT', 409, undefined],
  ] as const)('answers the service refusing with %s as %i', async (code, status, field) => {
    const result = await call(
      () => Promise.reject(new ServiceError(code, 'refused for a reason', field)),
      sent(JSON.stringify({ attemptId: 'a1', action: { type: 'reply', text: 'x' } })),
    );
    expect(result.status).toBe(status);
    expect(result.body).toEqual({
      code,
      message: 'refused for a reason',
      ...(field === undefined ? {} : { field }),
    });
  });

  it('logs any other failure and answers 500 without its details', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const result = await call(
      () => Promise.reject(new Error('connection string postgres://secret@db')),
      sent(JSON.stringify({ attemptId: 'a1', action: { type: 'reply', text: 'x' } })),
    );
    expect(result.status).toBe(500);
    expect(JSON.stringify(result.body)).not.toContain('secret');
    expect(result.body).toEqual({
      code: 'INTERNAL_SERVER_ERROR',
      message: 'the server failed to do that; try again',
    });
    expect(logged).toHaveBeenCalledTimes(1);
  });

  it('runs the service exactly when the schema takes the body, and else names a field', async () => {
    const body = fc.oneof(
      fc.jsonValue(),
      fc.record(
        {
          attemptId: fc.oneof(fc.string(), fc.integer()),
          action: fc.record(
            { type: fc.constantFrom('reply', 'wait'), text: fc.string({ maxLength: 12 }) },
            { requiredKeys: [] },
          ),
        },
        { requiredKeys: [] },
      ),
    );
    await fc.assert(
      fc.asyncProperty(body, async (value) => {
        const work = vi.fn(() => Promise.resolve({ ok: true }));
        const result = await call(work, sent(JSON.stringify(value)));
        const accepted = Input.safeParse(value).success;
        expect(work).toHaveBeenCalledTimes(accepted ? 1 : 0);
        if (accepted) {
          expect(result).toMatchObject({ status: 200, body: { ok: true } });
        } else {
          expect(result.status).toBe(400);
          const { field, message } = result.body as { field: string; message: string };
          expect(message.startsWith(`${field}: `)).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  });
});
