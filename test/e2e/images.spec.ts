/** Images go from a folder to a trained CNN and a confusion matrix whose cells show their images. */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { goToStep, loadSample, screenshot, train } from './actions';

const SAMPLE = 'resources/samples/shapes';

test('image sample: shapes from folder to confusion matrix, and a cell shows its images', async ({ app }) => {
  await loadSample(app, 'Shapes (generated)');
  await expect(app.getByText(/180 images in 3 classes/)).toBeVisible();
  const perClass = app.getByRole('table', { name: 'Images per class' });
  await expect(perClass).toContainText('circle');
  await expect(perClass).toContainText('60');
  await expect(app.getByRole('img', { name: 'circle: circle-000.png' })).toBeVisible();
  await expect(app.getByText(/grayscale/).first()).toBeVisible();
  await screenshot(app, 'images-1-data');

  await goToStep(app, 'Shape');
  await expect(app.getByLabel('Input shape')).toHaveText('(None, 16, 16, 1)');
  await expect(app.getByLabel('Image height')).toHaveValue('16');
  await expect(app.getByLabel('Image width')).toHaveValue('16');
  await expect(app.getByText(/bilinear/).first()).toBeVisible();
  await screenshot(app, 'images-2-shape');
  // A changed size is followed by the shape; back to the proposal for training.
  await app.getByLabel('Image width').fill('24');
  await expect(app.getByLabel('Input shape')).toHaveText('(None, 16, 24, 1)');
  await app.getByLabel('Image width').fill('16');
  await expect(app.getByLabel('Input shape')).toHaveText('(None, 16, 16, 1)');

  await goToStep(app, 'Model');
  const summary = app.getByRole('table', { name: 'Model summary' });
  await expect(summary).toContainText('Conv2D');
  await expect(summary).toContainText('(None, 3)');
  await screenshot(app, 'images-3-model');

  await train(app, 6);
  await screenshot(app, 'images-4-train');

  await goToStep(app, 'Evaluate');
  const matrix = app.getByRole('table', { name: 'Confusion matrix' });
  await expect(matrix).toContainText('triangle');
  await expect(app.getByRole('table', { name: 'Per-class metrics' })).toContainText('square');
  const cell = app.getByRole('button', { name: /^[1-9]\d* \d+%: actual circle, predicted circle\. Show the images\.$/ });
  await cell.click();
  const panel = app.getByRole('region', { name: 'Images in this cell' });
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('img').first()).toHaveAccessibleName(/circle-\d+\.png: actual circle, predicted circle \(\d+%\)/);
  await expect(panel).toContainText('%');
  await screenshot(app, 'images-5-evaluate');
});

test('a folder with a corrupt file lists it as skipped and still trains', async ({ app }) => {
  const root = join(mkdtempSync(join(tmpdir(), 'layerbench-images-')), 'mini-shapes');
  for (const label of ['circle', 'square']) {
    mkdirSync(join(root, label), { recursive: true });
    for (const name of readdirSync(join(SAMPLE, label)).sort().slice(0, 15)) copyFileSync(join(SAMPLE, label, name), join(root, label, name));
  }
  writeFileSync(join(root, 'circle', 'bad.png'), Buffer.from('this is not a PNG at all, just some garbage bytes \x00\x01\x02'));
  // 312 bytes declaring 20,000 × 20,000 pixels: refused from its header, before the browser decodes it.
  copyFileSync('test/fixtures/bad/png-bomb-20000.png', join(root, 'square', 'huge.png'));

  await app.getByLabel('Choose an image folder').setInputFiles(root);
  await expect(app.getByText(/30 images in 2 classes/)).toBeVisible();
  const skipped = app.getByRole('list', { name: 'Skipped files' });
  await expect(skipped).toContainText('circle/bad.png');
  await expect(skipped).toContainText('square/huge.png');
  await expect(skipped).toContainText('is 20,000 × 20,000 pixels (400 megapixels); Layerbench reads images up to 40 megapixels.');
  await screenshot(app, 'images-6-skipped');

  await train(app, 3);
  await goToStep(app, 'Evaluate');
  await expect(app.getByRole('table', { name: 'Confusion matrix' })).toContainText('square');
});

test('a CSV of image paths with a numeric column trains an image regression', async ({ app }) => {
  const root = join(mkdtempSync(join(tmpdir(), 'layerbench-images-')), 'scored');
  const rows = ['file,size'];
  for (const [label, size] of [['circle', 1], ['square', 3]] as const) {
    mkdirSync(join(root, 'img', label), { recursive: true });
    readdirSync(join(SAMPLE, label))
      .sort()
      .slice(0, 20)
      .forEach((name, i) => {
        copyFileSync(join(SAMPLE, label, name), join(root, 'img', label, name));
        rows.push(`img/${label}/${name},${(size + (i % 5) * 0.05).toFixed(2)}`);
      });
  }
  writeFileSync(join(root, 'scores.csv'), rows.join('\n') + '\n');

  await app.getByLabel('Choose a CSV or TSV file').setInputFiles(join(root, 'scores.csv'));
  await expect(app.getByText(/40 rows ×/)).toBeVisible();
  const chooser = app.waitForEvent('filechooser');
  await app.getByRole('button', { name: 'Use column file as image paths' }).click();
  await (await chooser).setFiles(root);
  await expect(app.getByText(/^40 images$/)).toBeVisible();
  await expect(app.getByRole('img', { name: /^size 1: circle-000\.png$/ })).toBeVisible();
  await screenshot(app, 'images-7-csv');

  await goToStep(app, 'Shape');
  await expect(app.getByLabel('Input shape')).toHaveText('(None, 16, 16, 1)');
  await expect(app.getByText(/mean squared error/i).first()).toBeVisible();

  await train(app, 3);
  await goToStep(app, 'Evaluate');
  await expect(app.getByText('Predicted vs actual').first()).toBeVisible();
  await expect(app.getByText(/R²/).first()).toBeVisible();
  await screenshot(app, 'images-8-regression');
});
