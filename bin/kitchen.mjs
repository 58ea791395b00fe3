#!/usr/bin/env node
// Entry point of the `kitchen` command (package.json "bin"). It runs the CLI from one
// prebuilt JavaScript bundle (tools/build-cli.mjs), rebuilt here automatically when missing
// or older than any of its sources, so a start transpiles no TypeScript (loading the sources
// through tsx cost about 0.65 s per start). `npx kitchen` still works right after
// `npm install`, with no build step: the first start builds the bundle. If the bundle
// cannot be built (esbuild missing), it falls back to loading the sources through tsx.
let bundle = null;
try {
  const { ensureCliBundle } = await import('../tools/build-cli.mjs');
  bundle = await ensureCliBundle();
} catch (e) {
  if (process.env.KITCHEN_DEBUG) process.stderr.write(`kitchen: no CLI bundle (${e?.message ?? e}); loading sources\n`);
}
if (bundle !== null) {
  // Its precompiled standard library, for this thread and every worker thread (they inherit
  // the environment): src/engine/node-stdlib-code.ts.
  const { STDLIB_CODE } = await import('../tools/build-cli.mjs');
  const { existsSync } = await import('node:fs');
  if (!process.env.KITCHEN_STDLIB_CODE && existsSync(STDLIB_CODE)) process.env.KITCHEN_STDLIB_CODE = STDLIB_CODE;
  const { pathToFileURL } = await import('node:url');
  await import(pathToFileURL(bundle).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(new URL('../src/cli/main.ts', import.meta.url).href);
}
