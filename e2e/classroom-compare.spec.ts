// Issue 9, acceptance 3: the compare view agrees with the guide. On the virtual platform (4
// virtual cores, simulated time): CPU-bound — threads about as slow as sequential, processes
// faster, asyncio about sequential; I/O-bound — threads and asyncio much faster. Each bar's
// time is the one the program measured itself with time.perf_counter.
import { expect, test } from '@playwright/test';
import type {} from '../src/ui/kitchen-api.ts';
import { ClassroomPage } from './pages/classroom-page.ts';

for (const workload of ['cpu', 'io'] as const) {
  test(`compare view, ${workload}-bound work: the run agrees with the guide`, async ({ page }) => {
    test.setTimeout(180_000);
    const kitchen = new ClassroomPage(page);
    await kitchen.goto();
    await page.getByTestId('platform').selectOption('virtual');
    await page.getByTestId('compare-toggle').click();
    await page.getByTestId(`workload-${workload}`).check();
    await page.getByTestId('compare-size').fill('1');
    await expect(page.getByTestId('compare-prediction')).toContainText(workload === 'cpu' ? 'CPU-bound' : 'I/O-bound');
    await page.getByTestId('compare-run').click();
    const verdict = page.getByTestId('compare-verdict');
    await expect(verdict).toBeVisible({ timeout: 150_000 });
    const seconds = await page.locator('[data-testid="compare-chart"] g[data-variant]').evaluateAll((gs) =>
      Object.fromEntries(gs.map((g) => [g.getAttribute('data-variant'), g.getAttribute('data-seconds')])));
    console.log(`${workload}: ${JSON.stringify(seconds)} — ${await verdict.textContent()}`);
    await expect(verdict).toHaveAttribute('data-agrees', 'true');
    // The editor's program is untouched by the comparison.
    await page.getByTestId('compare-toggle').click();
    expect(await page.evaluate(() => window.kitchen.getCode())).toContain('def cook(dish, seconds)');
  });
}
