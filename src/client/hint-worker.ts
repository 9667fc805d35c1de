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
    response = { ok: true, result: hintsFrom(scoreReply({ text, context }), seq) };
  } catch (error) {
    response = { ok: false, seq, message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(response);
});
