import type { ReplyContext } from '../../scoring/index.ts';
import type { HintResult } from './hints.ts';

export interface HintRequest {
  seq: number;
  text: string;
  context: ReplyContext;
}

export type HintResponse =
  { ok: true; result: HintResult } | { ok: false; seq: number; message: string };

/** The part of a Worker the client uses, so tests can stand in for it. */
export interface HintWorker {
  postMessage(message: HintRequest): void;
  addEventListener(type: 'message', listener: (event: { data: HintResponse }) => void): void;
  addEventListener(type: 'error', listener: () => void): void;
  terminate(): void;
}

export interface HintClient {
  /** Asks for hints on a draft; returns its sequence number. Superseded drafts are never scored. */
  request(text: string, context: ReplyContext): number;
  dispose(): void;
}

/**
 * Keeps at most one draft in the worker and one waiting: while the worker scores, newer keystrokes
 * replace the waiting draft, so the hints catch up with the latest text however fast one types.
 */
export function createHintClient(
  worker: HintWorker,
  onResult: (result: HintResult) => void,
  onError: (message: string) => void = () => {},
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

  worker.addEventListener('message', ({ data }) => {
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
  });

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
      worker.terminate();
    },
  };
}

/** Starts the module worker; Vite bundles it (and the scorer) as a chunk of its own. */
export function startHintWorker(): HintWorker {
  return new Worker(new URL('./hint-worker.ts', import.meta.url), {
    type: 'module',
    name: 'frontline-hints',
  });
}
