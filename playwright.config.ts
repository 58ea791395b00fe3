// Playwright end-to-end tests in Debian's Chromium (/usr/bin/chromium), against the built
// app served by `npm start` on a free port. Workers inherit the port through the
// environment, so every process of the run talks to the same server.

import { execFileSync } from 'node:child_process';
import { defineConfig } from '@playwright/test';

function freePort(): string {
  const script = "const s=require('net').createServer();s.listen(0,'localhost',()=>{console.log(s.address().port);s.close()})";
  return execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }).trim();
}

process.env.KITCHEN_E2E_PORT ??= freePort();
const port = process.env.KITCHEN_E2E_PORT;

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 2,
  // One retry, as for the unit tests (vitest.config.ts): a test that passes only on it is
  // 'flaky' in the JSON report, and `npm test` names it under its summary.
  retries: 1,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${port}/`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.KITCHEN_CHROMIUM ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync'],
    },
    trace: 'retain-on-failure',
  },
  webServer: {
    command: `node tools/start.mjs --port ${port}`,
    url: `http://localhost:${port}/`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'pipe',
  },
});
