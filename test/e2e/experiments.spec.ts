/**
 * Runs are experiments that last: trained runs are in the Experiments list after a reload,
 * two runs compare side by side, a saved run predicts a new CSV that downloads, and an
 * experiment goes out as a file, is deleted (with undo) and comes back by import.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { expect, test } from './fixtures';
import { goToStep, loadSample, screenshot, setNumber, train } from './actions';

async function trainPenguins(app: Page, epochs: number): Promise<void> {
  await loadSample(app, 'Palmer penguins');
  await expect(app.getByText(/344 rows ×/)).toBeVisible();
  await train(app, epochs);
  await expect(app.getByText(/^Saved as experiment/)).toBeVisible();
}

/** "Save charts as PNG" downloads one .zip with a PNG per chart, each with its curves drawn in (pixels of the training colour). */
async function expectChartPngs(app: Page): Promise<void> {
  const download = app.waitForEvent('download');
  await app.getByRole('button', { name: 'Save charts as PNG' }).click();
  const zip = await download;
  expect(zip.suggestedFilename()).toMatch(/-charts\.zip$/);
  const pngs = unzipSync(new Uint8Array(readFileSync(await zip.path())));
  expect(Object.keys(pngs)).toEqual(expect.arrayContaining(['01-loss.png', '02-accuracy.png']));
  const bytes = Buffer.from(pngs['01-loss.png']!);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  const trainingPixels = await app.evaluate(async (b64) => {
    const bitmap = await createImageBitmap(new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d');
    if (!ctx) return -1;
    ctx.drawImage(bitmap, 0, 0);
    const { data } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
    let count = 0;
    // #2563eb, the training curve's blue, give or take anti-aliasing.
    for (let i = 0; i < data.length; i += 4) if (Math.abs((data[i] ?? 0) - 37) < 30 && Math.abs((data[i + 1] ?? 0) - 99) < 30 && (data[i + 2] ?? 0) > 200) count++;
    return count;
  }, bytes.toString('base64'));
  expect(trainingPixels).toBeGreaterThan(100);
  if (process.env.E2E_SCREENSHOTS) writeFileSync(`${process.env.E2E_SCREENSHOTS}/experiments-3-loss-chart.png`, bytes);
}

async function chooseFile(app: Page, button: string, path: string): Promise<void> {
  const chooser = app.waitForEvent('filechooser');
  await app.getByRole('button', { name: button }).click();
  await (await chooser).setFiles(path);
}

test('experiments: saved across a reload, compared, predicting a CSV, exported and imported', async ({ app }, testInfo) => {
  test.setTimeout(360_000);
  // Run 1, then the window reloads: the run is still there, with its charts.
  await trainPenguins(app, 3);
  await screenshot(app, 'experiments-1-train-saved');
  await app.reload();
  await goToStep(app, 'Experiments');
  const list = app.getByRole('table', { name: 'Saved experiments' });
  await expect(list.getByRole('row')).toHaveCount(2);
  await expect(list).toContainText('penguins.csv');
  await expect(list).toContainText(/Completed: 3 epochs/);
  await screenshot(app, 'experiments-2-list');
  await list.getByRole('button', { name: /^penguins\.csv/ }).click();
  await expect(app.getByRole('figure', { name: 'Loss' })).toBeVisible();
  // The chart drew its three epochs: it names the last values (the legend shows them too).
  await expect(app.getByRole('img', { name: /^Loss: Training \d\.\d+, Validation \d\.\d+ at epoch 3$/ })).toBeVisible();
  await expect(app.getByRole('figure', { name: 'Loss' }).locator('.uplot canvas')).toBeVisible();
  await expect(app.getByRole('table', { name: 'Confusion matrix' })).toContainText('Adelie');
  await screenshot(app, 'experiments-3-detail');
  await expectChartPngs(app);

  // Run 2 with other settings; the two compare, the differing setting highlighted.
  await goToStep(app, 'Data');
  await loadSample(app, 'Palmer penguins');
  await expect(app.getByText(/344 rows ×/)).toBeVisible();
  await goToStep(app, 'Train');
  await setNumber(app, 'Batch size', 16);
  await train(app, 4);
  await expect(app.getByText(/^Saved as experiment/)).toBeVisible();
  await app.getByRole('button', { name: 'Open it in Experiments' }).click();
  await expect(app.getByRole('heading', { level: 1 })).toContainText('penguins.csv');
  await app.getByRole('button', { name: '← All experiments' }).click();
  await expect(list.getByRole('row')).toHaveCount(3);
  for (const box of await list.getByRole('checkbox').all()) await box.check();
  await app.getByRole('button', { name: 'Compare selected (2)' }).click();
  const settings = app.getByRole('table', { name: 'Settings compared' });
  await expect(settings.getByRole('row', { name: /Batch size/ })).toHaveClass(/differs/);
  await expect(settings.getByRole('row', { name: /Epochs/ })).toHaveClass(/differs/);
  await expect(settings.getByRole('row', { name: /Optimizer/ })).not.toHaveClass(/differs/);
  // One line per run, each named: the legend has the epoch and the two runs.
  const overlaid = app.getByRole('figure', { name: /loss$/ });
  await expect(overlaid.locator('.u-legend .u-series')).toHaveCount(3);
  await expect(overlaid.getByRole('img')).toHaveAccessibleName(/penguins\.csv.*, penguins\.csv.* at epoch 4$/);
  await expect(app.getByRole('table', { name: 'Metrics compared' })).toContainText('Accuracy');
  await screenshot(app, 'experiments-4-compare');

  // Predict a small CSV with the newest run and download the predictions.
  await app.getByRole('button', { name: /^← All experiments/ }).click();
  await list.getByRole('row').nth(1).getByRole('button').first().click();
  // A run's page opens the Use step on it, where it predicts.
  await app.getByRole('button', { name: 'Use this model' }).click();
  await expect(app.getByRole('heading', { level: 1, name: 'Use the model' })).toBeVisible();
  await app.getByRole('tab', { name: 'A CSV file' }).click();
  const csv = testInfo.outputPath('new-penguins.csv');
  writeFileSync(
    csv,
    [
      'island,culmen_length_mm,culmen_depth_mm,flipper_length_mm,body_mass_g,sex,comment',
      'Biscoe,47.5,14.9,217,5100,MALE,a',
      'Dream,38.9,18.8,190,3600,FEMALE,b',
      'Torgersen,,,,,,c',
      'Dream,50.1,19.0,198,3900,MALE,d',
      // Text in a number column: no class for this row, and a note naming the column and the value.
      'Biscoe,46.1,abc,211,4500,FEMALE,e',
    ].join('\n'),
  );
  await chooseFile(app, 'Predict a CSV file…', csv);
  const predictions = app.getByRole('table', { name: 'Predictions' });
  await expect(predictions.getByRole('row')).toHaveCount(6);
  await expect(app.getByText(/“comment” of new-penguins\.csv is not used/)).toBeVisible();
  const refused = predictions.getByRole('row').nth(5);
  await expect(refused.getByRole('cell')).toHaveText(['5', '—', '—', '—', '—', 'No prediction: “culmen_depth_mm” holds “abc”, which is not a number.']);
  await expect(predictions.getByRole('row').nth(1).getByRole('cell').nth(1)).toHaveText(/^(Adelie|Chinstrap|Gentoo)$/);
  await expect(app.getByText(/5 rows of “new-penguins\.csv”: 4 predicted, 1 without a prediction/)).toBeVisible();
  await predictions.scrollIntoViewIfNeeded();
  await screenshot(app, 'experiments-5-predict');
  const download = app.waitForEvent('download');
  await app.getByRole('button', { name: 'Download predictions CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('new-penguins-predictions.csv');
  const lines = readFileSync(await file.path(), 'utf8').trim().split('\n');
  expect(lines[0]).toBe(
    'island,culmen_length_mm,culmen_depth_mm,flipper_length_mm,body_mass_g,sex,comment,predicted_species,probability_Adelie,probability_Chinstrap,probability_Gentoo,note',
  );
  expect(lines).toHaveLength(6);
  expect(lines[1]).toMatch(/,(Adelie|Chinstrap|Gentoo),[\d.e-]+,[\d.e-]+,[\d.e-]+,$/);
  expect(lines[5]).toBe('Biscoe,46.1,abc,211,4500,FEMALE,e,,,,,"No prediction: “culmen_depth_mm” holds “abc”, which is not a number."');

  // One row typed into the form.
  await app.getByRole('tab', { name: 'One row' }).click();
  await app.getByRole('button', { name: 'Predict', exact: true }).click();
  await expect(app.getByRole('table', { name: 'Class probabilities' })).toContainText('%');
  // Text typed into a number field: the note instead of a class.
  await app.getByLabel('flipper_length_mm').fill('abc');
  await app.getByRole('button', { name: 'Predict', exact: true }).click();
  await expect(app.getByRole('status').filter({ hasText: 'No prediction: “flipper_length_mm” holds “abc”, which is not a number.' })).toBeVisible();
  await expect(app.getByRole('table', { name: 'Class probabilities' })).toHaveCount(0);
  await expect(app.getByText(/Row 1 of the form/)).toHaveCount(0);
  await screenshot(app, 'experiments-5b-predict-form');

  // Back to the run's page: out as one file, deleted (undo, then for good), back by import.
  await goToStep(app, 'Experiments');
  const portable = app.waitForEvent('download');
  await app.getByRole('button', { name: 'Export experiment file' }).click();
  const portablePath = testInfo.outputPath('run.layerbench.json');
  await (await portable).saveAs(portablePath);
  const name = (await app.getByRole('heading', { level: 1 }).textContent()) ?? '';
  await app.getByRole('button', { name: '← All experiments' }).click();
  await list.getByRole('button', { name: `Delete ${name}` }).click();
  await expect(list.getByRole('row')).toHaveCount(2);
  await app.getByRole('button', { name: 'Undo' }).click();
  await expect(list.getByRole('row')).toHaveCount(3);
  await list.getByRole('button', { name: `Delete ${name}` }).click();
  await expect(list.getByRole('row')).toHaveCount(2);
  await chooseFile(app, 'Import experiment…', portablePath);
  await expect(app.getByText(`Imported “${name}”.`)).toBeVisible();
  await expect(list.getByRole('row')).toHaveCount(3);
  await screenshot(app, 'experiments-6-imported');
});

test('re-running with the same data, settings, seed and backend says the metrics agree', async ({ app }) => {
  await loadSample(app, 'Palmer penguins');
  await expect(app.getByText(/344 rows ×/)).toBeVisible();
  await train(app, 3, 'WebAssembly');
  await expect(app.getByText(/^Saved as experiment/)).toBeVisible();
  await train(app, 3, 'WebAssembly');
  await expect(app.getByRole('status').filter({ hasText: /^Same data, settings, seed and backend as “.+”: the metrics agree to 1e-6\.$/ })).toBeVisible();
  await screenshot(app, 'experiments-7-reproduced');
});

test('a run cut short by closing the window is kept, interrupted at its last saved epoch, with its weights', async ({ app }) => {
  await loadSample(app, 'Palmer penguins');
  await expect(app.getByText(/344 rows ×/)).toBeVisible();
  await goToStep(app, 'Train');
  await setNumber(app, 'Epochs', 500);
  await app.getByLabel('Backend', { exact: true }).selectOption({ label: 'WebAssembly' });
  await app.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(app.getByRole('progressbar', { name: 'Training progress' })).toBeVisible();
  // A few epochs in (the best weights are written at most every 2 s), the window goes away mid-run.
  await expect(app.getByText(/^Epoch (1\d|[2-9]\d) of 500 ·/)).toBeVisible({ timeout: 60_000 });
  await app.waitForTimeout(2500);
  await app.reload();
  await goToStep(app, 'Experiments');
  const list = app.getByRole('table', { name: 'Saved experiments' });
  await expect(list).toContainText(/Interrupted at epoch \d+ of 500/);
  await list.getByRole('button', { name: /^penguins\.csv/ }).click();
  // Its best weights came along: it can still predict and export.
  await expect(app.getByRole('button', { name: 'Export model…' })).toBeEnabled();
  await expect(app.getByRole('figure', { name: 'Loss' })).toBeVisible();
  await screenshot(app, 'experiments-8-interrupted');
});

/** What the train worker stores when the disk is full as training ends (src/workers/experiment-save-errors.ts). */
const WEIGHTS_NOT_KEPT =
  'The trained model was not kept: the storage space was full when training ended. The curves and the evaluation are saved, but this run cannot predict or export its model.';

/**
 * Edits the app's IndexedDB as a full disk and a damaged file would leave it: the trained run
 * completed without its weights, and two records that no longer pass validation (one still
 * "running", which start-up cannot mark interrupted).
 */
async function damageStore(app: Page, weightsNotKept: string): Promise<void> {
  await app.evaluate(async (sentence) => {
    const done = <T>(request: IDBRequest<T>): Promise<T> =>
      new Promise((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
      });
    const db = await done(indexedDB.open('layerbench', 1));
    const tx = db.transaction(['experiments', 'weights'], 'readwrite');
    const experiments = tx.objectStore('experiments');
    const [run] = (await done(experiments.getAll())) as Record<string, unknown>[];
    if (!run) throw new Error('no trained run to edit');
    const { bestEpoch: _bestEpoch, ...rest } = run;
    experiments.put({ ...rest, hasWeights: false, weightsNotKept: sentence });
    tx.objectStore('weights').delete(String(run.id));
    experiments.put({ version: 1, id: 'damaged-1', name: 'Broken run', createdAt: Date.UTC(2026, 0, 5, 9, 30), status: 'running', history: [] });
    experiments.put({ id: 'damaged-2', name: 42, status: 'completed' });
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    });
    db.close();
  }, weightsNotKept);
}

test('damaged runs are listed with what is wrong and can be deleted; a run whose model was not kept says why', async ({ app }) => {
  await trainPenguins(app, 2);
  await damageStore(app, WEIGHTS_NOT_KEPT);
  await app.reload();
  await goToStep(app, 'Experiments');

  const list = app.getByRole('table', { name: 'Saved experiments' });
  await expect(list.getByRole('row')).toHaveCount(2);
  await expect(list).toContainText(/Completed: 2 epochs/);
  await expect(list).toContainText(WEIGHTS_NOT_KEPT);

  const damaged = app.getByRole('table', { name: 'Damaged runs' });
  await expect(damaged.getByRole('row')).toHaveCount(3);
  const broken = damaged.getByRole('row', { name: /Broken run/ });
  await expect(broken).toContainText('damaged-1');
  await expect(broken).toContainText('2026');
  await expect(broken).toContainText(/Parts of it are missing: its notes, the date of its last change, the dataset it used, its task,? and \d+ more\./);
  const unnamed = damaged.getByRole('row', { name: /damaged-2/ });
  await expect(unnamed).toContainText('Name cannot be read');
  await expect(unnamed).toContainText('Unknown');
  await screenshot(app, 'experiments-9-damaged');

  await damaged.getByRole('button', { name: 'Delete damaged Broken run' }).click();
  await expect(damaged.getByRole('row')).toHaveCount(2);
  await damaged.getByRole('button', { name: 'Delete damaged run damaged-2' }).click();
  await expect(app.getByRole('table', { name: 'Damaged runs' })).toHaveCount(0);
  // Gone for good: not back after a restart; the readable run is untouched.
  await app.reload();
  await goToStep(app, 'Experiments');
  await expect(list.getByRole('row')).toHaveCount(2);
  await expect(app.getByRole('heading', { name: 'Damaged runs' })).toHaveCount(0);

  // The run's own page says why it cannot predict.
  await list.getByRole('button', { name: /^penguins\.csv/ }).click();
  await expect(app.getByText(WEIGHTS_NOT_KEPT)).toBeVisible();
  await expect(app.getByRole('table', { name: 'Confusion matrix' })).toContainText('Adelie');
  // No model to use: the page offers none.
  await expect(app.getByRole('button', { name: 'Use this model' })).toHaveCount(0);
  await screenshot(app, 'experiments-10-model-not-kept');
});

/** The epoch the Train step shows now (of a 500-epoch run). */
async function shownEpoch(app: Page): Promise<number> {
  const text = (await app.getByText(/^Epoch \d+ of 500 ·/).textContent()) ?? '';
  return Number(/^Epoch (\d+)/.exec(text)?.[1] ?? 0);
}

/** Starts a long run and comes back once a few epochs are saved. */
async function startLongRun(app: Page): Promise<void> {
  await goToStep(app, 'Train');
  await setNumber(app, 'Epochs', 500);
  await app.getByLabel('Backend', { exact: true }).selectOption({ label: 'WebAssembly' });
  await app.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(app.getByText(/^Epoch ([3-9]|\d\d+) of 500 ·/)).toBeVisible({ timeout: 60_000 });
}

/** Lets the run save more epochs (on the Train step), then stops it. */
async function trainOnThenStop(app: Page): Promise<void> {
  await goToStep(app, 'Train');
  const from = await shownEpoch(app);
  await expect.poll(() => shownEpoch(app), { timeout: 60_000 }).toBeGreaterThan(from + 5);
  await app.getByRole('button', { name: 'Stop', exact: true }).click();
}

test('a run renamed, annotated or deleted while it trains keeps what the user did', async ({ app }) => {
  test.setTimeout(240_000);
  await loadSample(app, 'Palmer penguins');
  await expect(app.getByText(/344 rows ×/)).toBeVisible();

  // Renamed and annotated during training: the epochs saved after that keep both.
  await startLongRun(app);
  await goToStep(app, 'Experiments');
  const list = app.getByRole('table', { name: 'Saved experiments' });
  await expect(list).toContainText(/Running: epoch \d+ of 500/);
  await list.getByRole('button', { name: /^Rename penguins\.csv/ }).click();
  await app.getByLabel('New name').fill('Renamed while training');
  await app.getByLabel('New name').press('Enter');
  await list.getByRole('button', { name: 'Renamed while training', exact: true }).click();
  await app.getByLabel('Notes').fill('typed during the run');
  await app.getByLabel('Notes').blur();
  await trainOnThenStop(app);
  await expect(app.getByText('Saved as experiment “Renamed while training”.')).toBeVisible();
  await app.reload();
  await goToStep(app, 'Experiments');
  await expect(list.getByRole('row')).toHaveCount(2);
  await expect(list).toContainText(/Stopped at epoch \d+ of 500/);
  await list.getByRole('button', { name: 'Renamed while training', exact: true }).click();
  await expect(app.getByLabel('Notes')).toHaveValue('typed during the run');

  // Deleted during training: it does not come back, neither during the run nor at its end.
  await goToStep(app, 'Data');
  await loadSample(app, 'Palmer penguins');
  await expect(app.getByText(/344 rows ×/)).toBeVisible();
  await startLongRun(app);
  await goToStep(app, 'Experiments');
  await app.getByRole('button', { name: '← All experiments' }).click(); // the step reopens on the run last opened
  await expect(list.getByRole('row')).toHaveCount(3);
  await list.getByRole('button', { name: /^Delete penguins\.csv/ }).click();
  await expect(list.getByRole('row')).toHaveCount(2);
  await trainOnThenStop(app);
  await expect(app.getByText(/^This run is not saved: its experiment “penguins\.csv.*” was deleted while it trained\.$/)).toBeVisible();
  await goToStep(app, 'Experiments');
  await expect(list.getByRole('row')).toHaveCount(2);
  await app.reload();
  await goToStep(app, 'Experiments');
  await expect(list.getByRole('row')).toHaveCount(2);
  await expect(list).toContainText('Renamed while training');
});
