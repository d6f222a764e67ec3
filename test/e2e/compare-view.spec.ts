/**
 * The compare view opens at its top, the rail's Experiments leaves it for the list, the ticked
 * runs stay ticked, and its numbers are rounded as everywhere else. Also: a stopped run's bar,
 * and a regression's evaluation that never uses the target's name as a unit (both languages).
 */
import { expect, test } from './fixtures';
import { goToStep, loadSample, screenshot, setNumber, train } from './actions';

test('compare view: opens at its top, the rail leaves it, ticks are kept, numbers rounded', async ({ app }) => {
  test.setTimeout(300_000);
  await loadSample(app, 'Palmer penguins');
  await expect(app.getByText(/344 rows ×/)).toBeVisible();
  for (const epochs of [3, 4]) {
    await train(app, epochs, 'WebAssembly');
    await expect(app.getByText(/^Saved as experiment/)).toBeVisible();
  }
  await goToStep(app, 'Experiments');
  const list = app.getByRole('table', { name: 'Saved experiments' });
  await expect(list.getByRole('row')).toHaveCount(3);
  const boxes = list.getByRole('checkbox');
  await boxes.nth(0).check();
  await boxes.nth(1).check();
  // The list scrolled down as a long one would be: the comparison still opens at its top.
  await app.locator('main.panel').evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  await app.getByRole('button', { name: 'Compare selected (2)' }).click();
  await expect(app.getByRole('heading', { name: 'Comparing 2 runs' })).toBeVisible();
  await expect(app.getByRole('button', { name: '← All experiments' })).toBeInViewport();
  await expect(app.getByRole('heading', { name: 'Comparing 2 runs' })).toBeInViewport();
  expect(await app.locator('main.panel').evaluate((el) => el.scrollTop)).toBe(0);

  const metrics = app.getByRole('table', { name: 'Metrics compared' });
  const cells = async (metric: string): Promise<string[]> =>
    (await metrics.getByRole('row', { name: new RegExp(`^${metric}`) }).getByRole('cell').allInnerTexts()).map((c) => c.replace(/\s*★[\s\S]*$/, '').trim());
  for (const f1 of await cells('Macro F1')) expect(f1).toMatch(/^\d\.\d{3}$/);
  for (const time of await cells('Time')) expect(time).toMatch(/^(less than a second|\d+ s|\d+ min( \d+ s)?)$/);
  for (const loss of await cells('Final loss')) expect(loss).toMatch(/^\d+(\.\d{1,3})?$/);
  await screenshot(app, 'h6-compare');

  // Back: the two runs are still ticked.
  await app.getByRole('button', { name: '← All experiments' }).click();
  await expect(list).toBeVisible();
  await expect(boxes.nth(0)).toBeChecked();
  await expect(boxes.nth(1)).toBeChecked();

  // The rail's Experiments leaves the comparison for the list, the ticks kept.
  await app.getByRole('button', { name: 'Compare selected (2)' }).click();
  await expect(app.getByRole('heading', { name: 'Comparing 2 runs' })).toBeVisible();
  await goToStep(app, 'Experiments');
  await expect(app.getByRole('heading', { name: 'Experiments', exact: true })).toBeVisible();
  await expect(list).toBeVisible();
  await expect(boxes.nth(0)).toBeChecked();
  await expect(boxes.nth(1)).toBeChecked();
});

test('a stopped run’s bar stops where it did; a regression is off by a number, not by its target', async ({ app }) => {
  test.setTimeout(300_000);
  await loadSample(app, 'Palmer penguins');
  await expect(app.getByText(/344 rows ×/)).toBeVisible();
  await goToStep(app, 'Train');
  await setNumber(app, 'Epochs', 400);
  await app.getByRole('button', { name: 'Train', exact: true }).click();
  const progress = app.getByRole('progressbar', { name: 'Training progress' });
  await expect(progress).toHaveAttribute('aria-valuetext', /^Epoch ([3-9]|\d\d+) of 400/, { timeout: 120_000 });
  await app.getByRole('button', { name: 'Stop', exact: true }).click();
  await expect(progress).toHaveAttribute('aria-valuetext', /^Stopped at epoch \d+ of 400 in /, { timeout: 60_000 });
  const text = (await progress.getAttribute('aria-valuetext')) ?? '';
  const stoppedAt = Number(/epoch (\d+)/.exec(text)?.[1]);
  await expect(progress).toHaveAttribute('aria-valuenow', String(Math.round((stoppedAt / 400) * 100)));
  await screenshot(app, 'h6-train-stopped');

  await goToStep(app, 'Data');
  await loadSample(app, 'Auto MPG');
  await expect(app.getByText(/398 rows ×/)).toBeVisible();
  await train(app, 30, 'WebAssembly');
  await goToStep(app, 'Evaluate');
  await expect(app.getByText(/^The network (beats|does not beat) the baseline/)).toBeVisible();
  const card = app.locator('section.card').first();
  await expect(card).toContainText(/in the units of “mpg”/);
  await expect(card).not.toContainText(/\d mpg\b/);
  await screenshot(app, 'h6-regression-evaluate');
  await app.getByRole('combobox', { name: /Language|언어/ }).selectOption('ko');
  await expect(card).toContainText('“mpg”의 단위');
  await screenshot(app, 'h6-ko-regression-evaluate');
});
