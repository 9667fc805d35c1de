import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreReply } from '../../scoring/index.ts';
import { createHintClient } from '../../src/client/hint-client.ts';
import type { HintResponse, HintWorker, HintWorkerMessage } from '../../src/client/hint-client.ts';
import { hintsFrom } from '../../src/client/hints.ts';
import type { HintResult } from '../../src/client/hints.ts';
import {
  canShareReplies,
  createReplyBuffer,
  readReply,
  watchReplies,
  writeReply,
} from '../../src/client/shared-reply.ts';

/** Resolves once `check` holds, giving queued Atomics.waitAsync wake-ups their turn. */
async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i += 1) await new Promise((r) => setTimeout(r, 1));
  expect(check()).toBe(true);
}

describe('shared replies', () => {
  it('reads back what was written, whatever the text', () => {
    const buffer = createReplyBuffer(4096);
    fc.assert(
      fc.property(
        fc.jsonValue(),
        fc.string({ unit: 'grapheme', maxLength: 200 }),
        (value, text) => {
          const reply = { value, text };
          expect(writeReply(buffer, reply)).toBe(true);
          expect(readReply(buffer)).toEqual(JSON.parse(JSON.stringify(reply)));
        },
      ),
    );
  });

  it.each([
    { name: 'fits exactly', bytes: 10, reply: 'abcdefgh', fits: true },
    { name: 'one byte over', bytes: 9, reply: 'abcdefghi', fits: false },
    { name: 'multi-byte characters counted as bytes', bytes: 10, reply: 'ééééé', fits: false },
  ])('refuses a reply that does not fit: $name', ({ bytes, reply, fits }) => {
    const buffer = createReplyBuffer(bytes);
    expect(writeReply(buffer, reply)).toBe(fits);
  });

  it('wakes the watcher once for each reply, in order, and stops when told', async () => {
    const buffer = createReplyBuffer(1024);
    const seen: unknown[] = [];
    const stop = watchReplies(buffer, (reply) => seen.push(reply));
    writeReply(buffer, { n: 1 });
    await until(() => seen.length === 1);
    writeReply(buffer, { n: 2 });
    await until(() => seen.length === 2);
    stop();
    writeReply(buffer, { n: 3 });
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).toEqual([{ n: 1 }, { n: 2 }]);
  });

  it('is off outside a cross-origin isolated page', () => {
    expect(canShareReplies()).toBe(false);
  });
});

describe('hint client with shared replies', () => {
  /** A worker stand-in that answers in shared memory when it has some, like hint-worker.ts. */
  function sharingWorker(big = false) {
    let replies: SharedArrayBuffer | undefined;
    const pending: HintWorkerMessage[] = [];
    let listener: ((event: { data: HintResponse }) => void) | undefined;
    const worker: HintWorker = {
      postMessage: (m) => {
        if ('replies' in m) replies = m.replies;
        else pending.push(m);
      },
      addEventListener: (type: string, l: (event: { data: HintResponse }) => void) => {
        if (type === 'message') listener = l;
      },
      terminate: () => {},
    };
    const answer = () => {
      const request = pending.shift();
      if (request === undefined || 'replies' in request) throw new Error('nothing to answer');
      const result = hintsFrom(scoreReply({ text: request.text }), request.seq);
      const response: HintResponse = {
        ok: true,
        result: {
          ...result,
          length: request.text.length,
          ...(big ? { pad: 'x'.repeat(5000) } : {}),
        },
      };
      if (replies === undefined || !writeReply(replies, response)) listener?.({ data: response });
    };
    return { worker, pending, answer, shared: () => replies !== undefined };
  }

  it('gives the worker the buffer and delivers its replies, one draft in the worker at a time', async () => {
    const { worker, pending, answer, shared } = sharingWorker();
    const results: HintResult[] = [];
    const client = createHintClient(worker, (r) => results.push(r), undefined, {
      replies: createReplyBuffer(),
    });
    expect(shared()).toBe(true);
    client.request('S', {});
    client.request('So', {});
    client.request('Sorry', {});
    expect(pending).toHaveLength(1);
    answer();
    await until(() => results.length === 1);
    expect(pending).toHaveLength(1);
    answer();
    await until(() => results.length === 2);
    expect(results.map((r) => [r.seq, r.length])).toEqual([
      [1, 1],
      [3, 5],
    ]);
    client.dispose();
  });

  it('still takes a reply too big for the buffer as a message', async () => {
    const { worker, answer } = sharingWorker(true);
    const results: HintResult[] = [];
    const client = createHintClient(worker, (r) => results.push(r), undefined, {
      replies: createReplyBuffer(1024),
    });
    client.request('Sorry', {});
    answer();
    await until(() => results.length === 1);
    expect(results[0]?.seq).toBe(1);
    client.dispose();
  });
});
