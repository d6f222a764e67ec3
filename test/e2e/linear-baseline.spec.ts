/** Beside the trivial baseline, the Evaluate step shows a linear model trained on the same rows, and what the gap means. */
import { expect, test } from './fixtures';
import { goToStep, loadSample, screenshot, train } from './actions';

const CLASSIFICATION_SENTENCE =
  /^(The network is \d+\.\d points more accurate than a linear model \(.+\)\.|A linear model does as well \(.+\): the extra layers do not help here\.|A linear model is \d+\.\d points more accurate \(.+\)(: try fewer layers or more regularisation|, but the network was still improving when its training ended: train it for more epochs before changing its layers)\.)$/;

test('penguins: the linear model’s accuracy beside the majority baseline, with its sentence; its run compares with it', async ({ app }) => {
  test.setTimeout(240_000);
  await loadSample(app, 'Palmer penguins');
  await expect(app.getByText(/344 rows ×/)).toBeVisible();
  await train(app, 10);
  await goToStep(app, 'Evaluate');
  const linear = app.getByTestId('linear-baseline');
  await expect(linear).toBeVisible({ timeout: 120_000 });
  await expect(linear).toHaveText(/^Linear model\s*\d+(\.\d)?%$/);
  await expect(app.getByText(/^Baseline \(always “Adelie”\)/)).toBeVisible();
  await expect(app.getByTestId('linear-verdict')).toHaveText(CLASSIFICATION_SENTENCE);
  await screenshot(app, 'linear-1-evaluate');

  // The saved run keeps it: its page shows it, and the comparison has a row for it.
  await goToStep(app, 'Experiments');
  const list = app.getByRole('table', { name: 'Saved experiments' });
  await list.getByRole('button', { name: /^penguins\.csv/ }).click();
  await expect(app.getByTestId('linear-verdict')).toHaveText(CLASSIFICATION_SENTENCE);
  await screenshot(app, 'linear-3-detail');
  // A second run, so that two compare.
  await train(app, 3);
  await goToStep(app, 'Evaluate');
  await expect(app.getByTestId('linear-verdict')).toBeVisible({ timeout: 120_000 });
  await goToStep(app, 'Experiments');
  const all = app.getByRole('button', { name: /^← All experiments/ });
  if (await all.isVisible()) await all.click();
  await expect(list.getByRole('checkbox')).toHaveCount(2);
  for (const box of await list.getByRole('checkbox').all()) await box.check();
  await app.getByRole('button', { name: 'Compare selected (2)' }).click();
  const metrics = app.getByRole('table', { name: 'Metrics compared' });
  await expect(metrics.getByRole('row', { name: /Linear model’s accuracy/ })).toContainText(/\d+(\.\d)?%/);
  await screenshot(app, 'linear-4-compare');
});

test('Auto MPG: each regression figure has the linear model’s value under the mean’s, and R² decides the sentence', async ({ app }) => {
  test.setTimeout(240_000);
  await loadSample(app, 'Auto MPG');
  await expect(app.getByText(/398 rows ×/)).toBeVisible();
  await train(app, 10);
  await goToStep(app, 'Evaluate');
  const linear = app.getByTestId('linear-baseline');
  await expect(linear).toHaveCount(3, { timeout: 120_000 });
  await expect(linear.last()).toHaveText(/^Linear model: 0\.\d{3}$/);
  await expect(app.getByTestId('linear-verdict')).toHaveText(
    /^(The network’s R² is \d\.\d\d higher than a linear model’s \(.+\)\.|A linear model does as well \(R² .+\): the extra layers do not help here\.|A linear model’s R² is \d\.\d\d higher \(.+\)(: try fewer layers or more regularisation|, but the network was still improving when its training ended: train it for more epochs before changing its layers)\.)$/,
  );
  await screenshot(app, 'linear-2-regression');
});
