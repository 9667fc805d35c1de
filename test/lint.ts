// `npm run lint`: Prettier, then `astro check` and type-aware ESLint side by side. Each of the two
// builds its own TypeScript program on one core, and the machines have two, so running them
// together nearly halves the wall time. `astro sync` runs once first so that ESLint sees the
// generated `astro:content` types on a fresh clone.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

interface Step {
  name: string;
  /** A package's executable script, relative to the repository root, and its arguments. */
  bin: string;
  args: string[];
}

const prettier: Step = {
  name: 'prettier',
  bin: 'node_modules/prettier/bin/prettier.cjs',
  args: ['--check', '.'],
};
const astroSync: Step = {
  name: 'astro sync',
  bin: 'node_modules/astro/bin/astro.mjs',
  args: ['sync'],
};
const astroCheck: Step = {
  name: 'astro check',
  bin: 'node_modules/astro/bin/astro.mjs',
  args: ['check', '--noSync', '--minimumSeverity', 'warning'],
};
const eslint: Step = {
  name: 'eslint',
  bin: 'node_modules/eslint/bin/eslint.js',
  args: ['--config', 'test/eslint.config.js', '--max-warnings', '0', '.'],
};

const colour: Record<string, string> = process.stdout.isTTY ? { FORCE_COLOR: '1' } : {};

/** Runs a step on this Node, passing its output through, or holding it back when `quiet`. */
function run(step: Step, quiet: boolean): Promise<{ ok: boolean; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [step.bin, ...step.args], {
      cwd: root,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...colour },
      stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', (error) => resolve({ ok: false, output: `${output}${error.message}\n` }));
    child.on('close', (code) => resolve({ ok: code === 0, output }));
  });
}

async function runSteps(): Promise<boolean> {
  for (const step of [prettier, astroSync]) {
    const { ok, output } = await run(step, step === astroSync);
    if (!ok) {
      process.stdout.write(output);
      console.error(`\n${step.name} failed.`);
      return false;
    }
  }
  const results = await Promise.all(
    [astroCheck, eslint].map(async (step) => {
      const result = await run(step, true);
      process.stdout.write(`\n── ${step.name} ──\n${result.output}`);
      return { step, ...result };
    }),
  );
  const failed = results.filter((result) => !result.ok).map((result) => result.step.name);
  if (failed.length > 0) console.error(`\n${failed.join(' and ')} failed.`);
  return failed.length === 0;
}

process.exitCode = (await runSteps()) ? 0 : 1;
