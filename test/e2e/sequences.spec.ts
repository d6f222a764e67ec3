/**
 * Sequences as an analyst meets them: the recordings sample from file to a confusion matrix
 * whose cells draw their recordings, predicting new recordings with the saved run, and one
 * long machine recording cut into windows and trained.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { dropFile, goToStep, loadSample, screenshot, setNumber, train } from './actions';

async function chooseFile(app: Page, button: string, path: string): Promise<void> {
  const chooser = app.waitForEvent('filechooser');
  await app.getByRole('button', { name: button }).click();
  await (await chooser).setFiles(path);
}

test('sequence sample: activity recordings from file to confusion matrix, a cell draws its recordings, new recordings predicted', async ({ app }) => {
  test.setTimeout(300_000);
  await loadSample(app, 'Activity recordings (generated)');
  await expect(app.getByText(/10,189 rows ×/)).toBeVisible();
  await expect(app.getByRole('radio', { name: /^Sequences/ })).toBeChecked();
  await expect(app.getByText(/“recording_id” names 160 recordings/)).toBeVisible();
  const columns = app.getByRole('table', { name: 'Columns' });
  await expect(columns).toContainText('date/time');
  // A few recordings of each class, drawn with one line per step column.
  await expect(app.getByRole('region', { name: 'Examples of walking' }).getByRole('img').first()).toHaveAccessibleName(
    /^Recording “rec-\d+”: 64 steps of acc_x, acc_y, acc_z, gyro_x, gyro_y, and gyro_z; walking$/,
  );
  await expect(app.getByRole('list', { name: 'Step columns' }).first()).toContainText('gyro_z');
  await screenshot(app, 'sequences-1-data');

  await goToStep(app, 'Shape');
  await expect(app.getByLabel('Input shape')).toHaveText('(None, 64, 6)');
  await expect(app.getByLabel('Recording id column')).toHaveValue('recording_id');
  await expect(app.getByLabel('Time column')).toHaveValue('timestamp');
  await expect(app.getByLabel('Target column')).toHaveValue('activity');
  await expect(app.getByLabel('Steps per recording')).toHaveValue('64');
  const axes = app.getByRole('list', { name: 'What each number is' });
  await expect(axes).toContainText(/64.*time steps/);
  await expect(axes).toContainText(/6.*acc_x/);
  // The subject is the same for every step of a recording: never a step column.
  await expect(app.getByRole('checkbox', { name: /^subject/ })).toBeDisabled();
  await expect(app.getByText(/24 shorter than 64 are padded/).first()).toBeVisible();
  await expect(app.getByText(/no recording is on both sides/)).toBeVisible();
  await screenshot(app, 'sequences-2-shape');
  // A changed length is followed by the shape; back to the proposal for training.
  await setNumber(app, 'Steps per recording', 48);
  await expect(app.getByLabel('Input shape')).toHaveText('(None, 48, 6)');
  await setNumber(app, 'Steps per recording', 64);
  await expect(app.getByLabel('Input shape')).toHaveText('(None, 64, 6)');

  await goToStep(app, 'Model');
  const summary = app.getByRole('table', { name: 'Model summary' });
  await expect(summary).toContainText('Conv1D');
  await expect(summary).toContainText('(None, 62, 32)');
  await expect(summary).toContainText('(None, 5)');
  await screenshot(app, 'sequences-3-model');

  await train(app, 40);
  await expect(app.getByText(/128 training recordings/)).toBeVisible();
  await screenshot(app, 'sequences-4-train');

  await goToStep(app, 'Evaluate');
  await expect(app.getByText(/Scored on 32 held-out recordings/)).toBeVisible();
  const matrix = app.getByRole('table', { name: 'Confusion matrix' });
  await expect(matrix).toContainText('running');
  await app.getByRole('button', { name: /^[1-9]\d* \d+%: actual running, predicted running\. Show the recordings\.$/ }).click();
  const panel = app.getByRole('region', { name: 'Examples in this cell' });
  await expect(panel.getByRole('img').first()).toHaveAccessibleName(/^Recording “rec-\d+”: \d+ steps of acc_x, .*; running$/);
  await expect(panel).toContainText('%');
  await screenshot(app, 'sequences-5-evaluate');

  // The Use step predicts new recordings of the same layout with the run's model: one prediction per recording.
  await goToStep(app, 'Use');
  await chooseFile(app, 'Predict a CSV file…', 'test/fixtures/sequences/sequence-predict.csv');
  const predictions = app.getByRole('table', { name: 'Predictions' });
  await expect(predictions.getByRole('row')).toHaveCount(11);
  await expect(predictions).toContainText('new-004');
  await screenshot(app, 'sequences-6-predict');
  const download = app.waitForEvent('download');
  await app.getByRole('button', { name: 'Download predictions CSV' }).click();
  const lines = readFileSync(await (await download).path(), 'utf8').trim().split('\n');
  expect(lines[0]).toBe('recording_id,predicted_activity,probability_climbing_stairs,probability_running,probability_sitting,probability_standing,probability_walking,note');
  expect(lines).toHaveLength(11);
});

test('one long machine recording is cut into windows, labelled by their last row, and trained', async ({ app }) => {
  test.setTimeout(240_000);
  await dropFile(app, 'test/fixtures/sequences/machine-states.csv');
  await expect(app.getByText(/6,000 rows ×/)).toBeVisible();
  await expect(app.getByRole('radio', { name: /^Sequences/ })).toBeChecked();

  await goToStep(app, 'Shape');
  await expect(app.getByRole('radio', { name: /^Windows of a long recording/ })).toBeChecked();
  await expect(app.getByLabel('Window length')).toHaveValue('64');
  await expect(app.getByLabel('Stride')).toHaveValue('32');
  await expect(app.getByLabel('Target column')).toHaveValue('state');
  await expect(app.getByLabel('Input shape')).toHaveText(/^\(None, 64, \d\)$/);
  await expect(app.getByText(/window’s last row/).first()).toBeVisible();
  await setNumber(app, 'Window length', 100);
  await expect(app.getByLabel('Input shape')).toHaveText(/^\(None, 100, \d\)$/);
  await expect(app.getByLabel('Stride')).toHaveValue('50');
  await screenshot(app, 'windows-2-shape');

  await train(app, 15);
  await goToStep(app, 'Evaluate');
  await expect(app.getByText(/^Scored on \d+ held-out windows/)).toBeVisible();
  await expect(app.getByRole('table', { name: 'Confusion matrix' })).toContainText('fault');
  await screenshot(app, 'windows-5-evaluate');

  // The same file read as a table instead: one row per example again.
  await goToStep(app, 'Data');
  await app.getByRole('radio', { name: /^A table/ }).check();
  await goToStep(app, 'Shape');
  await expect(app.getByLabel('Input shape')).toHaveText(/^\(None, \d+\)$/);
});
