/**
 * A model as one .zip (the browser build's export): `layerbench predict MODEL.zip NEW.csv` through
 * the built CLI predicts what the model folder predicts, hostile or changed zips are refused in
 * words, and TensorFlow.js alone, in a separate Node script, loads the zip and predicts the same.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zipFiles } from '../../src/core/experiment/model-zip';
import { buildCli, runCli } from './run-cli';

const NOW = Date.UTC(2026, 10, 23, 10, 41);
let root = '';

/** The files of a model folder, as one zip (what the browser's saveFiles downloads). */
function zipFolder(dir: string, edit: (name: string, data: Uint8Array) => Uint8Array = (_n, d) => d): Uint8Array {
  return zipFiles(readdirSync(dir).map((name) => ({ name, data: edit(name, readFileSync(join(dir, name))) })), NOW);
}

beforeAll(() => {
  buildCli();
  root = mkdtempSync(join(tmpdir(), 'layerbench-predict-zip-'));
  for (const [name, file, target] of [['penguins', 'penguins.csv', 'species'], ['mpg', 'auto-mpg.csv', 'mpg']] as const) {
    const r = runCli(['train', `resources/samples/${file}`, '--target', target, '--epochs', '3', '--backend', 'cpu', '--out', join(root, name)]);
    if (r.code !== 0) throw new Error(r.stderr);
    writeFileSync(join(root, `${name}.zip`), zipFolder(join(root, name)));
  }
  writeFileSync(join(root, 'penguins-new.csv'), 'island,culmen_length_mm,culmen_depth_mm,flipper_length_mm,body_mass_g,sex\nBiscoe,45.1,14.5,215,5000,FEMALE\nDream,49.0,18.4,195,3700,MALE\nTorgersen,38.6,21.2,191,3800,MALE\n');
  writeFileSync(join(root, 'mpg-new.csv'), readFileSync('resources/samples/auto-mpg.csv', 'utf8').split('\n').slice(0, 9).join('\n'));
}, 300_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('layerbench predict MODEL.zip', () => {
  it('predicts from the zip exactly what it predicts from the folder', () => {
    for (const name of ['penguins', 'mpg']) {
      const fromFolder = runCli(['predict', join(root, name), join(root, `${name}-new.csv`)]);
      const fromZip = runCli(['predict', join(root, `${name}.zip`), join(root, `${name}-new.csv`)]);
      expect(fromFolder.code, fromFolder.stderr).toBe(0);
      expect(fromZip.code, fromZip.stderr).toBe(0);
      expect(fromZip.stdout).toBe(fromFolder.stdout);
      expect(fromZip.stdout.trim().split('\n').length).toBeGreaterThan(3);
    }
    const json = runCli(['predict', join(root, 'penguins.zip'), join(root, 'penguins-new.csv'), '--json']);
    expect(JSON.parse(json.stdout.trim().split('\n').pop() ?? '')).toMatchObject({ command: 'predict', rows: 3, task: 'classification', predicted: 3 });
  });

  it('refuses a zip whose weights come from elsewhere, a zipped folder, and a zip that is no model', () => {
    const swapped = join(root, 'swapped.zip');
    writeFileSync(swapped, zipFolder(join(root, 'penguins'), (name, data) => (name === 'weights.bin' ? data.map((b) => b ^ 1) : data)));
    const changed = runCli(['predict', swapped, join(root, 'penguins-new.csv')]);
    expect(changed.code).toBe(1);
    expect(changed.stderr).toContain(`weights.bin in “${swapped}” does not belong to this model: it was changed or replaced after the model was saved.`);
    expect(changed.stdout).toBe('');

    // The folder zipped rather than its files (what a file manager's "Compress" of the folder gives).
    const nested = join(root, 'nested.zip');
    writeFileSync(nested, zipSync(Object.fromEntries(readdirSync(join(root, 'penguins')).map((n) => [`penguins/${n}`, readFileSync(join(root, 'penguins', n))]))));
    const folder = runCli(['predict', nested, join(root, 'penguins-new.csv')]);
    expect(folder.code).toBe(1);
    expect(folder.stderr).toMatch(/“.*nested\.zip” holds “penguins\/.+” inside a folder, where a model \.zip holds its files side by side\./);

    const readme = join(root, 'readme.zip');
    writeFileSync(readme, zipFiles([{ name: 'readme.txt', data: 'x' }], NOW));
    const notModel = runCli(['predict', readme, join(root, 'penguins-new.csv')]);
    expect(notModel.code).toBe(1);
    expect(notModel.stderr).toContain('is not a Layerbench model: it holds no manifest.json and no model.json.');

    // A CSV named as the model: not a zip, so read as a path to a folder, which it is not.
    const csv = runCli(['predict', join(root, 'penguins-new.csv'), join(root, 'penguins-new.csv')]);
    expect(csv.code).toBe(1);
    expect(csv.stderr).toMatch(/is a file, not a model folder/);
  });

  it('TensorFlow.js alone, in a separate script, loads the zip and predicts what the CLI predicts', () => {
    for (const [name, target] of [['penguins', 'species'], ['mpg', 'mpg']] as const) {
      const csv = join(root, `${name}-new.csv`);
      const script = execFileSync(process.execPath, ['test/fixtures/load-model-zip.mjs', join(root, `${name}.zip`), csv], { encoding: 'utf8', timeout: 120_000, stdio: ['ignore', 'pipe', 'ignore'] });
      const tfjs = JSON.parse(script.trim().split('\n').pop() ?? '') as { predicted: string | number; probabilities?: number[] }[];
      const cli = Papa.parse<Record<string, string>>(runCli(['predict', join(root, `${name}.zip`), csv]).stdout.trim(), { header: true }).data;
      expect(tfjs).toHaveLength(cli.length);
      cli.forEach((row, i) => {
        const mine = tfjs[i]!;
        if (typeof mine.predicted === 'number') {
          expect(Math.abs(mine.predicted - Number(row[`predicted_${target}`]))).toBeLessThan(1e-4 * Math.abs(mine.predicted));
        } else {
          expect(mine.predicted).toBe(row[`predicted_${target}`]);
          for (const [k, c] of ['Adelie', 'Chinstrap', 'Gentoo'].entries()) expect(Math.abs(mine.probabilities![k]! - Number(row[`probability_${c}`]))).toBeLessThan(1e-6);
        }
      });
    }
  });
});
