/**
 * `layerbench train --model SPEC` with one sigmoid unit on a two-class table, through the built
 * CLI: trained with binary cross-entropy, written as a model folder that says so, and read back
 * by `layerbench predict` with one probability per class.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli, lastJsonLine, runCli } from './run-cli';

let root = '';
const penguins = readFileSync('resources/samples/penguins.csv', 'utf8').split(/\r?\n/);

beforeAll(() => {
  buildCli();
  root = mkdtempSync(join(tmpdir(), 'layerbench-binary-'));
  writeFileSync(join(root, 'two.csv'), penguins.filter((line, i) => i === 0 || /^(Adelie|Gentoo),/.test(line)).join('\n'));
  const spec = { inputShape: [4], layers: [{ type: 'dense', units: 8, activation: 'relu' }, { type: 'dense', units: 1, activation: 'sigmoid' }] };
  writeFileSync(join(root, 'sigmoid.json'), JSON.stringify(spec));
  writeFileSync(join(root, 'new.csv'), 'island,culmen_length_mm,culmen_depth_mm,flipper_length_mm,body_mass_g,sex\nTorgersen,39.1,18.7,181,3750,MALE\nBiscoe,47.5,14.2,220,5100,FEMALE\n');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('layerbench train --model with Dense(1, sigmoid) on two classes', () => {
  it('trains with binary cross-entropy, evaluates with a 2 × 2 confusion matrix, exports and predicts', () => {
    const dir = join(root, 'model');
    const trained = runCli(['train', join(root, 'two.csv'), '--target', 'species', '--model', join(root, 'sigmoid.json'), '--epochs', '40', '--backend', 'cpu', '--out', dir, '--json']);
    expect(trained.code, trained.stderr).toBe(0);
    const report = lastJsonLine(trained.stdout) as { classes: string[]; confusion: number[][]; testRows: number; metrics: { accuracy: number }; model: { head: unknown; layers: { units?: number }[] } };
    expect(report.classes).toEqual(['Adelie', 'Gentoo']);
    expect(report.model.head).toEqual({ units: 1, activation: 'sigmoid', loss: 'binaryCrossentropy' });
    expect(report.model.layers.map((l) => l.units)).toEqual([8, 1]);
    expect(report.confusion).toHaveLength(2);
    expect(report.confusion.flat().reduce((a, b) => a + b, 0)).toBe(report.testRows);
    expect(report.metrics.accuracy).toBeGreaterThan(0.9);

    const pre = JSON.parse(readFileSync(join(dir, 'preprocessing.json'), 'utf8')) as { output: unknown };
    expect(pre.output).toEqual({ kind: 'sigmoid-probability', units: 1, activation: 'sigmoid', classes: ['Adelie', 'Gentoo'], positiveClass: 'Gentoo' });
    expect(readFileSync(join(dir, 'model.py'), 'utf8')).toContain('loss="binary_crossentropy"');

    const out = join(root, 'pred.csv');
    const predicted = runCli(['predict', dir, join(root, 'new.csv'), '--out', out]);
    expect(predicted.code, predicted.stderr).toBe(0);
    const rows = Papa.parse<Record<string, string>>(readFileSync(out, 'utf8').trim(), { header: true }).data;
    expect(rows.map((r) => r.predicted_species)).toEqual(['Adelie', 'Gentoo']);
    for (const r of rows) expect(Number(r.probability_Adelie) + Number(r.probability_Gentoo)).toBeCloseTo(1, 6);
  });

  it('says, in text, which head it trains and why it is the same model', () => {
    const r = runCli(['train', join(root, 'two.csv'), '--target', 'species', '--model', join(root, 'sigmoid.json'), '--epochs', '1', '--backend', 'cpu']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Head: One sigmoid unit gives the probability of the second class (“Gentoo”); the first is 1 − p. It is the same model as two softmax units, with one fewer set of weights.');
    expect(r.stdout).toContain('The spec sigmoid.json was written for the input (4); its layers are trained on this data’s input, (None, 10).');
  });

  it('refuses one sigmoid unit on three classes with the app’s advice (exit 1)', () => {
    const r = runCli(['train', 'resources/samples/penguins.csv', '--target', 'species', '--model', join(root, 'sigmoid.json'), '--epochs', '1', '--backend', 'cpu']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Layer 2 \(Dense\): One sigmoid unit gives the probability of one class against another, which fits two classes only; “species” has 3/);
  });
});
