// Builds the `kitchen` command into one plain JavaScript file, so that starting it costs no
// TypeScript transpilation. Loading the CLI from its TypeScript sources through tsx took
// about 0.65 s per start (tsx transforms the ~170 source files one by one); importing one
// esbuild bundle takes a small fraction of that.
//
// `ensureCliBundle()` (async) is what bin/kitchen.mjs calls on every start: it returns the path of
// the bundle, building it first when it is missing or stale. Staleness is decided from the
// bundle's own list of input files (esbuild's metafile) and their modification times, kept
// beside the bundle, so an edit to any source the CLI reaches triggers a rebuild and nothing
// else does. Run directly (`node tools/build-cli.mjs`) it rebuilds unconditionally.
//
// The bundle lives in node_modules/.cache/kitchen-cli/ (outside the sources, ignored by
// git, and specific to this checkout's installed dependencies). It is written to a temporary
// name and renamed into place, so concurrent starts never read a half-written file.
//
// `import.meta.url` in a bundled module is replaced by the URL of that module's source file:
// code that finds files relative to itself (src/engine/shared/node-spawn.ts locates the
// worker entry that way) behaves exactly as it does when run from source.

import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { spawnSync } from 'node:child_process';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ENTRY = join(REPO, 'src', 'cli', 'main.ts');
const OUT_DIR = join(REPO, 'node_modules', '.cache', 'kitchen-cli');
const OUT = join(OUT_DIR, 'kitchen-cli.mjs');
const META = join(OUT_DIR, 'inputs.json');
/** The precompiled standard library written beside the bundle (src/engine/node-stdlib-code.ts). */
export const STDLIB_CODE = join(OUT_DIR, 'stdlib-code.bin');
const SELF = fileURLToPath(import.meta.url);

/** Modification time of a file in ms, or -1 when it does not exist. */
function mtime(file) {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return -1;
  }
}

/** True when the bundle exists and none of its inputs (nor this script) changed since. */
export function cliBundleIsFresh() {
  if (!existsSync(OUT) || !existsSync(STDLIB_CODE)) return false;
  let meta;
  try {
    meta = JSON.parse(readFileSync(META, 'utf8'));
  } catch {
    return false;
  }
  if (!meta || typeof meta.inputs !== 'object') return false;
  for (const [file, t] of Object.entries(meta.inputs)) {
    if (mtime(join(REPO, file)) !== t) return false;
  }
  return true;
}

/** esbuild plugin: `import.meta.url` -> the URL of the source file it is written in. */
const sourceUrlPlugin = {
  name: 'source-import-meta-url',
  setup(build) {
    build.onLoad({ filter: /\.(ts|mts|js|mjs)$/ }, (args) => {
      if (args.path.includes('/node_modules/')) return undefined;
      const text = readFileSync(args.path, 'utf8');
      if (!text.includes('import.meta.url')) return undefined;
      return {
        contents: text.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)),
        loader: args.path.endsWith('ts') ? 'ts' : 'js',
      };
    });
  },
};

/** Builds the bundle now; returns its path. */
export async function buildCliBundle() {
  const require = createRequire(import.meta.url);
  const esbuild = require('esbuild');
  // Source files are stat'ed before the build: an edit made while esbuild runs then leaves
  // a recorded time older than the file, and the next start rebuilds.
  const result = await esbuild.build({
    entryPoints: [ENTRY],
    absWorkingDir: REPO,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'es2022',
    // Loaded at run time from node_modules, never bundled.
    external: ['esbuild', 'tsx', 'tsx/*'],
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins: [sourceUrlPlugin],
  });
  const inputs = {};
  for (const file of Object.keys(result.metafile.inputs)) {
    const abs = resolve(REPO, file);
    inputs[relativeToRepo(abs)] = mtime(abs);
  }
  inputs[relativeToRepo(SELF)] = mtime(SELF);
  mkdirSync(OUT_DIR, { recursive: true });
  const tmp = `${OUT}.${process.pid}.tmp.mjs`;
  writeFileSync(tmp, result.outputFiles[0].contents);
  const metaTmp = `${META}.${process.pid}.tmp`;
  writeFileSync(metaTmp, JSON.stringify({ inputs }));
  // The standard library compiled by this very build, written before the bundle is renamed
  // into place, so a fresh bundle always has its own precompiled library beside it. A failure
  // here costs speed only (every run then compiles the library).
  const codeTmp = `${STDLIB_CODE}.${process.pid}.tmp`;
  const made = spawnSync(process.execPath, [tmp, '--write-stdlib-code', codeTmp], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (made.status === 0 && existsSync(codeTmp)) renameSync(codeTmp, STDLIB_CODE);
  else if (process.env.KITCHEN_DEBUG) process.stderr.write(`kitchen: no precompiled stdlib (${made.stderr})\n`);
  renameSync(tmp, OUT);
  renameSync(metaTmp, META);
  return OUT;
}

function relativeToRepo(abs) {
  return abs.startsWith(REPO + '/') ? abs.slice(REPO.length + 1) : abs;
}

/** The path of an up-to-date bundle of the CLI, building it when needed. */
export async function ensureCliBundle() {
  return cliBundleIsFresh() ? OUT : await buildCliBundle();
}

if (process.argv[1] && resolve(process.argv[1]) === SELF) {
  const t0 = Date.now();
  const out = await buildCliBundle();
  console.log(`built ${out} in ${Date.now() - t0} ms`);
}
