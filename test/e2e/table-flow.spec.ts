/** A table goes from file to evaluation, as an analyst would click through it. */
import { expect, test } from './fixtures';
import { goToStep, loadSample, screenshot, setNumber, train } from './actions';

test('classification sample: penguins from file to confusion matrix, trained on WebGPU (chosen)', async ({ app }) => {
  await loadSample(app, 'Palmer penguins');
  await expect(app.getByText(/344 rows ×/)).toBeVisible();
  await expect(app.getByRole('table', { name: 'Columns' })).toContainText('species');
  await screenshot(app, 'penguins-1-data');

  await goToStep(app, 'Shape');
  await expect(app.getByLabel('Target column')).toHaveValue('species');
  await expect(app.getByRole('radio', { name: /Classification/ })).toBeChecked();
  const shape = app.getByLabel('Input shape');
  await expect(shape).toHaveText(/\(None, \d+\)/);
  await expect(app.getByText(/softmax/).first()).toBeVisible();
  await screenshot(app, 'penguins-2-shape');

  await goToStep(app, 'Model');
  const summary = app.getByRole('table', { name: 'Model summary' });
  await expect(summary).toContainText('(None, 3)');
  await screenshot(app, 'penguins-3-model');

  await train(app, 15, 'WebGPU');
  await expect(app.getByLabel('Backend in use')).toHaveAttribute('data-backend', 'webgpu');
  await expect(app.getByLabel('Pre-flight check')).toHaveText(/^Pre-flight on WebGPU passed: .* per epoch\.$/);
  // The curves hold all 15 epochs; accuracy reads as a share.
  await expect(app.getByRole('img', { name: /^Accuracy: Training \d+\.\d%, Validation \d+\.\d% at epoch 15$/ })).toBeVisible();
  await screenshot(app, 'penguins-4-train');

  await goToStep(app, 'Evaluate');
  const matrix = app.getByRole('table', { name: 'Confusion matrix' });
  await expect(matrix).toContainText('Adelie');
  await expect(matrix).toContainText('%');
  await expect(app.getByRole('table', { name: 'Per-class metrics' })).toContainText('Gentoo');
  await expect(app.getByText(/Baseline/).first()).toBeVisible();
  await screenshot(app, 'penguins-5-evaluate');
});

test('regression sample: Auto MPG from file to predicted-vs-actual, on the backend measured fastest', async ({ app }) => {
  await loadSample(app, 'Auto MPG');
  await expect(app.getByText(/398 rows ×/)).toBeVisible();
  await screenshot(app, 'mpg-1-data');

  await goToStep(app, 'Shape');
  await expect(app.getByLabel('Target column')).toHaveValue('mpg');
  await expect(app.getByRole('radio', { name: /Regression/ })).toBeChecked();
  await expect(app.getByText(/mean squared error/i).first()).toBeVisible();
  await screenshot(app, 'mpg-2-shape');

  await goToStep(app, 'Model');
  await expect(app.getByRole('table', { name: 'Model summary' })).toContainText('(None, 1)');

  // Automatic: the backends are timed on this model; on SwiftShader's emulated WebGPU, WebAssembly wins.
  await train(app, 15);
  await expect(app.getByLabel('Backend in use')).toContainText(/Measured on this run’s model: .+ samples\/s/);
  await expect(app.getByLabel('Pre-flight check')).toHaveText(/^Pre-flight on .+ passed: /);
  await expect(app.getByRole('img', { name: /^Mean absolute error: Training [\d.]+, Validation [\d.]+ at epoch 15$/ })).toBeVisible();
  await screenshot(app, 'mpg-4-train');

  await goToStep(app, 'Evaluate');
  await expect(app.getByText('Predicted vs actual').first()).toBeVisible();
  await expect(app.getByText(/R²/).first()).toBeVisible();
  await expect(app.getByText(/RMSE/).first()).toBeVisible();
  await screenshot(app, 'mpg-5-evaluate');
});

test('Stop ends a run after the current batch, keeps the best weights and evaluates them', async ({ app }) => {
  await loadSample(app, 'Palmer penguins');
  await expect(app.getByText(/344 rows ×/)).toBeVisible();
  await goToStep(app, 'Train');
  await setNumber(app, 'Epochs', 2000);
  await app.getByRole('button', { name: 'Train', exact: true }).click();
  const progress = app.getByRole('progressbar', { name: 'Training progress' });
  await expect(progress).toHaveAttribute('aria-valuetext', /^Epoch ([3-9]|\d\d+) of 2,000/, { timeout: 120_000 });
  await app.getByRole('button', { name: 'Stop', exact: true }).click();
  await expect(app.getByText(/^You stopped training after \d+ epochs in .+; the weights of epoch \d+, the best one, are kept\.$/)).toBeVisible({ timeout: 60_000 });
  await expect(progress).toHaveAttribute('aria-valuetext', /^Stopped at epoch \d+ of 2,000 in /);
  // The bar shows where the run stopped, a few epochs into 2,000: far from full.
  expect(Number(await progress.getAttribute('aria-valuenow'))).toBeLessThan(50);
  await app.getByRole('button', { name: 'See the evaluation' }).click();
  await expect(app.getByRole('table', { name: 'Confusion matrix' })).toContainText('Adelie');
});
