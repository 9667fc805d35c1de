import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Channel } from '../../scoring/index.ts';
import { drawExam, eligiblePool, examView, randomExamSeed } from '../../src/certification/draw.ts';
import { loadFixture } from '../helpers/scenario-fixtures.ts';
import { track } from './fixtures.ts';

// fast-check prints the seed and the shrunk counterexample when a property fails; rerun one with
// fc.assert(prop, { seed, path }) to reproduce it.
const library = new Map<string, { channel: Channel }>([
  ['double-charge', { channel: 'x' }],
  ['missing-refund', { channel: 'x' }],
  ['cancelled-flight', { channel: 'x' }],
  ['meme-pile-on', { channel: 'x' }],
  ['product-recall', { channel: 'facebook' }],
]);

describe('drawExam', () => {
  it('draws the track’s count of distinct pool scenarios', () => {
    const draw = drawExam(track(), library, 42);
    expect(draw.ok).toBe(true);
    if (!draw.ok) return;
    expect(draw.scenarioIds).toHaveLength(3);
    expect(new Set(draw.scenarioIds).size).toBe(3);
    expect(draw.scenarioIds.every((id) => track().pool.includes(id))).toBe(true);
  });

  it('never draws a scenario outside the track’s channels or missing from the library', () => {
    const scoped = track({
      pool: ['double-charge', 'product-recall', 'ghost-scenario', 'missing-refund'],
      draw: 2,
    });
    for (let seed = 0; seed < 50; seed++) {
      const draw = drawExam(scoped, library, seed);
      expect(draw.ok && draw.scenarioIds.sort()).toEqual(['double-charge', 'missing-refund']);
    }
    expect(eligiblePool(scoped, library).skipped.map((s) => [s.scenarioId, s.reason])).toEqual([
      ['product-recall', 'out-of-scope'],
      ['ghost-scenario', 'unknown'],
    ]);
  });

  it('refuses to draw when too few pool scenarios are in scope, and says how many are', () => {
    const draw = drawExam(
      track({ pool: ['double-charge', 'product-recall'], draw: 2 }),
      library,
      1,
    );
    expect(draw).toMatchObject({
      ok: false,
      message:
        'The exam needs 2 scenarios but only 1 in the pool can be drawn; fix the pool before anyone sits the exam.',
    });
  });

  it.each([-1, 1.5, 2 ** 32, Number.NaN])('throws for the seed %s', (seed) => {
    expect(() => drawExam(track(), library, seed)).toThrow(/whole number from 0 to 2\^32/);
  });

  it('reaches every pool scenario over many seeds', () => {
    const seen = new Set<string>();
    for (let seed = 0; seed < 200; seed++) {
      const draw = drawExam(track({ draw: 1 }), library, seed);
      if (draw.ok) seen.add(draw.scenarioIds[0] ?? '');
    }
    expect([...seen].sort()).toEqual([
      'cancelled-flight',
      'double-charge',
      'meme-pile-on',
      'missing-refund',
    ]);
  });

  it('gives a seed the server can store', () => {
    const seed = randomExamSeed();
    expect(Number.isInteger(seed) && seed >= 0 && seed < 2 ** 32).toBe(true);
  });

  it('never repeats a scenario and is deterministic for a seed (property)', () => {
    const pools = fc.uniqueArray(fc.stringMatching(/^[a-z]{1,8}$/), {
      minLength: 1,
      maxLength: 30,
    });
    fc.assert(
      fc.property(pools, fc.nat(), fc.integer({ min: 0, max: 2 ** 32 - 1 }), (pool, want, seed) => {
        const lib = new Map<string, { channel: Channel }>(pool.map((id) => [id, { channel: 'x' }]));
        const draw = Math.min(pool.length, 1 + (want % pool.length));
        const t = { pool, channels: ['x' as Channel], draw };
        const first = drawExam(t, lib, seed);
        const again = drawExam(t, lib, seed);
        expect(first).toEqual(again);
        expect(first.ok).toBe(true);
        if (!first.ok) return;
        expect(first.scenarioIds).toHaveLength(draw);
        expect(new Set(first.scenarioIds).size).toBe(draw);
        expect(first.scenarioIds.every((id) => pool.includes(id))).toBe(true);
      }),
    );
  });

  it('does not depend on the library’s order, only on the track and the seed (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (seed) => {
        const reversed = new Map([...library.entries()].reverse());
        expect(drawExam(track(), reversed, seed)).toEqual(drawExam(track(), library, seed));
      }),
    );
  });
});

describe('examView', () => {
  it('leaves out the example replies and keeps the rest', () => {
    const scenario = loadFixture('branching');
    const view = examView(scenario);
    expect('examples' in view).toBe(false);
    expect(JSON.stringify(view)).not.toContain(scenario.examples.pass[0]?.text ?? '@@');
    expect(view.turns).toEqual(scenario.turns);
    expect(view.thread).toEqual(scenario.thread);
    expect(scenario.examples.pass.length).toBeGreaterThan(0);
  });
});
