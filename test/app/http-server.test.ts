import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, get } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { appListener } from '../../src/server/http-server.ts';
import type { BuiltApp } from '../../src/server/http-server.ts';

let folder = '';
let server: Server | undefined;
let origin = '';
const appSaw: string[] = [];

const app: BuiltApp = {
  options: { host: '127.0.0.1', port: 0 },
  handler: async (request, response) => {
    appSaw.push(`${request.method ?? ''} ${request.url ?? ''}`);
    if (request.url?.endsWith('/slow') === true) {
      // As Astro's adapter writes an answer: the head, each chunk, then the end, with awaits.
      response.writeHead(200, { 'content-type': 'text/plain' });
      response.write('first half, ');
      await new Promise((resolve) => setTimeout(resolve, 30));
      response.write('second half');
      await new Promise((resolve) => setTimeout(resolve, 30));
      response.end();
      return;
    }
    response.writeHead(200, { 'content-type': 'text/plain' }).end('from the app');
  },
};

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'frontline-client-'));
  await mkdir(join(folder, '_astro'));
  await writeFile(join(folder, '_astro', 'player.Ab12.js'), 'console.log("player");');
  await writeFile(join(folder, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  await writeFile(join(folder, 'two words.txt'), 'spaced');
  const direct = new Map([
    [
      'POST /api/practice/act',
      async (request: IncomingMessage, response: ServerResponse) => {
        let body = '';
        for await (const chunk of request) body += String(chunk);
        response.writeHead(200, { 'content-type': 'text/plain' }).end(`direct: ${body}`);
      },
    ],
    ['POST /api/broken', () => Promise.reject(new Error('a bug in a direct route'))],
  ]);
  server = createServer(await appListener(app, folder, direct));
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await rm(folder, { recursive: true, force: true });
});

describe('the HTTP server in front of the app', () => {
  it('sends a built asset from the client folder, hashed ones cached for a year', async () => {
    const response = await fetch(`${origin}/_astro/player.Ab12.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/javascript/);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await response.text()).toBe('console.log("player");');
    const icon = await fetch(`${origin}/favicon.svg`);
    expect(icon.headers.get('content-type')).toMatch(/svg/);
    expect(icon.headers.get('cache-control')).not.toMatch(/immutable/);
    expect((await fetch(`${origin}/two%20words.txt`)).status).toBe(200);
  });

  it('answers a revalidation with 304 and a HEAD without a body', async () => {
    const first = await fetch(`${origin}/favicon.svg`);
    const etag = first.headers.get('etag') ?? '';
    expect(etag).not.toBe('');
    // Through node:http: fetch adds "Cache-Control: no-cache" to a conditional request.
    const status = await new Promise<number | undefined>((resolve, reject) => {
      get(`${origin}/favicon.svg`, { headers: { 'if-none-match': etag } }, (response) => {
        response.resume();
        resolve(response.statusCode);
      }).on('error', reject);
    });
    expect(status).toBe(304);
    const head = await fetch(`${origin}/favicon.svg`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('gives the app everything else: pages, actions, posts to an asset path, paths outside the folder', async () => {
    appSaw.length = 0;
    for (const [method, path] of [
      ['GET', '/practice'],
      ['POST', '/_actions/practice.start'],
      ['POST', '/favicon.svg'],
      ['GET', '/_astro/missing.js'],
      ['GET', '/_astro/../../package.json'],
      ['GET', '/favicon.svg?v=2#top'],
    ] as const) {
      const response = await fetch(`${origin}${path}`, { method });
      if (path.startsWith('/favicon.svg?')) {
        expect(response.headers.get('content-type')).toMatch(/svg/);
      } else {
        expect(await response.text()).toBe('from the app');
      }
    }
    expect(appSaw).toEqual([
      'GET /practice',
      'POST /_actions/practice.start',
      'POST /favicon.svg',
      'GET /_astro/missing.js',
      'GET /package.json',
    ]);
  });

  it('answers a direct route itself, by method and decoded path, and leaves the rest to the app', async () => {
    appSaw.length = 0;
    const answered = await fetch(`${origin}/api/practice/%61ct?x=1`, {
      method: 'POST',
      body: 'hi',
    });
    expect(await answered.text()).toBe('direct: hi');
    const other = await fetch(`${origin}/api/practice/act`);
    expect(await other.text()).toBe('from the app');
    expect(appSaw).toEqual(['GET /api/practice/act']);
  });

  it('sends an action’s answer in one piece, and a page’s as it comes', async () => {
    const { port } = new URL(origin);
    const reads = (path: string): Promise<string[]> =>
      new Promise((resolve, reject) => {
        const chunks: string[] = [];
        const socket = connect(Number(port), '127.0.0.1', () => {
          socket.write(`GET ${path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
        });
        socket.on('data', (chunk: Buffer) => chunks.push(chunk.toString()));
        socket.on('end', () => resolve(chunks));
        socket.on('error', reject);
      });
    const action = await reads('/_actions/slow');
    expect(action).toHaveLength(1);
    expect(action[0]).toMatch(/first half, \r\n.*second half\r\n0\r\n\r\n$/s);
    const page = await reads('/practice/slow');
    expect(page.length).toBeGreaterThanOrEqual(3);
    expect(page.join('')).toMatch(/first half, \r\n.*second half\r\n0\r\n\r\n$/s);
  });

  it('answers 500 when a direct route fails, and logs why', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const response = await fetch(`${origin}/api/broken`, { method: 'POST' });
    expect(response.status).toBe(500);
    expect(await response.text()).toBe('');
    expect(String(logged.mock.calls[0]?.[1])).toContain('a bug in a direct route');
    logged.mockRestore();
  });

  it('refuses a path that cannot be decoded with 400, before the app sees it', async () => {
    appSaw.length = 0;
    const response = await fetch(`${origin}/%E0%A4%A`);
    expect(response.status).toBe(400);
    expect(await response.text()).toBe('Bad request.');
    expect(appSaw).toEqual([]);
  });
});
