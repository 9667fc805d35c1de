import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runFrontline } from './run-cli.ts';

describe('frontline scenarios check', () => {
  it('proves a sound scenario (here without its fake-scorer examples) and exits 0', () => {
    const run = runFrontline([
      'scenarios',
      'check',
      'test/simulator/fixtures/branching.yaml',
      '--no-examples',
    ]);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^Checked 1 scenario and \d+ playthrough files?: all valid/);
    expect(run.status).toBe(0);
  });

  it('names the file, line and field of a mistake and exits 1', () => {
    const folder = mkdtempSync(join(tmpdir(), 'frontline-scenarios-'));
    writeFileSync(join(folder, 'broken.yaml'), 'title: Broken\nchannel: fax\n');
    const run = runFrontline(['scenarios', 'check', folder]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/broken\.yaml:2:\d+ channel:/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('explains a missing or unknown action instead of failing', () => {
    const none = runFrontline(['scenarios']);
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/frontline scenarios check/);
    const unknown = runFrontline(['scenarios', 'lint']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/"lint" is not a scenarios action/);
  });

  it('is listed in the main help', () => {
    expect(runFrontline(['--help']).stdout).toMatch(/scenarios check \[PATH\]/);
  });
});
