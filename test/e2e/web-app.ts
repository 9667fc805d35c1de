import { execFile } from 'node:child_process';
import { mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import axe from 'axe-core';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { listeningOrigin, spawnBuiltApp } from '../../src/cli/listening-origin.ts';

// The built app on a fresh database, and Debian's Chromium driven by playwright-core: shared by
// the end-to-end tests and `npm run bench:web`. The build sits inside the repository because the
// server bundle resolves packages from node_modules.
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ASTRO = `${ROOT}node_modules/astro/bin/astro.mjs`;

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Builds the app into outDir, or, when the whole suite runs, links outDir to the one build
 * test/global-setup.ts made for every test (FRONTLINE_E2E_BUILD).
 */
export async function buildApp(outDir: string): Promise<void> {
  const shared = process.env['FRONTLINE_E2E_BUILD'];
  if (shared !== undefined && shared !== outDir) {
    await rm(outDir, { recursive: true, force: true });
    await symlink(shared, outDir, 'dir');
    return;
  }
  await promisify(execFile)(process.execPath, [ASTRO, 'build', '--outDir', outDir], {
    cwd: ROOT,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    maxBuffer: 16 * 1024 * 1024,
  });
}

export interface RunningApp {
  origin: string;
  stop(): Promise<void>;
}

/** Starts a built app on a free port with a new, empty data folder; stop() removes the folder. */
export async function startApp(outDir: string): Promise<RunningApp> {
  const dataDir = await mkdtemp(join(tmpdir(), 'frontline-e2e-'));
  const server = spawnBuiltApp(`${outDir}/server/entry.mjs`, {
    FRONTLINE_DATA_DIR: dataDir,
    FRONTLINE_WORKERS: '1',
  });
  const origin = await listeningOrigin(server);
  // The first request opens the database and applies the migrations: do it here, not inside the
  // first test, where a loaded machine could spend its whole timeout on it.
  await fetch(`${origin}/setup`, { redirect: 'manual', signal: AbortSignal.timeout(120_000) });
  return {
    origin,
    async stop() {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    chromiumSandbox: false,
    args: CHROMIUM_FLAGS,
  });
}

export const ADMIN = {
  organisationName: 'Brightloom Support',
  name: 'Ada Admin',
  email: 'ada@example.com',
  password: 'correct horse battery',
};

/** Creates the first account through /setup, which signs it in. */
export async function setUpFirstAdmin(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/setup`);
  await page.getByLabel('Brand or organisation').fill(ADMIN.organisationName);
  await page.getByLabel('Your name').fill(ADMIN.name);
  await page.getByLabel('Email').fill(ADMIN.email);
  await page.getByLabel('Password').fill(ADMIN.password);
  await Promise.all([
    page.waitForURL((url) => url.pathname !== '/setup'),
    page.locator('form button[type=submit], form input[type=submit]').first().click(),
  ]);
}

/** axe-core's WCAG 2 A and AA rules on the page as it stands: each failing rule with up to three of its elements. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axe.source });
  return page.evaluate(async () => {
    const { axe: engine } = window as unknown as { axe: typeof axe };
    const results = await engine.run(document, { runOnly: ['wcag2a', 'wcag2aa'] });
    return results.violations.map(
      (v) =>
        `${v.id}: ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
  });
}
