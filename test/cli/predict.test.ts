/** `layerbench predict DIR NEW.csv` through the built CLI equals predictTable on the same model. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadModelFolder, loadPreprocessing } from '../../src/cli/predict-command';
import { parseCsvText } from '../../src/core/data/csv';
import { predictTable } from '../../src/core/experiment/predict';

const BIN = 'bin/layerbench.mjs';
let root = '';
const runCli = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 120_000 });

beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build-cli.mjs'], { stdio: 'inherit' });
  root = mkdtempSync(join(tmpdir(), 'layerbench-predict-'));
  for (const [name, file, target] of [['mpg', 'auto-mpg.csv', 'mpg'], ['penguins', 'penguins.csv', 'species']] as const) {
    const r = runCli(['train', `resources/samples/${file}`, '--target', target, '--epochs', '3', '--backend', 'cpu', '--out', join(root, name)]);
    if (r.status !== 0) throw new Error(r.stderr);
  }
  // New rows: a few penguins without their species, one with an island no training row had.
  writeFileSync(join(root, 'new.csv'), 'island,culmen_length_mm,culmen_depth_mm,flipper_length_mm,body_mass_g,sex,tag\nBiscoe,45.1,14.5,215,5000,FEMALE,a\nDream,,18.4,190,3500,MALE,b\nAtlantis,38,17,185,3400,FEMALE,c\n');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function inProcess(dir: string, csv: string) {
  await tf.setBackend('cpu');
  const model = await loadModelFolder(dir);
  const table = await predictTable(model, loadPreprocessing(dir), await parseCsvText(csv, 'new.csv'));
  model.dispose();
  return table;
}

describe('layerbench predict', () => {
  it('classification: probabilities and labels equal predictTable (1e-6)', async () => {
    const out = join(root, 'pred.csv');
    const r = runCli(['predict', join(root, 'penguins'), join(root, 'new.csv'), '--out', out, '--json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout.trim().split('\n').pop() ?? '')).toMatchObject({ command: 'predict', rows: 3, task: 'classification', out, predicted: 2, unpredicted: 1 });
    const parsed = Papa.parse<Record<string, string>>(readFileSync(out, 'utf8').trim(), { header: true });
    expect(parsed.meta.fields).toEqual(['island', 'culmen_length_mm', 'culmen_depth_mm', 'flipper_length_mm', 'body_mass_g', 'sex', 'tag', 'predicted_species', 'probability_Adelie', 'probability_Chinstrap', 'probability_Gentoo', 'note']);
    const table = await inProcess(join(root, 'penguins'), readFileSync(join(root, 'new.csv'), 'utf8'));
    parsed.data.slice(0, 2).forEach((row, i) => {
      expect(table.classes).toContain(row.predicted_species);
      expect(row.predicted_species).toBe(table.predicted[i]);
      table.classes!.forEach((c, k) => expect(Math.abs(Number(row[`probability_${c}`]) - table.probabilities![i * 3 + k]!)).toBeLessThan(1e-6));
      expect(row.note).toBe('');
    });
    expect(parsed.data[1]?.culmen_length_mm).toBe('');
    // "Atlantis": an island no training row had gets no class, not a guess.
    expect(parsed.data[2]).toMatchObject({ predicted_species: '', probability_Adelie: '', note: 'No prediction: \u201cisland\u201d holds \u201cAtlantis\u201d, a category the model never saw in training.' });
  });

  it('gives rows it cannot compute with no prediction and a note, in text and --json, and exits 0', () => {
    const rows = [
      'island,culmen_length_mm,culmen_depth_mm,flipper_length_mm,body_mass_g,sex',
      'Biscoe,45.1,14.5,215,5000,FEMALE',
      'Dream,39,18.4,abc,3500,MALE',
      'Dream,39,18.4,190,1e308,MALE',
      'Biscoe,41,17,Infinity,3400,FEMALE',
      'Torgersen,38,NaN,185,3400,FEMALE',
      'Atlantis,38,17,185,3400,FEMALE',
    ];
    writeFileSync(join(root, 'hostile.csv'), `${rows.join('\n')}\n`);
    const expected = [
      null,
      'No prediction: \u201cflipper_length_mm\u201d holds \u201cabc\u201d, which is not a number.',
      'No prediction: \u201cbody_mass_g\u201d is too large (1e308) to compute with.',
      'No prediction: \u201cflipper_length_mm\u201d holds \u201cInfinity\u201d, which is not a finite number.',
      'No prediction: \u201cculmen_depth_mm\u201d holds \u201cNaN\u201d, which is not a number.',
      'No prediction: \u201cisland\u201d holds \u201cAtlantis\u201d, a category the model never saw in training.',
    ];

    const text = runCli(['predict', join(root, 'penguins'), join(root, 'hostile.csv')]);
    expect(text.status).toBe(0);
    const csv = Papa.parse<Record<string, string>>(text.stdout.trim(), { header: true }).data;
    expect(csv.map((row) => row.note || null)).toEqual(expected);
    expect(csv.map((row) => row.predicted_species === '')).toEqual([false, true, true, true, true, true]);
    for (const [i, note] of expected.entries()) if (note !== null) expect(text.stderr).toContain(`Note: row ${i + 1}: ${note}`);
    expect(text.stderr).toMatch(/^1 of 6 rows predicted; 5 rows got no prediction \(the note column says why\)\.$/m);

    const json = runCli(['predict', join(root, 'penguins'), join(root, 'hostile.csv'), '--json']);
    expect(json.status).toBe(0);
    const out = JSON.parse(json.stdout.trim().split('\n').pop() ?? '') as { predicted: number; unpredicted: number; predictions: { row: number; prediction: string | null; note: string | null }[] };
    expect(out).toMatchObject({ predicted: 1, unpredicted: 5 });
    expect(out.predictions.map((p) => p.note)).toEqual(expected);
    expect(out.predictions.map((p) => p.prediction === null)).toEqual([false, true, true, true, true, true]);
    expect(out.predictions[0]).toMatchObject({ row: 1, prediction: csv[0]?.predicted_species });
    expect(json.stderr).toBe('');
  });

  it('regression to stdout: values in the target units equal predictTable', async () => {
    const csv = readFileSync('resources/samples/auto-mpg.csv', 'utf8').split('\n').slice(0, 21).join('\n');
    writeFileSync(join(root, 'cars.csv'), csv);
    const r = runCli(['predict', join(root, 'mpg'), join(root, 'cars.csv')]);
    expect(r.status).toBe(0);
    const parsed = Papa.parse<Record<string, string>>(r.stdout.trim(), { header: true });
    const table = await inProcess(join(root, 'mpg'), csv);
    expect(parsed.data).toHaveLength(20);
    parsed.data.forEach((row, i) => expect(Math.abs(Number(row.predicted_mpg) - table.values![i]!)).toBeLessThanOrEqual(1e-6 * Math.abs(table.values![i]!)));
    expect(parsed.data.every((row) => row.note === '')).toBe(true);
    expect(r.stderr).not.toMatch(/no prediction/);
  });

  it('refuses a file without a needed column, naming it', () => {
    writeFileSync(join(root, 'bad.csv'), 'island,sex\nDream,MALE\n');
    const r = runCli(['predict', join(root, 'penguins'), join(root, 'bad.csv')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/has no column \u201cculmen_length_mm\u201d, which the model needs/);
  });

  it('says plainly when the folder is not a model folder', () => {
    const r = runCli(['predict', root, join(root, 'new.csv')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/is not a model folder \(it has no manifest\.json and no model\.json\)/);
  });
});
