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
  const next = app.getByRole('button', { name: 'Next: Train' });
  await expect(next).toBeDisabled();
  await expect(next).toHaveAccessibleDescription(/^Fix layer 2 \(.+\) first: its advice says how\.$/);
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

test('a batch size typed into a shape: the advice names it and one click drops it', async ({ app }) => {
  await loadSample(app, 'Shapes (generated)');
  await expect(app.getByText(/180 images in 3 classes/)).toBeVisible({ timeout: 60_000 });
  await goToStep(app, 'Model');
  const summary = app.getByRole('table', { name: 'Model summary' });
  const input = /\(None, (\d+), (\d+), (\d+)\)/.exec(await summary.locator('tr.input-row code').innerText());
  const [height, width, channels] = [input?.[1], input?.[2], input?.[3]];
  expect(height).toBeDefined();

  // A Reshape at the top, its shape typed as NumPy's x.reshape(30, h, w, c) would have it.
  await summary.getByRole('button', { name: /\(Conv2D\)$/ }).first().click();
  await app.getByRole('button', { name: 'Add layer' }).click();
  await app.getByRole('dialog', { name: 'Layer catalogue' }).getByRole('button', { name: 'Reshape', exact: true }).click();
  await summary.getByRole('button', { name: /\(Reshape\)$/ }).click();
  await app.keyboard.press('Alt+ArrowUp');
  expect((await layerOrder(summary)).slice(0, 2)).toEqual(['Reshape', 'Conv2D']);
  const target = app.getByLabel('Target shape', { exact: true });
  await target.fill(`30, ${height}, ${width}, ${channels}`);
  await target.blur();

  const advice = summary.getByRole('group', { name: 'Advice for layer 1' });
  await expect(advice).toContainText('The first number, 30, looks like a batch size: Keras keeps the batch as None');
  await expect(advice).toContainText(new RegExp(`Got:\\s*\\(30, ${height}, ${width}, ${channels}\\)`));
  await expect(summary.getByRole('group', { name: /^Advice for layer/ })).toHaveCount(1);
  await screenshot(app, 'advice-batch-size');
  expect(await app.evaluate(() => Array.from(document.querySelectorAll('.panel, .table-scroll')).every((e) => e.scrollWidth <= e.clientWidth))).toBe(true);

  await advice.getByRole('button', { name: `Reshape to (${height}, ${width}, ${channels}) instead` }).click();
  await expect(summary.getByRole('group', { name: /^Advice for layer/ })).toHaveCount(0);
  await expect(summary).toContainText(`(None, ${height}, ${width}, ${channels})`);
  await expect(app.getByRole('status').filter({ hasText: /^✔ Valid/ })).toBeVisible();
  await expect(target).toHaveValue(`${height}, ${width}, ${channels}`);
});

/** A visible text as the start of the accessible name (as WCAG advises): any case, any run of spaces. */
function namePattern(text: string): RegExp {
  return new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s*')}`, 'i');
}

/**
 * Every visible button's accessible name starts with the text it shows (WCAG 2.5.3, label in
 * name): "?" is named "? Explain units", which speaking what is on screen finds.
 * A decorative mark hidden from assistive technology ("+" of "+ Add layer") is not part of it.
 */
async function expectNamesHoldTheirText(buttons: Locator): Promise<number> {
  let checked = 0;
  for (const button of await buttons.all()) {
    if (!(await button.isVisible())) continue;
    const text = await button.evaluate((el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
      return (copy.textContent ?? '').trim();
    });
    if (text === '') continue;
    await expect(button, `the button showing “${text}”`).toHaveAccessibleName(namePattern(text));
    checked++;
  }
  return checked;
}

test('each “?” is named by what it shows; the Reshape panel’s example is the layer’s own input', async ({ app }) => {
  await loadSample(app, 'Palmer penguins');
  await expect(app.getByText(/344 rows ×/)).toBeVisible();
  await goToStep(app, 'Model');
  const summary = app.getByRole('table', { name: 'Model summary' });
  await summary.getByRole('button', { name: /\(Dense\)$/ }).first().click();

  // The settings' "?" buttons are found by the "?" they show, then the words after it.
  await expect(app.getByRole('button', { name: '? Explain units', exact: true })).toBeVisible();
  await expect(app.getByRole('button', { name: '? Explain activation', exact: true })).toBeVisible();
  const questionMarks = app.getByRole('button', { name: /^\?/ });
  expect(await questionMarks.count()).toBeGreaterThanOrEqual(2);
  for (const q of await questionMarks.all()) expect((await q.innerText()).trim()).toBe('?');
  expect(await expectNamesHoldTheirText(app.getByRole('button'))).toBeGreaterThan(10);

  // A Reshape after the first Dense: its panel works its example on (None, 64), not on a fixed (None, 9).
  await app.getByRole('button', { name: 'Add layer' }).click();
  await app.getByRole('dialog', { name: 'Layer catalogue' }).getByRole('button', { name: 'Reshape', exact: true }).click();
  await summary.getByRole('button', { name: /\(Reshape\)$/ }).click();
  const input = /^\(None, (\d+)\)/.exec((await app.locator('.layer-form .layer-io code').first().innerText()).trim());
  const width = input?.[1];
  expect(width).toBeDefined();
  const form = app.locator('.layer-form');
  await expect(form).toContainText(`e.g. (None, ${width}) → (None, ${width}, 1): ${width} timesteps of 1 feature`);
  await expect(form).not.toContainText('(None, 9) → (None, 9, 1)');
  await expect(form).not.toContainText(/\(\d+,\)/);
  await screenshot(app, 'words-reshape-panel');
  expect(await expectNamesHoldTheirText(form.getByRole('button'))).toBeGreaterThanOrEqual(1);

  // Its "?" opens the glossary; the batch of the input row opens the new entry.
  await app.getByRole('button', { name: '? Explain target shape', exact: true }).click();
  await expect(app.getByRole('dialog', { name: 'Glossary: Reshape' })).toBeVisible();
  await app.keyboard.press('Escape');
  await summary.locator('tr.explain-row').first().getByRole('button', { name: 'batch', exact: true }).click();
  const batch = app.getByRole('dialog', { name: 'Glossary: Batch' });
  await expect(batch).toContainText('while training and while predicting alike');
  await screenshot(app, 'words-glossary-batch');
  await app.keyboard.press('Escape');
  await expect(batch).toBeHidden();
});
