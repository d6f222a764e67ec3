/** After Evaluate, the Use step: the trained model tried on a row typed in, and on images dropped or chosen. */
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { goToStep, loadSample, screenshot, train } from './actions';

const SHAPES = 'resources/samples/shapes';
const SHAPE_CLASSES = /^Predicted: (circle|square|triangle)$/;

test('penguins: Evaluate → Next → Use, one row typed in gets its class probabilities', async ({ app }) => {
  await loadSample(app, 'Palmer penguins');
  await expect(app.getByText(/344 rows ×/)).toBeVisible();
  await train(app, 5);
  await goToStep(app, 'Evaluate');
  await expect(app.getByRole('table', { name: 'Confusion matrix' })).toBeVisible({ timeout: 120_000 });
  await app.getByRole('button', { name: 'Next: use the model' }).click();

  await expect(app.getByRole('heading', { level: 1, name: 'Use the model' })).toBeVisible();
  await expect(app.getByText(/^The model of the current run: penguins/)).toBeVisible();
  const rail = app.getByRole('navigation');
  await expect(rail.getByRole('button', { name: /^\d+\s*Use\s+penguins/ })).toHaveAttribute('aria-current', 'step');

  const form = app.getByRole('form', { name: 'Predict one row' });
  await form.getByLabel('island').selectOption('Biscoe');
  await form.getByLabel('culmen_length_mm').fill('47.5');
  await form.getByLabel('culmen_depth_mm').fill('14.8');
  await form.getByLabel('flipper_length_mm').fill('215');
  await form.getByLabel('body_mass_g').fill('5200');
  await form.getByRole('button', { name: 'Predict' }).click();

  const bars = form.getByRole('table', { name: 'Class probabilities' });
  await expect(bars.getByRole('row')).toHaveCount(3);
  const texts = await bars.getByRole('row').allInnerTexts();
  const percents = texts.map((text) => Number(/([\d.]+)%/.exec(text)?.[1] ?? NaN));
  expect(percents.every(Number.isFinite)).toBe(true);
  expect(Math.abs(percents.reduce((a, b) => a + b, 0) - 100)).toBeLessThan(0.5);
  // Most likely first; the first row is the one marked as predicted, and only it.
  expect([...percents].sort((a, b) => b - a)).toEqual(percents);
  await expect(bars.getByRole('row').filter({ hasText: '(predicted)' })).toHaveCount(1);
  const predicted = /^(Adelie|Chinstrap|Gentoo)/.exec(texts[0] ?? '')?.[1];
  expect(predicted).toBeDefined();
  await expect(form.getByText(new RegExp(`^Predicted species: ${predicted}$`))).toBeVisible();
  await screenshot(app, 'use-penguins');
});

test('shapes: an image chosen and one dropped on the zone get one of the sample’s classes', async ({ app }) => {
  await loadSample(app, 'Shapes (generated)');
  await expect(app.getByText(/180 images in 3 classes/)).toBeVisible();
  await train(app, 6);
  await goToStep(app, 'Evaluate');
  await expect(app.getByRole('table', { name: 'Confusion matrix' })).toBeVisible({ timeout: 120_000 });
  await app.getByRole('navigation').getByRole('button', { name: /^\d+\s*Use/ }).click();
  await expect(app.getByRole('heading', { level: 1, name: 'Use the model' })).toBeVisible();

  // Chosen with the button's file input.
  await app.getByLabel('Images to predict').setInputFiles(`${SHAPES}/circle/circle-000.png`);
  const results = app.getByRole('list', { name: 'Predictions for your images' });
  const first = results.getByRole('listitem').filter({ hasText: 'circle-000.png' });
  await expect(first.getByText(SHAPE_CLASSES)).toBeVisible();
  await expect(first.getByRole('img', { name: 'circle-000.png' })).toBeVisible();
  await expect(first.getByRole('table', { name: 'Class probabilities' }).getByRole('row')).toHaveCount(3);

  // Dropped on the zone, as a user dragging it from the file manager would: predicted, not opened as data.
  const bytes = readFileSync(`${SHAPES}/triangle/triangle-001.png`).toString('base64');
  const transfer = await app.evaluateHandle((b64) => {
    const data = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const dt = new DataTransfer();
    dt.items.add(new File([data], 'triangle-001.png', { type: 'image/png' }));
    return dt;
  }, bytes);
  const zone = app.getByRole('group', { name: 'Images to try' });
  await zone.dispatchEvent('dragenter', { dataTransfer: transfer });
  await zone.dispatchEvent('dragover', { dataTransfer: transfer });
  await zone.dispatchEvent('drop', { dataTransfer: transfer });
  const dropped = results.getByRole('listitem').filter({ hasText: 'triangle-001.png' });
  await expect(dropped.getByText(SHAPE_CLASSES)).toBeVisible();
  await expect(results.getByRole('listitem')).toHaveCount(2);
  // The window's own drop did not take the image for data to open.
  await expect(app.getByRole('heading', { level: 1, name: 'Use the model' })).toBeVisible();
  await expect(app.getByRole('navigation').getByRole('button', { name: /^\d+\s*Data\s+shapes/ })).toBeVisible();
  await screenshot(app, 'use-shapes');
});
