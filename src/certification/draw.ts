import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { Channel } from '../../scoring/index.ts';
import type { Scenario } from '../simulator/schema.ts';
import type { CertificationTrack } from './track.ts';

/** A scenario as an exam shows it: everything but the example replies, which would give the answers away. */
export type ExamScenario = Omit<Scenario, 'examples'>;

/** Why a pool scenario cannot be drawn. */
export interface PoolProblem {
  scenarioId: string;
  reason: 'unknown' | 'out-of-scope';
  message: string;
}

export type ExamDraw =
  | { ok: true; scenarioIds: string[]; seed: number; skipped: PoolProblem[] }
  | { ok: false; message: string; skipped: PoolProblem[] };

const SEED_LIMIT = 2 ** 32;

/** A fresh seed for `drawExam`, for the server to store with the attempt so the draw can be replayed. */
export function randomExamSeed(): number {
  return globalThis.crypto.getRandomValues(new Uint32Array(1))[0] ?? 0;
}

/**
 * The pool scenarios an exam may draw: known to the library and on one of the track's channels,
 * in the track's order (so a draw depends on the track and the seed only, not on the library).
 */
export function eligiblePool(
  track: Pick<CertificationTrack, 'pool' | 'channels'>,
  library: ReadonlyMap<string, { channel: Channel }>,
): { eligible: string[]; skipped: PoolProblem[] } {
  const eligible: string[] = [];
  const skipped: PoolProblem[] = [];
  for (const scenarioId of track.pool) {
    const scenario = library.get(scenarioId);
    if (scenario === undefined) {
      skipped.push({
        scenarioId,
        reason: 'unknown',
        message: `The pool names \`${scenarioId}\`, which is not in the scenario library; fix the id or add the scenario.`,
      });
    } else if (!track.channels.includes(scenario.channel)) {
      skipped.push({
        scenarioId,
        reason: 'out-of-scope',
        message: `\`${scenarioId}\` is a ${scenario.channel} scenario, outside the track's channels (${track.channels.join(', ')}); remove it from the pool or add the channel.`,
      });
    } else eligible.push(scenarioId);
  }
  return { eligible, skipped };
}

/**
 * Draws an exam's scenarios: `track.draw` distinct ids from the eligible pool, in exam order,
 * chosen by a partial Fisher–Yates shuffle driven by the seed. The same track and seed always
 * give the same exam. Throws only for a seed that is not a whole number from 0 to 2^32 − 1.
 */
export function drawExam(
  track: Pick<CertificationTrack, 'pool' | 'channels' | 'draw'>,
  library: ReadonlyMap<string, { channel: Channel }>,
  seed: number,
): ExamDraw {
  if (!Number.isInteger(seed) || seed < 0 || seed >= SEED_LIMIT) {
    throw new RangeError(`The exam seed must be a whole number from 0 to 2^32 − 1, not ${seed}.`);
  }
  const { eligible, skipped } = eligiblePool(track, library);
  if (eligible.length < track.draw) {
    return {
      ok: false,
      message: `The exam needs ${track.draw} scenarios but only ${eligible.length} in the pool can be drawn; fix the pool before anyone sits the exam.`,
      skipped,
    };
  }
  const rng = xoroshiro128plus(seed | 0);
  const order = [...eligible];
  for (let index = 0; index < track.draw; index++) {
    const pick = uniformInt(rng, index, order.length - 1);
    [order[index], order[pick]] = [order[pick] as string, order[index] as string];
  }
  return { ok: true, scenarioIds: order.slice(0, track.draw), seed, skipped };
}

/** The exam's view of a scenario: the example replies are left out. */
export function examView(scenario: Scenario): ExamScenario {
  const { examples: _examples, ...view } = scenario;
  return view;
}
