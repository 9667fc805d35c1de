import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browserDraftStorage, createDraftStore } from '../../client/draft-store.ts';
import { hintContext } from '../../client/hint-context.ts';
import { authorOf, draftSlot, replyTarget } from '../../client/practice-view.ts';
import type { AttemptView, PracticeAction, PracticeApi } from '../../client/practice-view.ts';
import { attemptClock } from '../../client/timer.ts';
import { Composer } from './Composer.tsx';
import { HintPanel } from './HintPanel.tsx';
import { QueuePicker } from './QueuePicker.tsx';
import { Thread } from './Thread.tsx';
import { Timer } from './Timer.tsx';
import { useHintResult, useHints } from './use-hints.ts';
import type { HintFeed } from './use-hints.ts';
import { useTweetWeigher } from './use-tweet-weigher.ts';

export interface PlayerProps {
  initial: AttemptView;
  api: PracticeApi;
  /** Live hints while typing; off for exams. */
  hints?: boolean;
  /** Where the scorecard is, once the thread ends. */
  scorecardHref: string;
  /** The text of that link: exams go on to the next scenario instead. */
  endLabel?: string;
}

/** The hint panel, re-rendered on its own when an answer comes. */
function LiveHintPanel(props: {
  feed: HintFeed;
  state: 'starting' | 'ready' | 'error';
  /** The box is empty: no hints, whatever the last answer was. */
  empty: boolean;
}) {
  const result = useHintResult(props.feed);
  return <HintPanel result={props.empty ? null : result} state={props.state} />;
}

