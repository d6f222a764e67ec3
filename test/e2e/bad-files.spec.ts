/** Messy and broken files get a plain answer, and what was loaded before stays loaded. */
import { expect, test } from './fixtures';
import { dropFile, goToStep, loadSample, screenshot } from './actions';

const BROKEN: [file: string, message: RegExp][] = [
  ['empty.csv', /empty/i],
  ['header-only.csv', /no data rows/i],
  ['ragged.csv', /line \d+/i],
  ['binary.csv', /binary/i],
  ['wide-1200-columns.csv', /1,000 columns/],
];

test('broken files are refused in plain words and the loaded dataset stays', async ({ app }) => {
  await loadSample(app, 'Palmer penguins');
  await expect(app.getByText(/344 rows ×/)).toBeVisible();

  for (const [file, message] of BROKEN) {
    await dropFile(app, `test/fixtures/${file}`);
    const alert = app.getByRole('alert').filter({ hasText: file });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText(message);
    await expect(alert).not.toContainText(/\bat .+:\d+:\d+/); // no stack trace
    await expect(app.getByText(/344 rows ×/)).toBeVisible();
    if (file === 'ragged.csv') await screenshot(app, 'bad-ragged');
  }
});

test('a numeric column with a few text cells loads, and the cells are named', async ({ app }) => {
  await dropFile(app, 'test/fixtures/stray-text.csv');
  await expect(app.getByText(/120 rows ×/)).toBeVisible();
  await expect(app.getByText(/“unknown” on line 11/)).toBeVisible();
});

test('a target with one class, or with no values, is explained and training is blocked', async ({ app }) => {
  await dropFile(app, 'test/fixtures/one-class.csv');
  await goToStep(app, 'Shape');
  await app.getByLabel('Target column').selectOption('label');
  await expect(app.getByRole('alert').filter({ hasText: 'single class' })).toBeVisible();
  await screenshot(app, 'bad-one-class');
  await goToStep(app, 'Train');
  await expect(app.getByRole('button', { name: 'Train', exact: true })).toBeDisabled();

  await dropFile(app, 'test/fixtures/target-all-missing.csv');
  await expect(app.getByText(/5 rows ×/)).toBeVisible();
  await goToStep(app, 'Shape');
  await app.getByLabel('Target column').selectOption('target');
  await expect(app.getByRole('alert').filter({ hasText: /no value/ })).toBeVisible();
  await goToStep(app, 'Train');
  await expect(app.getByRole('button', { name: 'Train', exact: true })).toBeDisabled();
});
