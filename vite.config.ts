// Vite configuration of the app. Cross-origin isolation (DESIGN.md §6): the dev and preview
// servers send COOP/COEP (and CORP for our own resources); for static hosts that cannot, the
// coi-serviceworker script is served in dev and emitted into the build at the site root.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

export const ISOLATION_HEADERS = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

const SW_NAME = 'coi-serviceworker.js';

function coiServiceWorker(): Plugin {
  const source = () => readFileSync(createRequire(import.meta.url).resolve(`coi-serviceworker/${SW_NAME}`), 'utf8');
  return {
    name: 'kitchen:coi-serviceworker',
    configureServer(server) {
      server.middlewares.use(`/${SW_NAME}`, (_req, res) => {
        res.setHeader('Content-Type', 'text/javascript');
        res.end(source());
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: SW_NAME, source: source() });
    },
    // Injected after Vite processed the page: it is a classic script (it must run before the
    // app and register itself by its own URL), which Vite would otherwise warn it cannot bundle.
    transformIndexHtml: {
      order: 'post',
      handler: () => [{ tag: 'script', attrs: { src: `./${SW_NAME}` }, injectTo: 'head-prepend' }],
    },
  };
}

export default defineConfig({
  // Relative URLs, so the built app works from any folder of a static host.
  base: './',
  plugins: [react(), coiServiceWorker()],
  server: { headers: ISOLATION_HEADERS },
  preview: { headers: ISOLATION_HEADERS },
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    // Monaco alone is a few MB; the warning would only be noise.
    chunkSizeWarningLimit: 6000,
    // Nor do we need Rolldown's report of slow plugins on every `npm start`.
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
});