/** The practice player: the live thread, the timer, the composer and the hints. */
export function Player({
  initial,
  api,
  hints = true,
  scorecardHref,
  endLabel = 'See your scorecard',
}: PlayerProps) {
  const [view, setView] = useState(initial);
  const [clock, setClock] = useState(() => attemptClock(initial, performance.now()));
  const [now, setNow] = useState(() => clock(performance.now()));
  const [item, setItem] = useState<string | undefined>(initial.available.items[0]?.id);
  const drafts = useMemo(() => createDraftStore(browserDraftStorage()), []);
  const slot = draftSlot(view, item);
  const [text, setText] = useState('');
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [failed, setFailed] = useState<PracticeAction | null>(null);
  const [fresh, setFresh] = useState<ReadonlySet<string>>(new Set());
  const [announcement, setAnnouncement] = useState('');
  const hint = useHints(hints && view.mode === 'practice');
  const weigh = useTweetWeigher(view.scenario.channel);
  const ended = view.available.ended;
  const endRef = useRef<HTMLAnchorElement>(null);
  const latest = useRef(initial);
  const [pollTick, setPollTick] = useState(0);

  // The draft of this turn comes back after a reload; text typed before the turn moved on stays.
  useEffect(() => {
    const saved = drafts.load(view.attemptId, slot);
    if (saved !== '') setText(saved);
    else if (text !== '') drafts.save(view.attemptId, slot, text);
  }, [slot]);

  useEffect(() => {
    const tick = window.setInterval(() => setNow(clock(performance.now())), 1000);
    return () => clearInterval(tick);
  }, [clock]);

  useEffect(() => {
    if (text !== '') hint.ask(text, hintContext(view, clock(performance.now()), item));
  }, [hint.state === 'ready']);

  // When nobody answers, the customer posts again: ask the server at the next timer.
  useEffect(() => {
    const at = view.available.nextTimerAt;
    if (ended || at === null) return;
    const delay = Math.max(250, (at - clock(performance.now())) * 1000 + 300);
    const timeout = window.setTimeout(() => void send({ type: 'wait' }), delay);
    return () => clearTimeout(timeout);
  }, [view, clock, pollTick]);

  useEffect(() => {
    if (ended) endRef.current?.focus();
  }, [ended]);

  function receive(next: AttemptView): void {
    // A wait answered after a reply would carry the older state: keep the newer one.
    if (next.state.actions.length < latest.current.state.actions.length) return;
    const before = new Set(latest.current.state.posts.map((p) => p.id));
    latest.current = next;
    const added = next.state.posts.filter((p) => !before.has(p.id) && !p.byTrainee);
    setFresh(new Set(added.map((p) => p.id)));
    setAnnouncement(
      added.map((p) => `${authorOf(next.scenario, p.from).name}: ${p.text}`).join(' '),
    );
    const nextClock = attemptClock(next, performance.now());
    setClock(() => nextClock);
    setNow(nextClock(performance.now()));
    setView(next);
    if (item === undefined || !next.available.items.some((i) => i.id === item))
      setItem(next.available.items[0]?.id);
  }

  async function send(action: PracticeAction): Promise<void> {
    const isWait = action.type === 'wait';
    if (!isWait) {
      setSending(true);
      setError(null);
    }
    try {
      const next = await api.act(view.attemptId, action);
      if (action.type === 'reply') {
        // The draft may have followed the thread to a newer turn while the reply was on its way.
        drafts.clear(view.attemptId, slot);
        drafts.clear(view.attemptId, draftSlot(latest.current, item));
        setText('');
        hint.ask('', {});
      }
      receive(next);
    } catch (failure) {
      // A lost wait is asked again a little later: the posts it brings must still arrive.
      if (isWait) window.setTimeout(() => setPollTick((tick) => tick + 1), 5000);
      else {
        const why = failure instanceof Error ? failure.message : String(failure);
        setError(
          action.type === 'reply'
            ? `Your reply was not sent: ${why}. It is kept here; try again.`
            : `That was not done: ${why}. Try again.`,
        );
        setFailed(action);
      }
    } finally {
      if (!isWait) setSending(false);
    }
  }

  function submitReply(): void {
    void send({ type: 'reply', text, ...(item === undefined ? {} : { item }) });
  }

  function onInput(next: string): void {
    // The draft goes to the scorer first, so it is scored while this thread renders the keystroke.
    hint.ask(next, hintContext(view, clock(performance.now()), item));
    setText(next);
    drafts.save(view.attemptId, slot, next);
  }

  // The same elements while only the draft changes: Preact then skips the thread, and the hints
  // until their answer comes, on a keystroke.
  const thread = useMemo(
    () => <Thread scenario={view.scenario} posts={view.state.posts} now={now} newPostIds={fresh} />,
    [view, now, fresh],
  );
  const empty = text.trim() === '';
  const hintPanel = useMemo(
    () => <LiveHintPanel feed={hint.feed} state={hint.state} empty={empty} />,
    [hint.feed, hint.state, empty],
  );
  const target = replyTarget(view.scenario, view.state.turn, item);
  const to =
    item !== undefined
      ? view.available.items.find((i) => i.id === item)?.to
      : view.available.replyTo;
  const replyingTo =
    to === 'public' || to === undefined || to === null
      ? 'everyone (a public update)'
      : authorOf(view.scenario, to).name;
  const actions =
    item !== undefined
      ? (view.available.items.find((i) => i.id === item)?.actions ?? [])
      : view.available.actions;
  const prompt =
    item !== undefined
      ? view.available.items.find((i) => i.id === item)?.prompt
      : view.available.prompt;

  return (
    <div class={`player ${hints ? 'player--hints' : ''}`}>
      <div class="player__thread">
        {thread}
        <p class="visually-hidden" aria-live="polite">
          {announcement}
        </p>
      </div>
      <div class="player__side">
        {ended ? (
          <section class="player__ended" aria-labelledby="ended-title">
            <h2 id="ended-title">The thread has ended</h2>
            {view.outcome !== null && (
              <p>
                <strong>{view.outcome.title}.</strong> {view.outcome.text}
              </p>
            )}
            <a ref={endRef} class="button button--primary" href={scorecardHref}>
              {endLabel}
            </a>
          </section>
        ) : (
          <>
            <Timer now={now} turnStartedAt={view.state.turnStartedAt} target={target} />
            {view.available.items.length > 0 && (
              <QueuePicker
                items={view.available.items}
                scenario={view.scenario}
                selected={item}
                onSelect={setItem}
              />
            )}
            {prompt !== undefined && <p class="player__prompt">{prompt}</p>}
            <Composer
              channel={view.scenario.channel}
              value={text}
              onInput={onInput}
              onSubmit={submitReply}
              replyingTo={replyingTo}
              weigh={weigh}
              sending={sending}
              error={error}
              onRetry={() =>
                // A reply is sent again as it now reads; an action is simply repeated.
                failed === null || failed.type === 'reply' ? submitReply() : void send(failed)
              }
              actions={actions}
              onAction={(type) => void send({ type, ...(item === undefined ? {} : { item }) })}
            />
            {hints && view.mode === 'practice' && hintPanel}
          </>
        )}
      </div>
    </div>
  );
}
