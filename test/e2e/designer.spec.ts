/** The model designer, used by mouse and keyboard as an analyst learning shapes would. */
import { readFileSync } from 'node:fs';
import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import { goToStep, loadSample, screenshot } from './actions';

/** The layers of the stack in order, as their name buttons read: "dense (Dense)". */
async function layerOrder(summary: Locator): Promise<string[]> {
  const names = await summary.getByRole('button', { name: /^\w+ \(\w+\)$/ }).allInnerTexts();
  return names.map((n) => /\((\w+)\)$/.exec(n.trim())?.[1] ?? n);
}

test('the designer: add a layer, follow the advice, reorder by keyboard, undo, read the Keras code', async ({ app, appHost }) => {
  await loadSample(app, 'Palmer penguins');
  await expect(app.getByText(/344 rows ×/)).toBeVisible();
  await goToStep(app, 'Model');

  const summary = app.getByRole('table', { name: 'Model summary' });
  await expect(summary).toContainText('(None, 3)');
  const proposed = await layerOrder(summary);
  expect(proposed.at(-1)).toBe('Dense');
  await expect(app.getByRole('status').filter({ hasText: /^✔ Valid/ })).toBeVisible();
  await screenshot(app, 'designer-1-valid');

  // By mouse: select the first Dense, add an LSTM after it from the catalogue.
  await summary.getByRole('button', { name: /\(Dense\)$/ }).first().click();
  await app.getByRole('button', { name: 'Add layer' }).click();
  const catalogue = app.getByRole('dialog', { name: 'Layer catalogue' });
  await expect(catalogue).toBeVisible();
  await expect(catalogue).toContainText('Recurrent');
  await catalogue.getByRole('button', { name: 'LSTM', exact: true }).click();
  await expect(catalogue).toBeHidden();
  expect((await layerOrder(summary)).slice(0, 2)).toEqual(['Dense', 'LSTM']);

  // The LSTM cannot read a row of values: advice at the layer, with the shapes and a fix.
  const advice = summary.getByRole('group', { name: 'Advice for layer 2' });
  await expect(advice).toContainText('Needs a fix');
  await expect(advice).toContainText('Expected:');
  await expect(advice).toContainText('(None, timesteps, features)');
  await expect(advice).toContainText(/Got:\s*\(None, \d+\)/);
  await expect(app.getByText('Training waits until the advice above is followed.')).toBeVisible();
  await screenshot(app, 'designer-2-advice');
  // 1280×800 without horizontal scrolling, advice and all.
  expect(await app.evaluate(() => Array.from(document.querySelectorAll('.panel, .table-scroll')).every((e) => e.scrollWidth <= e.clientWidth))).toBe(true);

  await goToStep(app, 'Train');
  await expect(app.getByRole('button', { name: 'Train', exact: true })).toBeDisabled();
  await expect(app.getByText(/Layer 2 \(.+\) needs a fix on the Model step/)).toBeVisible();
  await goToStep(app, 'Model');

  const fix = advice.getByRole('button', { name: /^Reshape to \(\d+, 1\)$/ });
  const width = Number(/\((\d+), 1\)/.exec((await fix.innerText()).trim())?.[1]);
  await fix.click();
  await expect(summary.getByRole('group', { name: /^Advice for layer/ })).toHaveCount(0);
  expect((await layerOrder(summary)).slice(0, 3)).toEqual(['Dense', 'Reshape', 'LSTM']);
  await expect(summary).toContainText(`(None, ${width}, 1)`);
  await expect(summary).toContainText('(None, 32)');
  await expect(summary).toContainText('(None, 3)');
  await expect(app.getByRole('status').filter({ hasText: /^✔ Valid/ })).toBeVisible();

  // By keyboard: the LSTM (layer 3) moves up above the Reshape; undo puts it back.
  const before = await layerOrder(summary);
  await summary.getByRole('button', { name: /\(LSTM\)$/ }).click();
  await app.keyboard.press('Alt+ArrowUp');
  expect((await layerOrder(summary)).slice(0, 3)).toEqual(['Dense', 'LSTM', 'Reshape']);
  await expect(summary.getByRole('button', { name: /\(LSTM\)$/ })).toBeFocused();
  await expect(summary.getByRole('group', { name: 'Advice for layer 2' })).toBeVisible();
  await app.keyboard.press('Control+z');
  expect(await layerOrder(summary)).toEqual(before);
  await app.keyboard.press('Control+Shift+z');
  expect((await layerOrder(summary)).slice(0, 3)).toEqual(['Dense', 'LSTM', 'Reshape']);
  await app.getByRole('button', { name: 'Undo', exact: true }).click();
  expect(await layerOrder(summary)).toEqual(before);

  // Per-layer buttons carry the layer's position in their names.
  await summary.getByRole('button', { name: 'Duplicate layer 1' }).click();
  expect((await layerOrder(summary)).slice(0, 2)).toEqual(['Dense', 'Dense']);
  await summary.getByRole('button', { name: 'Delete layer 2' }).click();
  expect(await layerOrder(summary)).toEqual(before);

  // By mouse: drag the LSTM's row onto the top half of the first row, then undo.
  const rows = summary.locator('tbody.layer-group > tr.layer-row');
  await rows.nth(2).dragTo(rows.first(), { targetPosition: { x: 40, y: 3 } });
  expect((await layerOrder(summary)).slice(0, 3)).toEqual(['LSTM', 'Dense', 'Reshape']);
  await app.keyboard.press('Control+z');
  expect(await layerOrder(summary)).toEqual(before);

  // A glossary term opens its entry; Escape closes it.
  const term = summary.getByRole('button', { name: 'units', exact: true }).first();
  await term.click();
  const entry = app.getByRole('dialog', { name: /^Glossary: units/i });
  await expect(entry).toBeVisible();
  await screenshot(app, 'designer-4-glossary');
  await app.keyboard.press('Escape');
  await expect(entry).toBeHidden();

  // The same model as Keras code, copyable.
  if (appHost === 'chromium') await app.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await app.getByRole('tab', { name: 'Keras code' }).click();
  const code = app.getByRole('tabpanel', { name: 'Keras code' });
  await expect(code).toContainText('keras.Sequential');
  await expect(code).toContainText('layers.Dense(3, activation="softmax")');
  await expect(code).toContainText('layers.LSTM(32');
  await code.getByRole('button', { name: 'Copy' }).click();
  await expect(code.getByRole('button', { name: 'Copied' })).toBeVisible();
  expect(await app.evaluate(() => navigator.clipboard.readText())).toContain('keras.Sequential');
  await screenshot(app, 'designer-3-keras');

  if (appHost !== 'chromium') return; // the Electron run would show native dialogs
  // The model spec file: saved as a download, opened through the file chooser.
  const download = app.waitForEvent('download');
  await app.getByRole('button', { name: 'Save model spec…' }).click();
  const saved = await download;
  expect(saved.suggestedFilename()).toBe('model-spec.json');
  const text = readFileSync(await saved.path(), 'utf8');
  const spec = JSON.parse(text) as { inputShape: number[]; layers: { type: string }[] };
  expect(spec.layers.map((l) => l.type).slice(0, 3)).toEqual(['dense', 'reshape', 'lstm']);

  await app.getByRole('button', { name: 'Delete layer 2' }).click();
  const chooser = app.waitForEvent('filechooser');
  await app.getByRole('button', { name: 'Open model spec…' }).click();
  await (await chooser).setFiles({ name: 'model-spec.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(app.getByText(/Opened “model-spec.json”/)).toBeVisible();
  expect(await layerOrder(summary)).toEqual(before);
});
