import { h } from 'preact';
import type { FunctionComponent } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { scoreReply } from '../../scoring/index.ts';
import { hintsFrom } from '../../src/client/hints.ts';
import { Composer } from '../../src/components/practice/Composer.tsx';
import { HighlightedReply } from '../../src/components/practice/HighlightedReply.tsx';
import { HintPanel } from '../../src/components/practice/HintPanel.tsx';
import { Scorecard } from '../../src/components/practice/Scorecard.tsx';
import { Thread } from '../../src/components/practice/Thread.tsx';
import { Timer } from '../../src/components/practice/Timer.tsx';
import { advance, startAttempt } from '../../src/simulator/engine.ts';
import { libraryScenario, viewOf } from './helpers.ts';

/** Renders a component to HTML; its props are checked against the component's own type. */
function html<P extends object>(component: (props: P) => unknown, props: P): string {
  return renderToString(h(component as unknown as FunctionComponent<P>, props));
}

describe('Thread', () => {
  it.each([
    ['complaint/late-birthday-order', 'thread--x', '@priyanair_', '3h'],
    ['complaint/billed-after-cancelling', 'thread--facebook', 'ago', 'ago'],
    ['troll/fake-giveaway-spam', 'thread--instagram', '', ''],
    ['review-site/scam-review', 'thread--review-site', '', ''],
  ])('draws %s as its channel (%s)', (path, channelClass, handle, time) => {
    const scenario = libraryScenario(path);
    const state = startAttempt(scenario);
    const out = html(Thread, { scenario, posts: state.posts, now: 0 });
    expect(out).toContain(channelClass);
    expect(out).toContain(handle);
    expect(out).toContain(time);
    expect(out).not.toMatch(/<img/);
    for (const post of state.posts) expect(out).toContain(`data-post="${post.id}"`);
  });

  it('draws avatars as initials and marks the trainee, the reply target and hidden posts', () => {
    const scenario = libraryScenario('complaint/late-birthday-order');
    const step = advance(scenario, startAttempt(scenario), {
      type: 'reply',
      at: 10,
      text: 'So sorry, Priya. Please DM us your order number.',
    });
    const posts = step.state.posts.map((p, i) => (i === 0 ? { ...p, hidden: true } : p));
    const out = html(Thread, { scenario, posts, now: 70 });
    expect(out).toContain('>PN</span>');
    expect(out).toContain('post--trainee');
    expect(out).toContain('Replying to <span>@priyanair_</span>');
    expect(out).toContain('Hidden from the public.');
  });
});

describe('Composer', () => {
  const base = {
    value: '',
    onInput: () => {},
    onSubmit: () => {},
    replyingTo: 'Priya Nair',
    sending: false,
    error: null,
    onRetry: () => {},
    actions: [],
    onAction: () => {},
  };

  it.each([
    ['x', 'Sorry!', '6 / 280', false],
    ['x', 'a'.repeat(300), '300 / 280', true],
    ['facebook', 'a'.repeat(1600), '1600 / 1500', false],
    ['x', '', '0 / 280', true],
  ] as const)('on %s counts %#: %s, send disabled: %s', (channel, value, count, disabled) => {
    const out = html(Composer, { ...base, channel, value });
    expect(out).toContain(count);
    expect(/<button type="submit"[^>]*disabled/.test(out)).toBe(disabled);
    expect(out).toContain('<label class="composer__label" for="reply">Your reply to Priya Nair');
  });

  it('says why a send failed, offers a retry and lists the other actions', () => {
    const out = html(Composer, {
      ...base,
      channel: 'x',
      value: 'Sorry',
      error: 'Your reply was not sent: the connection dropped.',
      actions: ['hide', 'escalate'],
    });
    expect(out).toContain('role="alert"');
    expect(out).toContain('Your reply was not sent');
    expect(out).toContain('Try again');
    expect(out).toContain('Hide the post');
    expect(out).toContain('Escalate to a lead');
  });
});

describe('HintPanel and HighlightedReply', () => {
  const text = "Sorry, but you're wrong. DM us your order number.";
  const result = hintsFrom(scoreReply({ text }), 1);

  it('lists criteria met so far and the spans that trigger them', () => {
    const out = html(HintPanel, { result, state: 'ready' });
    expect(out).toContain('data-criterion="no-contradiction"');
    expect(out).toContain('hint--violated');
    expect(out).toMatch(/<q class="hint__quote evidence evidence--met">[^<]*DM/);
  });

  it('marks evidence inside the reply without changing its text', () => {
    const out = html(HighlightedReply, { text, marks: result.marks });
    expect(out.replace(/<[^>]+>/g, '').replace(/&#39;|&apos;/g, "'")).toBe(text);
    expect(out).toMatch(
      /<mark class="evidence evidence--violated" data-criteria="[^"]*no-contradiction/,
    );
  });
});

describe('Timer', () => {
  it.each([
    [10, '1:50 left', 'timer--ok'],
    [100, '0:20 left', 'timer--soon'],
    [130, '0:10 late', 'timer--late'],
  ])('at %ss reads %s', (now, reading, phase) => {
    const out = html(Timer, { now, turnStartedAt: 0, target: 120 });
    expect(out).toContain(reading);
    expect(out).toContain(phase);
    expect(out).toContain('role="timer"');
  });
});

describe('Scorecard', () => {
  it('shows the score, each reply with its evidence and verdicts, the model reply and the thread', () => {
    const scenario = libraryScenario('complaint/late-birthday-order');
    const text =
      "Priya, I'm so sorry your daughter's present hasn't arrived. Please DM us your order number and I'll chase the courier now.";
    const step = advance(scenario, startAttempt(scenario), { type: 'reply', at: 30, text });
    const view = viewOf(scenario, step.state, {
      score: 88,
      scenario: { ...scenario, modelReplies: [{ text: 'Model text', why: 'Because.' }] },
    });
    const out = html(Scorecard, { view });
    expect(out).toContain('>88<');
    expect(out).toMatch(/<mark class="evidence evidence--met" data-criteria="[^"]*apology/);
    expect(out).toContain('id="turn-1-apology"');
    expect(out).toContain('Model text');
    expect(out).toContain('The whole thread');
    expect(out).toContain('OK. Sending you my order number by DM now.');
  });
});
