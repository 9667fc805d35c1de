import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseScenario } from '../../src/simulator/loader.ts';
import type { Scenario } from '../../src/simulator/schema.ts';

export const FIXTURES = fileURLToPath(new URL('../simulator/fixtures/', import.meta.url));

/** Loads a fixture scenario from test/simulator/fixtures, failing loudly if it is invalid. */
export function loadFixture(name: string): Scenario {
  const file = `${FIXTURES}${name}.yaml`;
  const loaded = parseScenario(readFileSync(file, 'utf8'), `${name}.yaml`);
  if (!loaded.ok)
    throw new Error(loaded.problems.map((p) => `${p.line}: ${p.field} ${p.message}`).join('\n'));
  return loaded.value;
}
