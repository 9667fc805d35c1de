import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

// One build of the app for the whole run, shared by every test that starts it (the app smoke
// test and the browser tests), instead of one build per file. Only when the run includes such a
// test: a run filtered to other files builds nothing. Tests find the build in FRONTLINE_E2E_BUILD;
// without it (a test file run alone) each builds its own, as before.
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT_DIR = `${ROOT}test-results/shared-build`;
const NEEDS_APP = /(^|\/)test\/(e2e|app)(\/|$)|^(e2e|app)$/;

function fileFilters(argv: readonly string[]): string[] {
  const args = argv.slice(2);
  const filters: string[] = [];
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] ?? '';
    if (arg === '--config' || arg === '-c' || arg === '--project') index++;
    else if (!arg.startsWith('-') && arg !== 'run' && arg !== 'watch') filters.push(arg);
  }
  return filters;
}

export default async function setup(): Promise<(() => Promise<void>) | undefined> {
  if (process.env['FRONTLINE_E2E_BUILD'] !== undefined) return undefined;
  const filters = fileFilters(process.argv);
  if (filters.length > 0 && !filters.some((filter) => NEEDS_APP.test(filter))) return undefined;
  await promisify(execFile)(
    process.execPath,
    [`${ROOT}node_modules/astro/bin/astro.mjs`, 'build', '--outDir', OUT_DIR],
    { cwd: ROOT, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, maxBuffer: 64 << 20 },
  );
  process.env['FRONTLINE_E2E_BUILD'] = OUT_DIR;
  return async () => {
    delete process.env['FRONTLINE_E2E_BUILD'];
    await rm(OUT_DIR, { recursive: true, force: true });
  };
}
