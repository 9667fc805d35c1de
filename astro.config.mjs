// @ts-check
import { defineConfig } from 'astro/config';
import node from '@astrojs/node';
import preact from '@astrojs/preact';

export default defineConfig({
  output: 'server',
  adapter: node({ mode: 'middleware' }),
  integrations: [preact()],
  server: {
    host: process.env['HOST'] ?? 'localhost',
    port: Number(process.env['PORT'] ?? 4321),
  },
});
