import { useEffect, useRef, useState } from 'preact/hooks';
import type { ReplyContext } from '../../../scoring/index.ts';
import { createHintClient, startHintWorker } from '../../client/hint-client.ts';
import type { HintClient } from '../../client/hint-client.ts';
import type { HintResult } from '../../client/hints.ts';
import { canShareReplies, createReplyBuffer } from '../../client/shared-reply.ts';

function afterFirstPaint(run: () => void): () => void {
  let idle = 0;
  const frame = requestAnimationFrame(() => {
    idle = window.setTimeout(run, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(idle);
  };
}

/**
 * Live hints from the scorer in a module worker, started after the first paint so the page shows
 * before the scorer loads. Returns the latest result and a function to ask about a draft.
 */
export function useHints(enabled: boolean) {
  const client = useRef<HintClient | null>(null);
  const pending = useRef<{ text: string; context: ReplyContext } | null>(null);
  const [result, setResult] = useState<HintResult | null>(null);
  const [state, setState] = useState<'starting' | 'ready' | 'error'>('starting');

  useEffect(() => {
    if (!enabled) return;
    const cancel = afterFirstPaint(() => {
      try {
        client.current = createHintClient(
          startHintWorker(),
          (next) => {
            setResult(next);
            setState('ready');
          },
          () => setState('error'),
          canShareReplies() ? { replies: createReplyBuffer() } : {},
        );
        setState('ready');
        const first = pending.current;
        if (first !== null) ask(first.text, first.context);
      } catch {
        setState('error');
      }
    });
    return () => {
      cancel();
      client.current?.dispose();
      client.current = null;
    };
  }, [enabled]);

  function ask(text: string, context: ReplyContext): void {
    if (!enabled) return;
    if (text.trim() === '') {
      pending.current = null;
      setResult(null);
      return;
    }
    if (client.current === null) {
      pending.current = { text, context };
      return;
    }
    client.current.request(text, context);
  }

  return { result, state, ask };
}
