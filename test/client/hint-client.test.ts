import { describe, expect, it } from 'vitest';
import { scoreReply } from '../../scoring/index.ts';
import { createHintClient } from '../../src/client/hint-client.ts';
import type {
  HintRequest,
  HintResponse,
  HintWorker,
  HintWorkerMessage,
} from '../../src/client/hint-client.ts';
import { hintsFrom } from '../../src/client/hints.ts';
import type { HintResult } from '../../src/client/hints.ts';

const isRequest = (m: HintWorkerMessage): m is HintRequest => 'seq' in m;

/** A worker that answers only when told to, like a busy one. */
function manualWorker() {
  const received: HintRequest[] = [];
  let listener: ((event: { data: HintResponse }) => void) | undefined;
  const worker: HintWorker = {
    postMessage: (m) => {
      if (isRequest(m)) received.push(m);
    },
    addEventListener: (type: string, l: (event: { data: HintResponse }) => void) => {
      if (type === 'message') listener = l;
    },
    terminate: () => {},
  };
  const answer = () => {
    const request = received.shift();
    if (request === undefined || listener === undefined) throw new Error('nothing to answer');
    listener({
      data: { ok: true, result: hintsFrom(scoreReply({ text: request.text }), request.seq) },
    });
  };
  return { worker, received, answer };
}

describe('hint client', () => {
  it('sends at most one draft at a time and only the latest of those typed meanwhile', () => {
    const { worker, received, answer } = manualWorker();
    const results: HintResult[] = [];
    const client = createHintClient(worker, (r) => results.push(r));
    client.request('S', {});
    client.request('So', {});
    client.request('Sor', {});
    client.request('Sorry', {});
    expect(received.map((r) => r.text)).toEqual(['S']);
    answer();
    expect(received.map((r) => r.text)).toEqual(['Sorry']);
    answer();
    expect(results.map((r) => r.seq)).toEqual([1, 4]);
    expect(received).toEqual([]);
  });

  it('reports a worker error and stays usable', () => {
    const errors: string[] = [];
    let listener: ((event: { data: HintResponse }) => void) | undefined;
    const worker: HintWorker = {
      postMessage: (m) => {
        if (isRequest(m)) listener?.({ data: { ok: false, seq: m.seq, message: 'boom' } });
      },
      addEventListener: (type: string, l: (event: { data: HintResponse }) => void) => {
        if (type === 'message') listener = l;
      },
      terminate: () => {},
    };
    const client = createHintClient(
      worker,
      () => {},
      (m) => errors.push(m),
    );
    client.request('a', {});
    client.request('b', {});
    expect(errors).toEqual(['boom', 'boom']);
  });
});

describe('hint client when the worker cannot load', () => {
  it('reports it once and keeps accepting drafts', () => {
    const errors: string[] = [];
    const listeners = new Map<string, (event: { data: HintResponse }) => void>();
    const posted: HintRequest[] = [];
    const worker: HintWorker = {
      postMessage: (m) => {
        if (isRequest(m)) posted.push(m);
      },
      addEventListener: (type: string, l: (event: { data: HintResponse }) => void) => {
        listeners.set(type, l);
      },
      terminate: () => {},
    };
    const client = createHintClient(
      worker,
      () => {},
      (m) => errors.push(m),
    );
    client.request('a', {});
    listeners.get('error')?.({ data: { ok: false, seq: 0, message: '' } });
    client.request('b', {});
    expect(errors).toEqual(['the live scorer could not start']);
    expect(posted.map((p) => p.text)).toEqual(['a', 'b']);
  });
});

describe('hintsFrom', () => {
  it('keeps one row per criterion in rubric order, with the spans that trigger each', () => {
    const text = "Sorry, but you're wrong: it left on time. DM us your order number.";
    const report = scoreReply({ text });
    const result = hintsFrom(report, 3);
    expect(result.seq).toBe(3);
    expect(result.hints.map((h) => h.criterion)).toEqual(Object.keys(report.criteria));
    const contradiction = result.hints.find((h) => h.criterion === 'no-contradiction');
    expect(contradiction?.status).toBe('violated');
    for (const span of contradiction?.spans ?? [])
      expect(text.slice(span.start, span.end)).toBe(span.quote);
    expect(result.marks.some((m) => m.criterion === 'take-private' && m.status === 'met')).toBe(
      true,
    );
  });

  it('keeps the same rows, in the same order, as the draft changes', () => {
    const rows = (text: string) => hintsFrom(scoreReply({ text }), 1).hints.map((h) => h.criterion);
    expect(rows('S')).toEqual(rows("So sorry, Priya! Thanks for flagging it. We can't refund it."));
  });
});
