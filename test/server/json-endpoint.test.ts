import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import type { Actor } from '../../src/server/actor.ts';
import { jsonEndpoint, MAX_BODY_BYTES } from '../../src/server/json-endpoint.ts';
import { ServiceError } from '../../src/server/service-error.ts';

// The JSON routes' reading of a request and their answers, without a server: what reaches the
// service, and what the browser is told when the input or the service refuses.

const Input = z.strictObject({
  attemptId: z.string().min(1),
  action: z.strictObject({ type: z.literal('reply'), text: z.string().max(10) }),
});
const ACTOR: Actor = { userId: 'u1', organisationId: 'o1', role: 'trainee' };

function request(body: BodyInit | null, headers: Record<string, string> = {}): Request {
  // A streamed body needs duplex: 'half', which Node's RequestInit type does not list yet.
  const init: RequestInit & { duplex?: 'half' } = {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
    ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
  };
  return new Request('http://localhost/api/practice/act', init);
}

async function answer(
  endpoint: ReturnType<typeof jsonEndpoint>,
  req: Request,
  actor: Actor | undefined = ACTOR,
): Promise<{ status: number; body: Record<string, unknown>; type: string | null }> {
  const response = await endpoint({ request: req, locals: { actor } });
  const bytes = new Uint8Array(await response.arrayBuffer());
  // Every answer says its length, so the server sends it in one write rather than chunked.
  expect(response.headers.get('content-length')).toBe(String(bytes.byteLength));
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    body: JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>,
  };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('jsonEndpoint', () => {
  it('hands the service the parsed input and the caller, and answers its result as JSON', async () => {
    const work = vi.fn((input: z.output<typeof Input>, actor: Actor | undefined) =>
      Promise.resolve({ saw: input.action.text, by: actor?.userId }),
    );
    const endpoint = jsonEndpoint(Input, work);
    const result = await answer(
      endpoint,
      request(JSON.stringify({ attemptId: 'a1', action: { type: 'reply', text: 'sorry' } }), {
        'content-type': 'application/json; charset=utf-8',
      }),
    );
    expect(result).toEqual({
      status: 200,
      type: 'application/json; charset=utf-8',
      body: { saw: 'sorry', by: 'u1' },
    });
    expect(work).toHaveBeenCalledTimes(1);
  });

  const refusals: {
    name: string;
    req: () => Request;
    status: number;
    body: Record<string, unknown>;
  }[] = [
    {
      name: 'a body that is not typed as JSON',
      req: () => request('{}', { 'content-type': 'text/plain' }),
      status: 415,
      body: {
        code: 'UNSUPPORTED_MEDIA_TYPE',
        message: 'the body must be JSON (content-type: application/json), not text/plain',
      },
    },
    {
      name: 'a body that is not JSON',
      req: () => request('{"attemptId": '),
      status: 400,
      body: { code: 'BAD_REQUEST', message: 'the body is not valid JSON' },
    },
    {
      name: 'a field of the wrong shape, named',
      req: () => request(JSON.stringify({ attemptId: 'a1', action: { type: 'reply', text: 7 } })),
      status: 400,
      body: {
        code: 'BAD_REQUEST',
        message: 'action.text: Invalid input: expected string, received number',
        field: 'action.text',
      },
    },
    {
      name: 'a field that is missing, and an unknown one',
      req: () => request(JSON.stringify({ action: { type: 'reply', text: 'hi' }, extra: 1 })),
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
      name: 'a body over the limit, by its length header',
      req: () => request('{}', { 'content-length': String(MAX_BODY_BYTES + 1) }),
      status: 413,
      body: { code: 'CONTENT_TOO_LARGE', message: 'the body is over 1,048,576 bytes' },
    },
    {
      name: 'a body over the limit, streamed without a length',
      req: () =>
        request(
          new ReadableStream({
            start(controller) {
              const chunk = new TextEncoder().encode('x'.repeat(64 * 1024));
              for (let sent = 0; sent <= MAX_BODY_BYTES; sent += chunk.byteLength) {
                controller.enqueue(chunk);
              }
              controller.close();
            },
          }),
        ),
      status: 413,
      body: { code: 'CONTENT_TOO_LARGE', message: 'the body is over 1,048,576 bytes' },
    },
  ];

  it.each(refusals)('refuses $name before the service runs', async ({ req, status, body }) => {
    const work = vi.fn(() => Promise.resolve({}));
    const result = await answer(jsonEndpoint(Input, work), req());
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
    const endpoint = jsonEndpoint(Input, () =>
      Promise.reject(new ServiceError(code, 'refused for a reason', field)),
    );
    const result = await answer(
      endpoint,
      request(JSON.stringify({ attemptId: 'a1', action: { type: 'reply', text: 'x' } })),
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
    const endpoint = jsonEndpoint(Input, () =>
      Promise.reject(new Error('connection string postgres://secret@db')),
    );
    const result = await answer(
      endpoint,
      request(JSON.stringify({ attemptId: 'a1', action: { type: 'reply', text: 'x' } })),
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
        const result = await answer(jsonEndpoint(Input, work), request(JSON.stringify(value)));
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
      { numRuns: 200 },
    );
  });
});
