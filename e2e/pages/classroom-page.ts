// Page object for the teaching features (issue 9): presets, share, projector, predict first,
// compare. Built on KitchenPage; the specs use these names, never raw selectors.

import { expect, type Locator, type Page } from '@playwright/test';
import { KitchenPage } from './kitchen-page.ts';

export class ClassroomPage extends KitchenPage {
  readonly presetSelect: Locator;
  readonly presetExplanation: Locator;
  readonly shareButton: Locator;
  readonly shareLink: Locator;
  readonly projectorToggle: Locator;
  readonly predictToggle: Locator;
  readonly predictOverlay: Locator;
  readonly reveal: Locator;

  constructor(page: Page) {
    super(page);
    this.presetSelect = page.getByTestId('preset-select');
    this.presetExplanation = page.getByTestId('preset-explanation');
    this.shareButton = page.getByTestId('share');
    this.shareLink = page.getByTestId('share-link');
    this.projectorToggle = page.getByTestId('projector-toggle');
    this.predictToggle = page.getByTestId('predict-toggle');
    this.predictOverlay = page.getByTestId('predict-overlay');
    this.reveal = page.getByTestId('reveal');
  }

  /** Ids of every preset, in the picker's order. */
  async presetIds(): Promise<string[]> {
    await expect(this.presetSelect).toBeEnabled();
    return this.presetSelect.locator('option:not([disabled])').evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value));
  }

  /** Choose a preset and wait until its program is in the editor. */
  async choosePreset(id: string, expectedStart: string) {
    await this.presetSelect.selectOption(id);
    await expect.poll(() => this.page.evaluate(() => window.kitchen.getCode().slice(0, 40))).toBe(expectedStart.slice(0, 40));
  }

  async shareUrl(): Promise<string> {
    await this.shareButton.click();
    await expect(this.shareLink).toHaveValue(/#k1=/);
    const url = await this.shareLink.inputValue();
    await this.page.keyboard.press('Escape');
    return url;
  }
}
