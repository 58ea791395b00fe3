// `npm run a11y`: Lighthouse's accessibility audits (issue 9, acceptance 5) on the three ways
// the page is used — opened directly, in projector mode, and embedded (?embed=1) — in Debian's
// Chromium. Prints each page's score and every failing audit with the elements it names, and
// exits 1 when a score is below MIN_SCORE.
//
// It serves dist/ with Vite's preview server (the same server and isolation headers as
// `npm start`). dist/ is built first when it is missing or older than the sources; `--build`
// always builds, `--no-build` never does, `--dev` serves the sources with Vite's dev server
// instead (no build at all: for quick rounds while fixing what the audits find).
//
//   node tools/a11y.mjs [--build | --no-build | --dev] [--min 95] [--only main,projector,embed]
//
// Monaco draws the editor with its own DOM. When a failing item lies inside it (the
// .monaco-editor subtree), the output says so beside that item: such items still count
// against the score, we never switch an audit off for the whole page to hide them.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer as netServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateRawSync } from 'node:zlib';
import { build, createServer, preview } from 'vite';
import * as chromeLauncher from 'chrome-launcher';
import { startFlow } from 'lighthouse';
import puppeteer from 'puppeteer-core';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const CHROMIUM = process.env.KITCHEN_CHROMIUM ?? '/usr/bin/chromium';

