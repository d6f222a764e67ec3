/** Two classes trained with one sigmoid unit: the head changed in the Model step, trained, and evaluated. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { dropFile, goToStep, screenshot, train } from './actions';

/** The penguins sample without its Chinstraps: Adelie and Gentoo. */
function twoPenguins(): string {
  const lines = readFileSync('resources/samples/penguins.csv', 'utf8').split(/\r?\n/);
  const path = join(mkdtempSync(join(tmpdir(), 'layerbench-e2e-binary-')), 'two-penguins.csv');
  writeFileSync(path, lines.filter((line, i) => i === 0 || /^(Adelie|Gentoo),/.test(line)).join('\n'));
  return path;
}

test('two classes: Dense(1, sigmoid) set in the Model step, trained, and a 2 × 2 confusion matrix', async ({ app }) => {
  await dropFile(app, twoPenguins());
  await expect(app.getByText(/276 rows ×/)).toBeVisible();
  await goToStep(app, 'Shape');
  await app.getByLabel('Target column').selectOption('species');
  await expect(app.getByRole('radio', { name: /Classification/ })).toBeChecked();
  // The proposal stays two softmax units, and names the other head.
  await expect(app.getByText(/Dense\(1, sigmoid\) with binary cross-entropy works too/).first()).toBeVisible();

  await goToStep(app, 'Model');
  const summary = app.getByRole('table', { name: 'Model summary' });
  await expect(summary).toContainText('(None, 2)');
  // The last Dense becomes one sigmoid unit through its settings.
  await summary.getByRole('button', { name: /\(Dense\)$/ }).last().click();
  const settings = app.getByRole('group', { name: 'Settings of layer' });
  await settings.getByLabel('Units', { exact: true }).fill('1');
  await settings.getByLabel('Units', { exact: true }).blur();
  await settings.getByLabel('Activation', { exact: true }).selectOption('sigmoid');
  await expect(summary.getByRole('group', { name: /^Advice for layer/ })).toHaveCount(0);
  await expect(summary).toContainText('(None, 1)');
  const note = app.locator('.head-note');
  await expect(note).toContainText('The last layer fits the two classes: Dense(1, sigmoid) + binary cross-entropy.');
  await expect(note).toContainText('One sigmoid unit gives the probability of the second class (“Gentoo”); the first is 1 − p.');
  await app.getByRole('tab', { name: 'Keras code' }).click();
  await expect(app.getByRole('tabpanel', { name: 'Keras code' })).toContainText('loss="binary_crossentropy"');
  await expect(note.getByRole('button', { name: 'Use Dense(2, softmax)' })).toBeVisible();
  await screenshot(app, 'binary-model');

  await train(app, 30, 'WebAssembly');
  await expect(app.getByRole('img', { name: /^Accuracy: Training \d+\.\d%, Validation \d+\.\d% at epoch 30$/ })).toBeVisible();
  await expect(app.getByText('Lower is better (binary cross-entropy).', { exact: false })).toBeVisible();

  await goToStep(app, 'Evaluate');
  const matrix = app.getByRole('table', { name: 'Confusion matrix' });
  await expect(matrix).toContainText('Adelie');
  await expect(matrix).toContainText('Gentoo');
  await expect(matrix.locator('tbody tr')).toHaveCount(2);
  await expect(app.getByRole('table', { name: 'Per-class metrics' })).toContainText('Gentoo');
  await screenshot(app, 'binary-evaluate');
  // The held-out rows of a cell, each with the probability of its predicted class: p for Gentoo, 1 − p for Adelie.
  for (const species of ['Adelie', 'Gentoo']) {
    await matrix.getByRole('button', { name: new RegExp(`: actual ${species}, predicted ${species}\\. Show the rows\\.$`) }).click();
    const heading = app.getByRole('heading', { name: new RegExp(`^Actual “${species}”, predicted “${species}”`) });
    await expect(heading).toBeVisible();
    const percents = (await app.locator('.cell-image').allInnerTexts()).join(' ').match(/\d+%/g) ?? [];
    expect(percents.length).toBeGreaterThan(0);
    for (const p of percents) expect(Number.parseInt(p, 10)).toBeGreaterThanOrEqual(50);
  }
  await screenshot(app, 'binary-evaluate-rows');
});
