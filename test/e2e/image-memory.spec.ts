/**
 * "Memory for decoded images": at 0 an image folder is read from disk in batches every epoch and
 * still trains and evaluates; at the default budget a small folder is decoded once and kept.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { goToStep, screenshot, setNumber, train } from './actions';

const SAMPLE = 'resources/samples/shapes';
const FIELD = 'Memory for decoded images (MB)';

/** 20 images of each of the sample's 3 classes, as a folder the user chooses. */
function smallFolder(): string {
  const root = join(mkdtempSync(join(tmpdir(), 'layerbench-images-')), 'small-shapes');
  for (const label of ['circle', 'square', 'triangle']) {
    mkdirSync(join(root, label), { recursive: true });
    for (const name of readdirSync(join(SAMPLE, label)).sort().slice(0, 20)) copyFileSync(join(SAMPLE, label, name), join(root, label, name));
  }
  return root;
}

test('images read from disk in batches train and evaluate; the default budget keeps them in memory', async ({ app }) => {
  await app.getByLabel('Choose an image folder').setInputFiles(smallFolder());
  await expect(app.getByText(/60 images in 3 classes/)).toBeVisible();

  await goToStep(app, 'Train');
  await expect(app.getByLabel(FIELD, { exact: true })).toHaveValue('512');
  await setNumber(app, FIELD, 0);
  await train(app, 3);
  await expect(app.getByText(/^Trained for all 3 epochs/)).toBeVisible();
  await expect(app.getByRole('status', { name: 'Decoded images' })).toHaveText(
    'Images are read from disk in batches, as “Memory for decoded images” is 0 MB (decoded, the 60 images would take 60 KB).',
  );
  await screenshot(app, 'image-memory-1-streamed');
  await goToStep(app, 'Evaluate');
  const matrix = app.getByRole('table', { name: 'Confusion matrix' });
  await expect(matrix).toContainText('circle');
  await expect(matrix).toContainText('triangle');

  await goToStep(app, 'Train');
  await setNumber(app, FIELD, 512);
  await train(app, 2);
  await expect(app.getByText(/^Trained for all 2 epochs/)).toBeVisible();
  await expect(app.getByRole('status', { name: 'Decoded images' })).toHaveText('All 60 images are decoded once and kept in memory (60 KB).');
});
