import type { ReplyContext } from '../../scoring/index.ts';
import hintWorkerUrl from './hint-worker.ts?worker&url';
import type { HintResult } from './hints.ts';
import { watchReplies } from './shared-reply.ts';

export interface HintRequest {
  seq: number;
  text: string;
  context: ReplyContext;
}

/** Sent once, first: the worker writes its replies here instead of posting them. */
export interface HintReplyChannel {
  replies: SharedArrayBuffer;
}

export type HintWorkerMessage = HintRequest | HintReplyChannel;

export type HintResponse =
  { ok: true; result: HintResult } | { ok: false; seq: number; message: string };

/** The part of a Worker the client uses, so tests can stand in for it. */
export interface HintWorker {
  postMessage(message: HintWorkerMessage): void;
  addEventListener(type: 'message', listener: (event: { data: HintResponse }) => void): void;
  addEventListener(type: 'error', listener: () => void): void;
  terminate(): void;
}

export interface HintClient {
  /** Asks for hints on a draft; returns its sequence number. Superseded drafts are never scored. */
  request(text: string, context: ReplyContext): number;
  dispose(): void;
}

export interface HintClientOptions {
  /**
   * Shared memory for the worker's replies (see shared-reply.ts): they reach the page without
   * waiting for the frame after a keystroke, as posted messages do in Chromium.
   */
  replies?: SharedArrayBuffer | undefined;
}

/**
 * Keeps at most one draft in the worker and one waiting: while the worker scores, newer keystrokes
 * replace the waiting draft, so the hints catch up with the latest text however fast one types.
 */
export function createHintClient(
  worker: HintWorker,
  onResult: (result: HintResult) => void,
  onError: (message: string) => void = () => {},
  options: HintClientOptions = {},
): HintClient {
  let seq = 0;
  let busy = false;
  let waiting: HintRequest | undefined;
  let disposed = false;

  const send = (request: HintRequest) => {
    busy = true;
    worker.postMessage(request);
  };

  // A worker that cannot load (an old browser, a blocked script) says so once; typing goes on.
  worker.addEventListener('error', () => {
    busy = false;
    waiting = undefined;
    if (!disposed) onError('the live scorer could not start');
  });

  const receive = (data: HintResponse) => {
    busy = false;
    if (disposed) return;
    if (waiting !== undefined) {
      const next = waiting;
      waiting = undefined;
      send(next);
    }
    // A result a few keystrokes old is still shown: hints that lag a little beat hints that freeze
    // while someone types faster than the scorer.
    if (data.ok) onResult(data.result);
    else onError(data.message);
  };
  worker.addEventListener('message', ({ data }) => receive(data));
  // Replies too big for the shared buffer still come as messages.
  let stopWatching = () => {};
  if (options.replies !== undefined) {
    worker.postMessage({ replies: options.replies });
    stopWatching = watchReplies(options.replies, (reply) => receive(reply as HintResponse));
  }

  return {
    request(text, context) {
      seq += 1;
      const request = { seq, text, context };
      if (busy) waiting = request;
      else send(request);
      return seq;
    },
    dispose() {
      disposed = true;
      stopWatching();
      worker.terminate();
    },
  };
}

/** Starts the module worker; Vite bundles it (and the scorer) as a chunk of its own. */
export function startHintWorker(): HintWorker {
  const options: WorkerOptions = { type: 'module', name: 'frontline-hints' };
  if (globalThis.crossOriginIsolated !== true) return new Worker(hintWorkerUrl, options);
  // An isolated page may only start isolated workers, and static files are served without the
  // isolation headers: a worker from a blob: URL takes the page's policy, then imports the real
  // (same-origin) script. The blob is a one-line import; it is not revoked, as the worker may
  // still be fetching it.
  const script = JSON.stringify(new URL(hintWorkerUrl, location.href).href);
  const shim = new Blob([`import ${script};`], { type: 'text/javascript' });
  return new Worker(URL.createObjectURL(shim), options);
}