function parse(argv) {
  const o = { mode: 'auto', min: 95, only: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--build') o.mode = 'build';
    else if (a === '--no-build') o.mode = 'no-build';
    else if (a === '--dev') o.mode = 'dev';
    else if (a === '--min') o.min = Number(argv[++i]);
    else if (a === '--only') o.only = argv[++i].split(',');
    else throw new Error(`unknown option '${a}'; options: --build, --no-build, --dev, --min N, --only NAMES`);
  }
  if (!Number.isFinite(o.min)) throw new Error('--min needs a number');
  return o;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = netServer();
    s.on('error', reject);
    s.listen(0, 'localhost', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** Newest modification time of the files the build reads. */
function newestSource() {
  let newest = 0;
  const visit = (p) => {
    if (!existsSync(p)) return;
    const st = statSync(p);
    if (st.isDirectory()) for (const e of readdirSync(p)) visit(join(p, e));
    else newest = Math.max(newest, st.mtimeMs);
  };
  for (const p of ['src', 'public', 'index.html', 'vite.config.ts']) visit(join(root, p));
  return newest;
}

function distIsStale() {
  const index = join(root, 'dist', 'index.html');
  return !existsSync(index) || statSync(index).mtimeMs < newestSource();
}

/** A share fragment (src/ui/share/share-link.ts, format 1) that turns projector mode on. */
function projectorFragment() {
  const state = { code: 'import threading\n\nprint("hello from", threading.current_thread().name)\n', view: 'timeline', projector: true };
  const b64 = deflateRawSync(Buffer.from(JSON.stringify(state))).toString('base64');
  return `#k1=${b64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
}

const PROGRAM = readFileSync(join(root, 'public', 'examples', '01_threading_thread.py'), 'utf8');

// Each page is audited as loaded, then in the states a reader reaches from it (Lighthouse
// snapshots of the live page): after a run, with the trace as the kitchen, with each dialog
// open, with "predict first" asking, and with the compare view.
const run = async (page) => {
  await page.evaluate((src) => window.kitchen.setCode(src), PROGRAM);
  await page.evaluate(() => window.kitchen.run({ platform: 'virtual' }));
  await page.waitForFunction(() => !!document.querySelector('[data-testid="trace-stats"] [data-stat="wall"]'), { timeout: 60_000 });
};
const click = (sel) => async (page) => {
  await page.click(sel);
};
const pause = (ms) => new Promise((r) => setTimeout(r, ms));
const closeDialog = async (page) => {
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('dialog[open]'));
};

const PAGES = [
  {
    name: 'main',
    path: '',
    ready: '.app-main',
    states: [
      { name: 'after a run', go: run },
      { name: 'kitchen view', go: async (p) => { await p.evaluate(() => window.kitchen.show('kitchen')); await pause(500); } },
      { name: 'share dialog', go: async (p) => { await p.click('[data-testid="share"]'); await p.waitForSelector('dialog[open]'); await pause(500); }, after: closeDialog },
      { name: 'embed dialog', go: async (p) => { await p.click('[data-testid="embed-code-open"]'); await p.waitForSelector('dialog[open]'); }, after: closeDialog },
      { name: 'shortcuts dialog', go: async (p) => { await p.click('button[aria-label="Keyboard shortcuts"]'); await p.waitForSelector('dialog[open]'); }, after: closeDialog },
      {
        name: 'predict first',
        go: async (p) => { await p.click('[data-testid="predict-toggle"]'); await p.evaluate(() => void window.kitchen.run({ platform: 'virtual' })); await p.waitForSelector('[data-testid="predict-overlay"]'); await pause(500); },
        after: click('[data-testid="predict-toggle"]'),
      },
      { name: 'compare view', go: async (p) => { await p.click('[data-testid="compare-toggle"]'); await pause(500); } },
    ],
  },
  { name: 'projector', path: projectorFragment(), ready: 'html.projector', states: [{ name: 'after a run', go: run }, { name: 'kitchen view', go: async (p) => { await p.evaluate(() => window.kitchen.show('kitchen')); await pause(500); } }] },
  { name: 'embed', path: '?embed=1', ready: '[data-testid="embed-app"]', states: [{ name: 'after a run', go: run }] },
];

/** Whether an audit item lies inside Monaco's own DOM. */
function inMonaco(node) {
  const text = `${node?.selector ?? ''} ${node?.path ?? ''} ${node?.snippet ?? ''}`;
  return /monaco|\.view-line|\.margin-view|\.inputarea|\.native-edit-context/.test(text);
}

function describeItems(audit) {
  const items = audit.details?.items ?? [];
  const lines = [];
  for (const item of items) {
    const node = item.node ?? item;
    const where = node.selector ?? node.snippet ?? JSON.stringify(item).slice(0, 160);
    const mark = inMonaco(node) ? '  [inside Monaco\'s DOM]' : '';
    lines.push(`      - ${where}${mark}`);
    if (node.snippet && node.snippet !== where) lines.push(`        ${node.snippet.slice(0, 200)}`);
    const why = (node.explanation ?? '').split('\n').map((l) => l.trim()).filter(Boolean).slice(0, 3).join(' / ');
    if (why) lines.push(`        ${why.slice(0, 300)}`);
    for (const sub of item.subItems?.items ?? []) {
      const s = sub.relatedNode ?? sub;
      lines.push(`        related: ${s.selector ?? s.snippet ?? ''}`);
    }
  }
  return { lines, count: items.length, monaco: items.filter((i) => inMonaco(i.node ?? i)).length };
}

const CONFIG = {
  ...desktopConfig,
  settings: { ...desktopConfig.settings, onlyCategories: ['accessibility'], throttlingMethod: 'provided', maxWaitForLoad: 60_000 },
};

/** The score and failing audits of one Lighthouse result. */
function summarise(lhr) {
  if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
  const cat = lhr.categories.accessibility;
  const failing = [];
  for (const ref of cat.auditRefs) {
    const a = lhr.audits[ref.id];
    if (a.scoreDisplayMode === 'notApplicable' || a.scoreDisplayMode === 'manual' || a.scoreDisplayMode === 'informative') continue;
    if (a.score === null || a.score < 1) failing.push({ ...a, weight: ref.weight });
  }
  return { score: cat.score === null ? null : Math.round(cat.score * 100), failing };
}

/** One page: a navigation, then a snapshot of each state. Returns [{ name, lhr }]. */
async function auditPage(browser, url, page) {
  const tab = await browser.newPage();
  try {
    const flow = await startFlow(tab, { config: CONFIG, flags: { logLevel: 'error' } });
    await flow.navigate(url, { name: page.name });
    await tab.waitForFunction(() => typeof window.kitchen?.run === 'function', { timeout: 60_000 });
    // The page is the one meant (projector mode on, the embed layout), not a fallback.
    await tab.waitForSelector(page.ready, { timeout: 10_000 });
    for (const state of page.states) {
      await state.go(tab);
      await flow.snapshot({ name: `${page.name}, ${state.name}` });
      if (state.after) await state.after(tab);
    }
    const result = await flow.createFlowResult();
    return result.steps.map((s) => ({ name: s.name, lhr: s.lhr }));
  } finally {
    await tab.close();
  }
}

async function serve(mode) {
  const port = await freePort();
  if (mode === 'dev') {
    const server = await createServer({ root, logLevel: 'warn', server: { port, strictPort: true, host: 'localhost' } });
    await server.listen();
    return { url: `http://localhost:${port}/`, close: () => server.close() };
  }
  if (mode === 'build' || (mode === 'auto' && distIsStale())) {
    console.log('a11y: building dist/ (vite build)');
    await build({ root, logLevel: 'warn' });
  } else if (!existsSync(join(root, 'dist', 'index.html'))) {
    throw new Error('dist/ is missing; run without --no-build');
  }
  const server = await preview({ root, logLevel: 'warn', preview: { port, strictPort: true, host: 'localhost' } });
  return { url: `http://localhost:${port}/`, close: () => new Promise((r) => server.httpServer.close(() => r())) };
}

async function main() {
  const opts = parse(process.argv.slice(2));
  const started = Date.now();
  const server = await serve(opts.mode);
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  let failed = false;
  try {
    const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}`, defaultViewport: null });
    for (const page of PAGES) {
      if (opts.only && !opts.only.includes(page.name)) continue;
      const t = Date.now();
      const steps = await auditPage(browser, server.url + page.path, page);
      console.log(`${page.name} (${server.url.replace(/\/$/, '')}/${page.path.slice(0, 40)}${page.path.length > 40 ? '…' : ''}): ${((Date.now() - t) / 1000).toFixed(1)} s`);
      for (const step of steps) {
        const r = summarise(step.lhr);
        const ok = r.score !== null && r.score >= opts.min;
        if (!ok) failed = true;
        console.log(`  ${step.name.padEnd(28)} accessibility ${String(r.score ?? 'n/a').padStart(3)} / 100 ${ok ? 'ok' : `BELOW ${opts.min}`}`);
        for (const a of r.failing) {
          const d = describeItems(a);
          const monaco = d.count && d.monaco === d.count ? " — every item is inside Monaco's DOM" : d.monaco ? ` — ${d.monaco} of ${d.count} items inside Monaco's DOM` : '';
          console.log(`     FAIL ${a.id} (weight ${a.weight}): ${a.title}${monaco}`);
          for (const line of d.lines) console.log(`  ${line}`);
        }
      }
    }
    await browser.disconnect();
  } finally {
    await chrome.kill();
    await server.close();
  }
  console.log(`a11y: ${failed ? 'FAILED' : 'passed'} (minimum ${opts.min}) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  process.exit(failed ? 1 : 0);
}

main().catch((e) => {
  console.error(`a11y: ${e instanceof Error ? e.stack : String(e)}`);
  process.exit(2);
});
