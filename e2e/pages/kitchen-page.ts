// Page object of the kitchen: the e2e specs drive the page through this, never through raw
// selectors, so a change of markup is fixed here once.

import { expect, type Locator, type Page } from '@playwright/test';

export class KitchenPage {
  readonly runButton: Locator;
  readonly stopButton: Locator;
  readonly console: Locator;
  readonly statusLine: Locator;
  readonly syntaxError: Locator;
  readonly editor: Locator;
  readonly runStatus: Locator;

  constructor(readonly page: Page) {
    this.runButton = page.getByTestId('run');
    this.stopButton = page.getByTestId('stop');
    this.console = page.getByTestId('console');
    this.statusLine = page.getByTestId('status-line');
    this.syntaxError = page.getByTestId('syntax-error');
    this.editor = page.getByTestId('editor');
    this.runStatus = page.getByTestId('run-status');
  }

  async goto(url = '/') {
    await this.page.goto(url);
    await this.waitReady();
  }

  /** The editor is mounted and window.kitchen installed. */
  async waitReady() {
    await expect(this.editor.locator('.monaco-editor')).toBeVisible();
    await this.page.waitForFunction(() => typeof window.kitchen?.run === 'function');
  }

  async setCode(src: string) {
    await this.page.evaluate((s) => window.kitchen.setCode(s), src);
  }

  /** Replace the program by typing it, as a user would. */
  async typeProgram(src: string) {
    await this.editor.locator('.monaco-editor').click();
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.press('Delete');
    await this.page.keyboard.type(src);
  }

  async stdoutText(): Promise<string> {
    return (await this.console.locator('[data-stream="stdout"]').allTextContents()).join('');
  }

  async stderrText(): Promise<string> {
    return (await this.console.locator('[data-stream="stderr"]').allTextContents()).join('');
  }

  async waitRunEnded() {
    await expect(this.runStatus).not.toHaveAttribute('data-status', 'running');
  }
}
