import { describe, expect, it } from 'vitest';
import { hintContext } from '../../src/client/hint-context.ts';
import { withTurnTargets } from '../../src/client/practice-view.ts';
import { advance, startAttempt } from '../../src/simulator/engine.ts';
import { replyContext } from '../../src/simulator/reply-context.ts';
import { libraryScenario, viewOf } from './helpers.ts';

describe('hintContext', () => {
  it.each([
    ['complaint/late-birthday-order'],
    ['crisis/payment-outage'],
    ['troll/meme-pile-on'],
    ['review-site/scam-review'],
  ])('matches the server-side reply context on %s at the start', (path) => {
    const scenario = libraryScenario(path);
    const view = viewOf(scenario);
    const item = view.available.items[0]?.id;
    const { weights: _w, expectations, ...server } = replyContext(scenario, view.state, 42, item);
    const client = hintContext(view, 42, item);
    expect(client).toMatchObject(server);
    expect(client.expectations ?? {}).toEqual(expectations);
  });

  it('carries earlier replies and the new turn start after a reply', () => {
    const scenario = libraryScenario('complaint/late-birthday-order');
    const step = advance(scenario, startAttempt(scenario), {
      type: 'reply',
      at: 20,
      text: 'Our records show it left on time, so it must be something on your end.',
    });
    const view = viewOf(scenario, step.state);
    const context = hintContext(view, 50);
    expect(context.earlierReplies).toEqual([
      'Our records show it left on time, so it must be something on your end.',
    ]);
    expect(context.elapsedSeconds).toBe(30);
    expect(context.customerPost).toBe(replyContext(scenario, step.state, 50).customerPost);
  });

  it('works from a view that leaves the turns out', () => {
    const scenario = libraryScenario('complaint/late-birthday-order');
    const view = viewOf(scenario);
    const { turns: _turns, ...withoutTurns } = view.scenario;
    const context = hintContext({ ...view, scenario: withoutTurns }, 10);
    expect(context).toMatchObject({ channel: 'x', targetSeconds: 120, customerName: 'Priya Nair' });
  });
});

describe('withTurnTargets', () => {
  it.each([['complaint/nobody-answered'], ['crisis/payment-outage'], ['troll/meme-pile-on']])(
    'lets a view without turns give the server-side context on %s',
    (path) => {
      const scenario = libraryScenario(path);
      const full = viewOf(scenario);
      const { turns: _turns, rubric: _rubric, ...bare } = full.scenario;
      const view = withTurnTargets({ ...full, scenario: bare }, scenario);
      const item = view.available.items[0]?.id;
      const { weights: _w, expectations, ...server } = replyContext(scenario, view.state, 42, item);
      const client = hintContext(view, 42, item);
      expect(client).toMatchObject(server);
      expect(client.expectations ?? {}).toEqual(expectations);
      expect(JSON.stringify(view.scenario.turns)).not.toMatch(/"posts"|"next"|"examples"/);
    },
  );
});
