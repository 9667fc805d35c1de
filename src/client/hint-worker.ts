/// <reference lib="webworker" />
// The live scorer, off the main thread: the page sends a draft and its context, gets hints back.
import { scoreReply } from '../../scoring/index.ts';
import { hintsFrom } from './hints.ts';
import type { HintRequest, HintResponse } from './hint-client.ts';

declare const self: DedicatedWorkerGlobalScope;

self.addEventListener('message', (event: MessageEvent<HintRequest>) => {
  const { seq, text, context } = event.data;
  let response: HintResponse;
  try {
    const start = performance.now();
    const report = scoreReply({ text, context });
    const scoreMs = performance.now() - start;
    response = { ok: true, result: { ...hintsFrom(report, seq), length: text.length, scoreMs } };
  } catch (error) {
    response = { ok: false, seq, message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(response);
});
