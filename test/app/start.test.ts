import { execFile, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// What `npm start` does, in a build folder of its own so that a running `npm start` is left alone.
// The folder sits inside the repository because the server bundle resolves packages from node_modules.
const root = fileURLToPath(new URL('../..', import.meta.url));
const outDir = `${root}test-results/app-start`;
const astro = `${root}node_modules/astro/bin/astro.mjs`;

let server: ChildProcess | undefined;
let origin = '';

function listeningOrigin(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer): void => {
      // eslint-disable-next-line no-control-regex -- the adapter's log line is coloured
      output += chunk.toString().replace(/\u001b\[[0-9;]*m/g, '');
      const match = /listening on (http:\/\/[^\s]+)/i.exec(output);
      if (match?.[1]) resolve(match[1].replace(/\/$/, ''));
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      reject(new Error(`the server exited with code ${String(code)} before listening:\n${output}`));
    });
  });
}

beforeAll(async () => {
  await promisify(execFile)(process.execPath, [astro, 'build', '--outDir', outDir], {
    cwd: root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  server = spawn(process.execPath, [`${outDir}/server/entry.mjs`], {
    cwd: root,
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0' },
  });
  origin = await listeningOrigin(server);
}, 120_000);

afterAll(async () => {
  server?.kill();
  await rm(outDir, { recursive: true, force: true });
});

describe('the built app', () => {
  it('serves the home page saying what Frontline is', async () => {
    const response = await fetch(`${origin}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    const html = await response.text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<title>Frontline</title>');
    expect(html).toMatch(/<h1[^>]*>[^<]+<\/h1>/);
    expect(html).toContain('training simulator and reply-quality scorer');
  });

  it('serves files from public/', async () => {
    const response = await fetch(`${origin}/favicon.svg`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/image\/svg\+xml/);
  });

  it('answers an unknown page with 404', async () => {
    const response = await fetch(`${origin}/no-such-page`);
    expect(response.status).toBe(404);
  });
});
