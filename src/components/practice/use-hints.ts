import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
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

/** The latest hint result, for the component that shows it alone to re-render when it changes. */
export interface HintFeed {
  latest: () => HintResult | null;
  subscribe: (listener: (result: HintResult | null) => void) => () => void;
}

function createHintFeed() {
  let latest: HintResult | null = null;
  const listeners = new Set<(result: HintResult | null) => void>();
  return {
    latest: () => latest,
    subscribe(listener: (result: HintResult | null) => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    publish(result: HintResult | null) {
      latest = result;
      for (const listener of listeners) listener(result);
    },
  };
}

/** The latest result of a feed, as state of the calling component. */
export function useHintResult(feed: HintFeed): HintResult | null {
  const [result, setResult] = useState(feed.latest);
  useEffect(() => {
    setResult(feed.latest);
    return feed.subscribe(setResult);
  }, [feed]);
  return result;
}

/**
 * Live hints from the scorer in a module worker, started after the first paint so the page shows
 * before the scorer loads. Returns a function to ask about a draft and the feed of results: only
 * the component that shows them re-renders when one comes (useHintResult), not the whole player.
 */
export function useHints(enabled: boolean) {
  const client = useRef<HintClient | null>(null);
  const pending = useRef<{ text: string; context: ReplyContext } | null>(null);
  const feed = useMemo(createHintFeed, []);
  const [state, setState] = useState<'starting' | 'ready' | 'error'>('starting');

  useEffect(() => {
    if (!enabled) return;
    const cancel = afterFirstPaint(() => {
      try {
        client.current = createHintClient(
          startHintWorker(),
          (next) => {
            feed.publish(next);
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
      feed.publish(null);
      return;
    }
    if (client.current === null) {
      pending.current = { text, context };
      return;
    }
    client.current.request(text, context);
  }

  return { feed: feed as HintFeed, state, ask };
}
