import { useEffect, useRef } from 'preact/hooks';
import type { Channel } from '../../../scoring/index.ts';
import { composerLimit, countReply } from '../../client/char-count.ts';
import type { TweetWeigher } from '../../client/char-count.ts';
import type { ModerationAction } from '../../simulator/schema.ts';

export interface ComposerProps {
  channel: Channel;
  value: string;
  onInput: (text: string) => void;
  onSubmit: () => void;
  /** Who the reply answers, shown in the label. */
  replyingTo: string;
  weigh?: TweetWeigher | undefined;
  sending: boolean;
  /** Why the last send failed, with a retry offered. */
  error: string | null;
  /** Sends the failed reply or action again. */
  onRetry: () => void;
  /** Moderation actions the turn allows besides replying. */
  actions: readonly ModerationAction[];
  onAction: (action: ModerationAction) => void;
}

const ACTION_LABELS: Readonly<Record<ModerationAction, string>> = {
  hide: 'Hide the post',
  ignore: 'Ignore it',
  escalate: 'Escalate to a lead',
  delete: 'Delete the post',
};

/** The reply box: the channel's count and limit, send, and the turn's other actions. */
export function Composer(props: ComposerProps) {
  const { channel, value, sending, error } = props;
  const count = countReply(channel, value, props.weigh);
  const { unit } = composerLimit(channel);
  const box = useRef<HTMLTextAreaElement>(null);
  // Text typed into the server-rendered box before the page came alive is kept, not lost.
  useEffect(() => {
    const typed = box.current?.value ?? '';
    if (typed !== '' && value === '') props.onInput(typed);
  }, []);
  const counterClass = count.over
    ? 'composer__count--over'
    : count.remaining <= 20
      ? 'composer__count--near'
      : '';
  return (
    <form
      class="composer"
      onSubmit={(event) => {
        event.preventDefault();
        if (!count.blocked && !sending) props.onSubmit();
      }}
    >
      <label class="composer__label" for="reply">
        Your reply to {props.replyingTo}
      </label>
      <textarea
        ref={box}
        id="reply"
        name="reply"
        class="composer__text"
        rows={5}
        value={value}
        aria-describedby="reply-count reply-error"
        onInput={(event) => props.onInput(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            if (!count.blocked && !sending) props.onSubmit();
          }
        }}
      />
      <div class="composer__bar">
        <span id="reply-count" class={`composer__count ${counterClass}`} title={unit}>
          {count.count} / {count.limit}
          <span class="visually-hidden"> {unit}</span>
        </span>
        <button type="submit" class="button button--primary" disabled={count.blocked || sending}>
          {sending ? 'Sending…' : 'Reply'}
        </button>
      </div>
      <div id="reply-error" role="alert" class="composer__error">
        {error !== null && (
          <>
            <span>{error}</span>{' '}
            <button type="button" class="button" onClick={props.onRetry} disabled={sending}>
              Try again
            </button>
          </>
        )}
      </div>
      {props.actions.length > 0 && (
        <fieldset class="composer__actions">
          <legend>Or, instead of replying</legend>
          {props.actions.map((action) => (
            <button
              key={action}
              type="button"
              class="button"
              data-action={action}
              disabled={sending}
              onClick={() => props.onAction(action)}
            >
              {ACTION_LABELS[action]}
            </button>
          ))}
        </fieldset>
      )}
    </form>
  );
}
