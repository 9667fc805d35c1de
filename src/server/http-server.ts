// The HTTP server in front of the built app (the Node adapter in middleware mode): the built
// assets, known when the process starts, go to `send`; the build's direct routes
// (src/server/direct-routes.ts: a trainee's every turn) are answered here from Node's request and
// response; every other request goes straight to the app. The adapter's own standalone server
// looks each request up on disk first, so every action and page paid for a failed file lookup.
import { access, readdir, readFile } from 'node:fs/promises';
import { createServer as createHttpServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import send from 'send';
// Types only: the routes themselves come from the build (dist/server/direct-routes.mjs).
import type { DirectHandler } from './direct-routes.ts';

/** What the built entry (dist/server/entry.mjs) exports in middleware mode. */
export interface BuiltApp {
  handler: (request: IncomingMessage, response: ServerResponse) => Promise<void>;
  options: { host: string | boolean; port: number; assets?: string };
}

/** Where Astro serves its actions. */
const ACTIONS = '/_actions/';

/** Every file under a folder, as URL paths ("/_astro/app.js"). */
async function urlPaths(folder: string): Promise<Set<string>> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [];
      throw error;
    },
  );
  return new Set(
    entries
      .filter((entry) => entry.isFile())
      .map(
        (entry) => `/${relative(folder, `${entry.parentPath}/${entry.name}`).split(sep).join('/')}`,
      ),
  );
}

/** The request's path, decoded; undefined when it cannot be decoded (a bad request). */
function requestPath(url: string): string | undefined {
  const end = url.search(/[?#]/);
  try {
    return decodeURIComponent(end < 0 ? url : url.slice(0, end));
  } catch {
    return undefined;
  }
}

/**
 * A request listener: a built asset is sent from the client folder (with a year's immutable
 * caching for the hashed ones under /_astro/), a direct route (by `METHOD /path`) answers its
 * own, anything else is the app's.
 */
export async function appListener(
  app: BuiltApp,
  clientFolder: string,
  directRoutes: ReadonlyMap<string, DirectHandler> = new Map(),
): Promise<(request: IncomingMessage, response: ServerResponse) => void> {
  const assets = await urlPaths(clientFolder);
  const hashed = `/${app.options.assets ?? '_astro'}/`;
  return (request, response) => {
    const path = requestPath(request.url ?? '/');
    if (path === undefined) {
      response.writeHead(400).end('Bad request.');
      return;
    }
    const direct = directRoutes.get(`${request.method ?? 'GET'} ${path}`);
    if (direct !== undefined) {
      direct(request, response).catch((error: unknown) => {
        console.error(`${path}:`, error);
        if (!response.headersSent) response.writeHead(500);
        response.end();
      });
      return;
    }
    if ((request.method === 'GET' || request.method === 'HEAD') && assets.has(path)) {
      const stream = send(request, path, { root: clientFolder, dotfiles: 'deny' });
      if (path.startsWith(hashed)) {
        stream.on('headers', () => {
          response.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
        });
      }
      stream.on('error', (error: { status?: number }) => {
        response.writeHead(error.status ?? 500).end();
      });
      stream.pipe(response);
      return;
    }
    // An action's answer is one piece of JSON, written by the adapter as one chunk and, after an
    // await, the chunked encoding's last one: with the socket held until the answer ends, both go
    // out in one write (end() uncorks the socket fully). Corking the response rather than its
    // socket sends the last chunk first. Pages stream, so they are sent as they come.
    if (path.startsWith(ACTIONS)) response.socket?.cork();
    void app.handler(request, response);
  };
}

/** The direct routes a build emitted next to its entry; none when it has no such file. */
async function builtDirectRoutes(url: URL): Promise<ReadonlyMap<string, DirectHandler>> {
  try {
    await access(url);
  } catch {
    return new Map();
  }
  const built = (await import(url.href)) as { directRoutes: ReadonlyMap<string, DirectHandler> };
  return built.directRoutes;
}

/**
 * Starts the server for the built entry at `entryUrl` on HOST and PORT (else the port the build
 * was configured with), over HTTPS when SERVER_CERT_PATH and SERVER_KEY_PATH are set, and says
 * where it listens in the Node adapter's words ("Server listening on http://…").
 */
export async function serveBuiltApp(entryUrl: URL, env: NodeJS.ProcessEnv): Promise<Server> {
  const app = (await import(entryUrl.href)) as BuiltApp;
  const listener = await appListener(
    app,
    fileURLToPath(new URL('../client/', entryUrl)),
    await builtDirectRoutes(new URL('direct-routes.mjs', entryUrl)),
  );
  const certificate = env['SERVER_CERT_PATH'];
  const key = env['SERVER_KEY_PATH'];
  const server =
    certificate && key
      ? createHttpsServer({ cert: await readFile(certificate), key: await readFile(key) }, listener)
      : createHttpServer(listener);
  const configured = app.options.host;
  const host =
    env['HOST'] ??
    (typeof configured === 'string' ? configured : configured ? '0.0.0.0' : 'localhost');
  const port = env['PORT'] ? Number(env['PORT']) : app.options.port;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const bound = typeof address === 'object' && address !== null ? address.port : port;
  const shown =
    host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  const protocol = certificate && key ? 'https' : 'http';
  console.log(`[@astrojs/node] Server listening on ${protocol}://${shown}:${bound}`);
  return server;
}
