// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import node from '@astrojs/node';
import preact from '@astrojs/preact';

/** The routes npm start answers before the app; see the file. */
const DIRECT_ROUTES = fileURLToPath(new URL('./src/server/direct-routes.ts', import.meta.url));

export default defineConfig({
  output: 'server',
  adapter: node({ mode: 'middleware' }),
  integrations: [preact()],
  vite: {
    plugins: [
      {
        // Emits src/server/direct-routes.ts as dist/server/direct-routes.mjs, a second entry of
        // the server build: its modules (the database, the scorer) are the app's own instances.
        name: 'frontline-direct-routes',
        applyToEnvironment: (environment) => environment.name === 'ssr',
        buildStart() {
          if (this.environment.mode !== 'build') return;
          this.emitFile({ type: 'chunk', id: DIRECT_ROUTES, fileName: 'direct-routes.mjs' });
        },
      },
    ],
  },
  server: {
    host: process.env['HOST'] ?? 'localhost',
    port: Number(process.env['PORT'] ?? 4321),
  },
});
