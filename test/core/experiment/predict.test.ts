import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsvText } from '../../../src/core/data/csv';
import { checkPredictSchema, datasetFromFormValues, encodeForPrediction, originalRows, predictionForm, predictionsCsv, predictTable } from '../../../src/core/experiment/predict';
import type { Preprocessing } from '../../../src/core/features/types';
import { encodeFeatures } from '../../../src/core/features/encode';
import { trainSmall, type Trained } from './fixtures';

// A hand-made preprocessing: x scaled (mean 10, std 2) with a missing indicator, colour one-hot.
const pre: Preprocessing = {
  task: 'classification', target: 'label', imputation: 'mean', classes: ['no', 'yes'],
  slots: [
    { kind: 'scaled', column: 'x', mean: 10, std: 2 },
    { kind: 'missing-indicator', column: 'x' },
    { kind: 'one-hot', column: 'colour', category: 'blue' },
    { kind: 'one-hot', column: 'colour', category: 'red' },
  ],
};

describe('schema check', () => {
  it('names missing columns, ignores extra ones and the target, in plain words', async () => {
    const ds = await parseCsvText('colour,label,note\nred,yes,a\nblue,no,b\n', 'new.csv');
    const check = checkPredictSchema(ds, pre);
    expect(check.ok).toBe(false);
    expect(check.missing).toEqual(['x']);
    expect(check.extra).toEqual(['note']);
    const messages = check.problems.map((p) => p.message);
    expect(messages).toContain('The file new.csv has no column \u201cx\u201d, which the model needs.');
    expect(messages.some((m) => /\u201cnote\u201d of new\.csv is not used by the model and is ignored/.test(m))).toBe(true);
    expect(messages.some((m) => /\u201clabel\u201d that the model predicts/.test(m))).toBe(true);
    expect(() => encodeForPrediction(ds, pre)).toThrow(/no column \u201cx\u201d/);
  });
});

describe('encoding new rows', () => {
  it('uses the training slots: scaling, missing → mean and indicator, unknown category → zeros (with a note)', async () => {
    // 3 rows: a 3-row file types "colour" as text (too few repeats), which must still be read as categories.
    const ds = await parseCsvText('x,colour\n12,red\n,blue\n8,green\n', 'new.csv');
    const { x, rows, problems } = encodeForPrediction(ds, pre);
    expect(rows).toBe(3);
    expect(Array.from(x)).toEqual([1, 0, 0, 1, /**/ 0, 1, 1, 0, /**/ -1, 0, 0, 0]);
    expect(problems.map((p) => p.message).join(' ')).toMatch(/Row 3 of new\.csv has a value in \u201ccolour\u201d that no training row had \(\u201cgreen\u201d\)/);
    expect(problems.map((p) => p.message).join(' ')).toMatch(/Row 2 of new\.csv has no value in \u201cx\u201d: the training average is used/);
  });

  it('builds the form from the slots and reads it back as one row', () => {
    expect(predictionForm(pre)).toEqual([{ column: 'x', kind: 'number' }, { column: 'colour', kind: 'category', choices: ['blue', 'red'] }]);
    const ds = datasetFromFormValues(pre, { x: '14', colour: 'blue' });
    expect(Array.from(encodeForPrediction(ds, pre).x)).toEqual([2, 0, 1, 0]);
    expect(() => datasetFromFormValues(pre, { x: 'abc', colour: 'red' })).toThrow(/needs a number/);
  });
});

describe('predicting with a trained model', () => {
  let t: Trained;
  beforeAll(async () => { t = await trainSmall(); });
  afterAll(() => t.model.dispose());

  it('gives the model’s own outputs for the training file, and writes them as CSV', async () => {
    const p = t.record.preprocessing!;
    const table = await predictTable(t.model, p, t.dataset);
    const all = Uint32Array.from({ length: t.dataset.rowCount }, (_, i) => i);
    const x = encodeFeatures(t.dataset, p, all);
    const direct = (t.model.predict(tf.tensor2d(x, [all.length, p.slots.length])) as tf.Tensor).dataSync();
    expect(table.rows).toBe(344);
    for (let i = 0; i < direct.length; i++) expect(Math.abs(table.probabilities![i]! - direct[i]!)).toBeLessThan(1e-6);
    const csv = predictionsCsv(t.dataset, table, p).split('\n');
    expect(csv[0]).toBe('species,island,culmen_length_mm,culmen_depth_mm,flipper_length_mm,body_mass_g,sex,predicted_species,probability_Adelie,probability_Chinstrap,probability_Gentoo');
    expect(csv).toHaveLength(345);
    expect(csv[1]).toMatch(new RegExp(`^Adelie,Torgersen,39\\.1,18\\.7,181,3750,MALE,${table.predicted[0]},`));
    const probs = csv[1]!.split(',').slice(8).map(Number);
    expect(probs[0]).toBeCloseTo(table.probabilities![0]!, 7);
  });

  it('keeps every cell of the file as it was, identifiers past the preview included, when given its text', async () => {
    const p = t.record.preprocessing!;
    const lines = ['penguin_id;island;culmen_length_mm;culmen_depth_mm;flipper_length_mm;body_mass_g;sex'];
    for (let i = 0; i < 120; i++) lines.push(`P${String(i).padStart(4, '0')};${i % 2 ? 'Dream' : 'Biscoe'};${(40 + (i % 9)).toFixed(1).replace('.', ',')};18;190;3700;MALE`);
    const text = `${lines.join('\r\n')}\r\n\r\n`;
    const ds = await parseCsvText(text, 'new.csv');
    const table = await predictTable(t.model, p, ds);
    const withText = predictionsCsv(ds, table, p, text).split('\n');
    expect(withText).toHaveLength(121);
    expect(withText[100]).toMatch(/^P0099,Dream,"40,0",18,190,3700,MALE,/); // 99 % 9 = 0: "40,0", written as read
    // Without the text, the identifier column (kept only as far as the 50-row preview) is empty there.
    expect(predictionsCsv(ds, table, p).split('\n')[100]).toMatch(/^,Dream,/);
    // Text whose rows do not line up with the dataset is not used.
    expect(originalRows('a;b\n1;2\n', ds)).toBeNull();
  });

  it('predicts one row from the form', async () => {
    const p = t.record.preprocessing!;
    const values = Object.fromEntries(predictionForm(p).map((f) => [f.column, f.kind === 'number' ? '40' : (f.choices?.[0] ?? '')]));
    const table = await predictTable(t.model, p, datasetFromFormValues(p, values));
    expect(table.rows).toBe(1);
    expect(table.classes).toContain(table.predicted[0]);
    const sum = Array.from(table.probabilities!).reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(1, 5);
  });
});
