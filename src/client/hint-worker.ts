/// <reference lib="webworker" />
// The live scorer, off the main thread: the page sends a draft and its context, gets hints back.
import { scoreReply } from '../../scoring/index.ts';
import { hintsFrom } from './hints.ts';
import type { HintResponse, HintWorkerMessage } from './hint-client.ts';
import { writeReply } from './shared-reply.ts';

declare const self: DedicatedWorkerGlobalScope;

/** Where replies go when the page shares memory with this worker (see shared-reply.ts). */
let replies: SharedArrayBuffer | undefined;

/** Now on the epoch clock, which the page converts to its own (timeOrigin differs per thread). */
const epochNow = () => performance.timeOrigin + performance.now();

self.addEventListener('message', (event: MessageEvent<HintWorkerMessage>) => {
  if ('replies' in event.data) {
    replies = event.data.replies;
    return;
  }
  const receivedAt = epochNow();
  const { seq, text, context } = event.data;
  let response: HintResponse;
  try {
    const start = performance.now();
    const report = scoreReply({ text, context });
    const scoreMs = performance.now() - start;
    response = {
      ok: true,
      result: {
        ...hintsFrom(report, seq),
        length: text.length,
        scoreMs,
        receivedAt,
        answeredAt: epochNow(),
      },
    };
  } catch (error) {
    response = { ok: false, seq, message: error instanceof Error ? error.message : String(error) };
  }
  if (replies === undefined || !writeReply(replies, response)) self.postMessage(response);
});
