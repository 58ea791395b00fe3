// `npm start [-- --port N] [-- --no-build]`: build the app (vite build) and serve dist/ with
// Vite's preview server, which sends the cross-origin isolation headers (vite.config.ts).
import { build, preview } from 'vite';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

function parse(argv) {
  const o = { port: 4173, strictPort: false, build: true, host: 'localhost' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => (a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i]);
    if (a === '--port' || a.startsWith('--port=')) {
      o.port = Number(value());
      o.strictPort = true; // a port asked for by name must be that port, or fail
      if (!Number.isInteger(o.port) || o.port < 0 || o.port > 65535) throw new Error(`--port needs a port number, got '${o.port}'`);
    } else if (a === '--host' || a.startsWith('--host=')) o.host = value();
    else if (a === '--no-build') o.build = false;
    else throw new Error(`unknown option '${a}'; options: --port N, --host NAME, --no-build`);
  }
  return o;
}

let opts;
try {
  opts = parse(process.argv.slice(2));
} catch (e) {
  console.error(`npm start: ${e.message}`);
  process.exit(2);
}
if (opts.build) await build({ root, logLevel: 'warn' });
const server = await preview({ root, preview: { port: opts.port, strictPort: opts.strictPort, host: opts.host } });
const url = server.resolvedUrls?.local[0] ?? `http://${opts.host}:${opts.port}/`;
console.log(`Concurrency Kitchen is served at ${url}`);
