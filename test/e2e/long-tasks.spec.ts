/**
 * Issue 5's responsiveness figure: the UI thread's long tasks (> 50 ms, PerformanceObserver
 * 'longtask') while a training run goes on, for the penguins sample and for a generated
 * 100,000-row table; and, for that table, from its drop to the Model step (its plan and the
 * designer's analysis arrive then). Reported as figures (console, test annotations and
 * test-results/long-tasks-*.json), never asserted against a time: machines differ.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { dropFile, goToStep, loadSample, setNumber } from './actions';
import type { Page } from '@playwright/test';

interface LongTask { readonly start: number; readonly duration: number }
declare global {
  interface Window { __longTasks?: LongTask[] }
}

/** Starts recording long tasks (once per page: a second observer would record each task twice). */
async function observeLongTasks(app: Page): Promise<void> {
  const supported = await app.evaluate(() => {
    if (!PerformanceObserver.supportedEntryTypes.includes('longtask')) return false;
    if (window.__longTasks) return true;
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks?.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask' });
    return true;
  });
  expect(supported, 'this Chromium reports long tasks').toBe(true);
}

/** The long tasks that started between `started` (performance.now()) and now, written as a figure. */
async function reportLongTasks(app: Page, name: string, started: number, extra: Record<string, unknown>): Promise<void> {
  const ended = await app.evaluate(() => performance.now());
  const tasks = (await app.evaluate(() => window.__longTasks ?? [])).filter((t) => t.start >= started && t.start <= ended);
  const figure = {
    scenario: name,
    ...extra,
    runMs: Math.round(ended - started),
    longTasks: tasks.length,
    longestMs: Math.round(Math.max(0, ...tasks.map((t) => t.duration))),
    totalLongMs: Math.round(tasks.reduce((s, t) => s + t.duration, 0)),
    /** Each long task as [ms after the start, duration ms]. */
    tasks: tasks.map((t) => [Math.round(t.start - started), Math.round(t.duration)]),
  };
  console.log(`long tasks (${name}): ${JSON.stringify(figure)}`);
  test.info().annotations.push({ type: 'long-tasks', description: JSON.stringify(figure) });
  mkdirSync('test-results', { recursive: true });
  writeFileSync(join('test-results', `long-tasks-${name}.json`), `${JSON.stringify(figure, null, 2)}\n`);
}

/** Trains with `epochs` and reports the long tasks between the click on Train and the end of the run. */
async function trainAndMeasure(app: Page, name: string, epochs: number): Promise<void> {
  await goToStep(app, 'Train');
  await setNumber(app, 'Epochs', epochs);
  await observeLongTasks(app);
  const started = await app.evaluate(() => performance.now());
  await app.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(app.getByLabel('Backend in use')).toHaveAttribute('data-backend', /\w+/, { timeout: 300_000 });
  const backend = await app.getByLabel('Backend in use').getAttribute('data-backend');
  await reportLongTasks(app, name, started, { epochs, backend });
  // The run itself must have happened: epochs on the curves, an evaluation to look at.
  await goToStep(app, 'Evaluate');
  await expect(app.getByText(/Baseline/).first()).toBeVisible();
}

test('long tasks on the UI thread while the penguins sample trains', async ({ app }) => {
  await loadSample(app, 'Palmer penguins');
  await expect(app.getByText(/344 rows ×/)).toBeVisible();
  await trainAndMeasure(app, 'penguins', 40);
});

test('long tasks on the UI thread while a 100,000-row table trains', async ({ app }, info) => {
  const rows = ['x1,x2,x3,x4,group,y'];
  let seed = 7;
  const rand = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let i = 0; i < 100_000; i++) {
    const [a, b, c, d] = [rand(), rand(), rand(), rand()];
    const group = ['north', 'south', 'east'][i % 3];
    rows.push(`${a.toFixed(4)},${b.toFixed(4)},${c.toFixed(4)},${d.toFixed(4)},${group},${(3 * a - 2 * b + c * d + rand() * 0.1).toFixed(4)}`);
  }
  const file = info.outputPath('generated-100k.csv');
  writeFileSync(file, `${rows.join('\n')}\n`);
  await observeLongTasks(app);
  // From the end of the drop: building the dropped file inside the page is the test's own work.
  await dropFile(app, file);
  const dropped = await app.evaluate(() => performance.now());
  await expect(app.getByText(/100,000 rows ×/)).toBeVisible({ timeout: 60_000 });
  await goToStep(app, 'Shape');
  await app.getByLabel('Target column').selectOption('y');
  await goToStep(app, 'Model');
  await expect(app.getByText(/Valid: \d+ layers/)).toBeVisible();
  await reportLongTasks(app, 'table-100k-loading', dropped, {});
  await trainAndMeasure(app, 'table-100k', 3);
});
