/**
 * "Export model…" in the browser build is one thing: exactly one download, a .zip, that the
 * built `layerbench predict` reads as it is, that TensorFlow.js alone loads, and that the
 * Experiments import turns back into a run that predicts.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import type { Download } from '@playwright/test';
import { unzipSync } from 'fflate';
import { expect, test } from './fixtures';
import { goToStep, loadSample, screenshot, train } from './actions';

test('export model: one .zip download that layerbench predict, TensorFlow.js and the import read', async ({ app, appHost }, testInfo) => {
  test.skip(appHost === 'electron', 'Electron saves the model into a folder chosen in a native dialog, not a download.');
  test.setTimeout(300_000);
  await loadSample(app, 'Palmer penguins');
  await expect(app.getByText(/344 rows ×/)).toBeVisible();
  await train(app, 3);
  await expect(app.getByText(/^Saved as experiment/)).toBeVisible();
  await goToStep(app, 'Experiments');
  const list = app.getByRole('table', { name: 'Saved experiments' });
  await list.getByRole('button', { name: /^penguins\.csv/ }).click();

  const downloads: Download[] = [];
  app.on('download', (d) => void downloads.push(d));
  await app.getByRole('button', { name: 'Export model…' }).click();
  const saved = app.getByRole('status').filter({ hasText: /^Saved “penguins-mlp-[\d-]+\.zip”: model\.json, the weights, preprocessing\.json, the Keras code \(model\.py\), a Keras training script \(train\.py, requirements\.txt\) and manifest\.json, in one \.zip\./ });
  await expect(saved).toBeVisible();
  await screenshot(app, 'export-zip-1-saved');
  // Any second download would have started by now.
  await app.waitForTimeout(1500);
  expect(downloads.map((d) => d.suggestedFilename())).toEqual([expect.stringMatching(/^penguins-mlp-\d{4}-\d\d-\d\d-\d{4}\.zip$/)]);
  const zipPath = testInfo.outputPath('penguins-model.zip');
  await downloads[0]!.saveAs(zipPath);
  const entries = unzipSync(new Uint8Array(readFileSync(zipPath)));
  expect(Object.keys(entries).sort()).toEqual(['manifest.json', 'model.json', 'model.py', 'preprocessing.json', 'requirements.txt', 'train.py', 'weights.bin']);

  // The built CLI predicts new rows from the zip as it was downloaded.
  const csv = testInfo.outputPath('new-penguins.csv');
  writeFileSync(csv, 'island,culmen_length_mm,culmen_depth_mm,flipper_length_mm,body_mass_g,sex\nBiscoe,45.1,14.5,215,5000,FEMALE\nDream,49.0,18.4,195,3700,MALE\nTorgersen,38.6,21.2,191,3800,MALE\n');
  const cli = spawnSync(process.execPath, ['bin/layerbench.mjs', 'predict', zipPath, csv], { encoding: 'utf8', timeout: 120_000, env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '' } });
  expect(cli.status, cli.stderr).toBe(0);
  const lines = cli.stdout.trim().split('\n');
  expect(lines[0]).toBe('island,culmen_length_mm,culmen_depth_mm,flipper_length_mm,body_mass_g,sex,predicted_species,probability_Adelie,probability_Chinstrap,probability_Gentoo,note');
  expect(lines).toHaveLength(4);
  for (const line of lines.slice(1)) expect(line).toMatch(/,(Adelie|Chinstrap|Gentoo),[\d.e-]+,[\d.e-]+,[\d.e-]+,$/);

  // TensorFlow.js alone, in its own process, loads the same zip and agrees with the CLI.
  const script = execFileSync(process.execPath, ['test/fixtures/load-model-zip.mjs', zipPath, csv], { encoding: 'utf8', timeout: 120_000, stdio: ['ignore', 'pipe', 'ignore'] });
  const tfjs = JSON.parse(script.trim().split('\n').pop() ?? '') as { predicted: string }[];
  expect(tfjs.map((r) => r.predicted)).toEqual(lines.slice(1).map((l) => l.split(',')[6]));

  // Back into the app: the zip becomes a run with no training history that still predicts.
  await app.getByRole('button', { name: '← All experiments' }).click();
  const chooser = app.waitForEvent('filechooser');
  await app.getByRole('button', { name: 'Import experiment…' }).click();
  await (await chooser).setFiles(zipPath);
  await expect(app.getByText(/^Imported “penguins\.csv · MLP [\d-]+ · .+”\.$/)).toBeVisible();
  await expect(list.getByRole('row')).toHaveCount(3);
  await expect(list).toContainText('Imported model: no training history');
  await list.getByRole('row').filter({ hasText: 'Imported model: no training history' }).getByRole('button', { name: /^penguins\.csv/ }).click();
  await expect(app.getByText('Imported model: no training history')).toBeVisible();
  await expect(app.getByText(/^This model was imported from “penguins-model\.zip”: it was trained elsewhere/)).toBeVisible();
  await expect(app.getByRole('figure', { name: 'Loss' })).toHaveCount(0);
  await screenshot(app, 'export-zip-2-imported');
  await app.getByRole('button', { name: 'Use this model' }).click();
  await app.getByRole('tab', { name: 'One row' }).click();
  await app.getByRole('button', { name: 'Predict', exact: true }).click();
  await expect(app.getByRole('table', { name: 'Class probabilities' })).toContainText('%');
  await screenshot(app, 'export-zip-3-imported-predicts');
});
