// Vite configuration of the app. Cross-origin isolation (DESIGN.md §6): the dev and preview
// servers send COOP/COEP (and CORP for our own resources); for static hosts that cannot, the
// coi-serviceworker script is served in dev and emitted into the build at the site root.

import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { injectPrecache, precacheList } from './src/ui/offline/precache.ts';
import { STDLIB_CODE_ASSET } from './src/engine/stdlib-code-asset.ts';

export const ISOLATION_HEADERS = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

const SW_NAME = 'coi-serviceworker.js';

function coiServiceWorker(): Plugin {
  // Our service worker (after coi-serviceworker) also keeps the app for offline use; the
  // build writes the list of files to keep into it (src/ui/offline/).
  const source = () => readFileSync(new URL('./src/ui/offline/service-worker.js', import.meta.url), 'utf8');
  const publicDir = fileURLToPath(new URL('./public/', import.meta.url));
  const publicFiles = () => readdirSync(publicDir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(publicDir, join(d.parentPath, d.name)));
  return {
    name: 'kitchen:coi-serviceworker',
    configureServer(server) {
      server.middlewares.use(`/${SW_NAME}`, (_req, res) => {
        res.setHeader('Content-Type', 'text/javascript');
        res.end(source());
      });
    },
    generateBundle(_options, bundle) {
      const files = precacheList([...Object.keys(bundle), ...publicFiles()], SW_NAME);
      this.emitFile({ type: 'asset', fileName: SW_NAME, source: injectPrecache(source(), files) });
    },
    // Injected after Vite processed the page: it is a classic script (it must run before the
    // app and register itself by its own URL), which Vite would otherwise warn it cannot bundle.
    transformIndexHtml: {
      order: 'post',
      handler: () => [{ tag: 'script', attrs: { src: `./${SW_NAME}` }, injectTo: 'head-prepend' }],
    },
  };
}

/** The precompiled standard library for the page's Python workers (src/engine/
 *  browser-stdlib-code.ts): the code bundle tools/build-cli.mjs makes for the `kitchen`
 *  command, from the same sources, gzip-compressed into the folder of the worker scripts.
 *  Emitted before the service worker's list of files is made, so it is kept for offline use
 *  too. Without it (the CLI bundle cannot be built) the workers compile as before. */
function precompiledStdlib(): Plugin {
  return {
    name: 'kitchen:stdlib-code',
    apply: 'build',
    async generateBundle() {
      const { ensureCliBundle, STDLIB_CODE } = await import('./tools/build-cli.mjs');
      let code: Buffer;
      try {
        await ensureCliBundle();
        code = readFileSync(STDLIB_CODE);
      } catch (e) {
        this.warn(`no precompiled standard library: ${e instanceof Error ? e.message : String(e)}`);
        return;
      }
      this.emitFile({ type: 'asset', fileName: `assets/${STDLIB_CODE_ASSET}`, source: gzipSync(code, { level: 9 }) });
    },
  };
}

export default defineConfig({
  // Relative URLs, so the built app works from any folder of a static host.
  base: './',
  plugins: [react(), precompiledStdlib(), coiServiceWorker()],
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
