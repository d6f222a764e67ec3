/**
 * A confusion matrix of many classes at 1280×800: ten classes fit their card whole (every cell
 * inside it, nothing to scroll sideways); fifteen scroll inside their own box and say so.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { createRng } from '../../src/core/random';
import { dropFile, goToStep, screenshot, train } from './actions';

/** `classes` classes × `perClass` rows of 8 features around a centre of their own: well separated. */
function separableCsv(name: string, labels: readonly string[], perClass: number): string {
  const rand = createRng(7);
  const centres = labels.map(() => Array.from({ length: 8 }, () => rand() * 10));
  const lines = [[...Array.from({ length: 8 }, (_, j) => `f${j + 1}`), 'label'].join(',')];
  for (let r = 0; r < perClass; r++) {
    labels.forEach((label, k) => {
      const values = (centres[k] ?? []).map((c) => (c + (rand() - 0.5) * 0.6).toFixed(3));
      lines.push([...values, label].join(','));
    });
  }
  const path = join(mkdtempSync(join(tmpdir(), 'layerbench-e2e-confusion-')), name);
  writeFileSync(path, lines.join('\n'));
  return path;
}

async function trainAndEvaluate(app: Page, path: string, rows: number): Promise<void> {
  await dropFile(app, path);
  await expect(app.getByText(new RegExp(`${rows} rows ×`))).toBeVisible();
  await goToStep(app, 'Shape');
  await expect(app.getByLabel('Target column')).toHaveValue('label');
  await expect(app.getByRole('radio', { name: /Classification/ })).toBeChecked();
  await train(app, 8, 'WebAssembly');
  await goToStep(app, 'Evaluate');
}

test('ten classes: every cell of the matrix lies inside its card, with nothing to scroll', async ({ app }) => {
  const digits = Array.from({ length: 10 }, (_, k) => String(k));
  await trainAndEvaluate(app, separableCsv('digits.csv', digits, 30), 300);
  const matrix = app.getByRole('table', { name: 'Confusion matrix' });
  await expect(matrix.locator('tbody tr')).toHaveCount(10);
  const card = app.locator('section.card').filter({ has: matrix });
  const box = await card.boundingBox();
  expect(box).not.toBeNull();
  if (!box) return;
  const cells = matrix.locator('th, td');
  // The corner, 10 class names, the total; then 10 rows of a name, 10 cells and a total.
  await expect(cells).toHaveCount(12 + 10 * 12);
  for (const cell of await cells.all()) {
    const b = await cell.boundingBox();
    expect(b).not.toBeNull();
    if (!b) continue;
    expect(b.x).toBeGreaterThanOrEqual(box.x);
    expect(b.x + b.width).toBeLessThanOrEqual(box.x + box.width + 0.5);
  }
  const scroll = await app.locator('.confusion-scroll').evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
  expect(scroll.scrollWidth).toBeLessThanOrEqual(scroll.clientWidth);
  await expect(app.getByTestId('confusion-scroll-hint')).toHaveCount(0);
  // The panel itself never scrolls sideways either.
  const panel = await app.locator('main.panel').evaluate((el) => el.scrollWidth <= el.clientWidth);
  expect(panel).toBe(true);
  await matrix.scrollIntoViewIfNeeded();
  await screenshot(app, 'h6-evaluate-10-classes');
});

test('fifteen classes with long names: the matrix scrolls, says so, and keeps its row names in view', async ({ app }) => {
  const names = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliett', 'kilo', 'lima', 'mike', 'november', 'oscar'];
  const labels = names.map((n, k) => `${n}-category-${String(k + 1).padStart(2, '0')}`);
  await trainAndEvaluate(app, separableCsv('fifteen.csv', labels, 20), 300);
  const matrix = app.getByRole('table', { name: 'Confusion matrix' });
  await expect(matrix.locator('tbody tr')).toHaveCount(15);
  const hint = app.getByTestId('confusion-scroll-hint');
  await expect(hint).toBeVisible();
  await expect(hint).toHaveText('Scroll to see all 15 classes →');
  // A long name is cut short on screen, and given whole as the cell's tooltip.
  const firstRow = matrix.locator('tbody th').first();
  await expect(firstRow).toHaveAttribute('title', labels[0] ?? '');
  // Scrolled to the far right, the row's name is still where it was.
  const scroll = app.locator('.confusion-scroll');
  const before = await firstRow.boundingBox();
  await scroll.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
  await expect.poll(async () => (await firstRow.boundingBox())?.x).toBe(before?.x);
  const card = await app.locator('section.card').filter({ has: matrix }).boundingBox();
  const last = await matrix.locator('tbody tr').first().locator('td').last().boundingBox();
  expect(last && card ? last.x + last.width : Infinity).toBeLessThanOrEqual((card?.x ?? 0) + (card?.width ?? 0));
  await scroll.evaluate((el) => el.scrollTo({ left: 0 }));
  await matrix.scrollIntoViewIfNeeded();
  await screenshot(app, 'h6-evaluate-15-classes');
});
