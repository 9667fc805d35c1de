import { describe, expect, it } from 'vitest';
import { authorOf, draftSlot, initialsOf, replyTarget } from '../../src/client/practice-view.ts';
import { advance, startAttempt } from '../../src/simulator/engine.ts';
import { libraryScenario, viewOf } from './helpers.ts';

describe('initialsOf', () => {
  it.each([
    ['Priya Nair', 'PN'],
    ['Tom', 'T'],
    ['Mary Ann de la Cruz', 'MC'],
    ['@dana_w', 'DW'],
    ['Émile Zola', 'ÉZ'],
    ['', '?'],
  ])('%s → %s', (name, initials) => {
    expect(initialsOf(name)).toBe(initials);
  });
});

describe('authorOf', () => {
  const scenario = libraryScenario('complaint/late-birthday-order');
  it.each([
    ['brand', 'Brightloom', '@BrightloomHelp', 'brand'],
    ['customer', 'Priya Nair', '@priyanair_', 'customer'],
    ['tom', 'Tom Reyes', '@tomreyes', 'onlooker'],
    ['stranger', 'stranger', undefined, 'onlooker'],
  ])('%s is %s (%s), a %s', (from, name, handle, role) => {
    expect(authorOf(scenario, from)).toMatchObject({ name, handle, role });
  });
});

describe('draftSlot', () => {
  it('changes with every turn entered, even when a turn comes back', () => {
    const scenario = libraryScenario('complaint/late-birthday-order');
    const first = viewOf(scenario);
    const step = advance(scenario, startAttempt(scenario), { type: 'reply', at: 5, text: 'hm' });
    const second = viewOf(scenario, step.state);
    expect(draftSlot(first)).not.toBe(draftSlot(second));
    expect(draftSlot(first, 'a')).not.toBe(draftSlot(first, 'b'));
  });
});

describe('replyTarget', () => {
  it('prefers the queue item, then the turn, then the scenario', () => {
    const scenario = libraryScenario('crisis/payment-outage');
    const view = viewOf(scenario);
    expect(replyTarget(view.scenario, 'nope')).toBe(scenario.replyWithin);
  });
});
