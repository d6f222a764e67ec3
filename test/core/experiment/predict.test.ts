import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsvText } from '../../../src/core/data/csv';
import { checkPredictSchema, datasetFromFormValues, encodeForPrediction, originalRows, predictionForm, predictionsCsv, predictTable } from '../../../src/core/experiment/predict';
import type { Preprocessing } from '../../../src/core/features/types';
import { encodeFeatures } from '../../../src/core/features/encode';
import { english } from '../../../src/core/i18n/translate';
import type { Message } from '../../../src/core/i18n/message';

/** A row's note as an English reader sees it. */
const en = (note: Message | null | undefined): string | null => (note === null || note === undefined ? null : english(note));
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
  it('uses the training slots: scaling, missing → mean and indicator; an unseen category gets no prediction (with a note)', async () => {
    // 3 rows: a 3-row file types "colour" as text (too few repeats), which must still be read as categories.
    const ds = await parseCsvText('x,colour\n12,red\n,blue\n8,green\n', 'new.csv');
    const { x, rows, problems, rowNotes } = encodeForPrediction(ds, pre);
    expect(rows).toBe(3);
    // Row 3 ("green") is zeroed: it is not predicted.
    expect(Array.from(x)).toEqual([1, 0, 0, 1, /**/ 0, 1, 1, 0, /**/ 0, 0, 0, 0]);
    expect(rowNotes.map(en)).toEqual([null, null, 'No prediction: \u201ccolour\u201d holds \u201cgreen\u201d, a category the model never saw in training.']);
    expect(problems.map((p) => p.message).join(' ')).toMatch(/Row 3 of new\.csv has a value in \u201ccolour\u201d that no training row had \(\u201cgreen\u201d\): it gets no prediction/);
    expect(problems.map((p) => p.message).join(' ')).toMatch(/Row 2 of new\.csv has no value in \u201cx\u201d: the training average is used/);
  });

  it('reads numbers written with separators or symbols as training did, even where the file is too small to type them', async () => {
    const ds = await parseCsvText('x,colour\n"1,012.00",red\n$14,blue\n', 'new.csv');
    const { x, rowNotes } = encodeForPrediction(ds, pre);
    expect(rowNotes.map(en)).toEqual([null, null]);
    expect(Array.from(x)).toEqual([501, 0, 0, 1, /**/ 2, 0, 1, 0]);
    expect(Array.from(encodeForPrediction(datasetFromFormValues(pre, { x: '1,014', colour: 'blue' }), pre).x)).toEqual([502, 0, 1, 0]);
  });

  it('builds the form from the slots and reads it back as one row', () => {
    expect(predictionForm(pre)).toEqual([{ column: 'x', kind: 'number' }, { column: 'colour', kind: 'category', choices: ['blue', 'red'] }]);
    const ds = datasetFromFormValues(pre, { x: '14', colour: 'blue' });
    expect(Array.from(encodeForPrediction(ds, pre).x)).toEqual([2, 0, 1, 0]);
    // Text in a number field is the row's note, as in a file, not an error and not a guess.
    expect(encodeForPrediction(datasetFromFormValues(pre, { x: 'abc', colour: 'red' }), pre).rowNotes.map(en)).toEqual(['No prediction: \u201cx\u201d holds \u201cabc\u201d, which is not a number.']);
  });
});

describe('rows the model cannot compute with get no prediction and a note naming the column and value', () => {
  const note = async (cell: string) => {
    const ds = await parseCsvText(`x,colour\n12,red\n${cell},blue\n`, 'new.csv');
    return encodeForPrediction(ds, pre);
  };
  // 60 rows, past the 50-row preview: the parser types "x" as numbers and the file's text tells what stood in the cell.
  const bigFile = async (cell: string) => {
    const lines = ['x,colour'];
    for (let i = 0; i < 60; i++) lines.push(`${i === 41 ? cell : 10 + (i % 5)},${i % 2 ? 'red' : 'blue'}`);
    const text = lines.join('\n');
    const ds = await parseCsvText(text, 'big.csv');
    expect(ds.columns[0]?.kind).toBe('number');
    return encodeForPrediction(ds, pre, text);
  };

  it('1e308 (beyond a 32-bit float) and values whose scaled value overflows', async () => {
    const { x, rowNotes, problems } = await note('1e308');
    expect(rowNotes.map(en)).toEqual([null, 'No prediction: \u201cx\u201d is too large (1e308) to compute with.']);
    expect(Array.from(x.subarray(4))).toEqual([0, 0, 0, 0]);
    // Read as a number beyond float32, or (by a parser that refuses such cells) as no number: the same row note either way.
    expect(problems.map((p) => p.message).join(' ')).toMatch(/Row 2 of new\.csv has [^:]*\u201cx\u201d[^:]*: it gets no prediction\./);
    // 3e38 fits in a float, (3e38 - 10) / 0.5 does not.
    const narrow: Preprocessing = { ...pre, slots: [{ kind: 'scaled', column: 'x', mean: 10, std: 0.5 }, ...pre.slots.slice(1)] };
    const ds = await parseCsvText('x,colour\n3e38,red\n', 'new.csv');
    expect(encodeForPrediction(ds, narrow).rowNotes.map(en)).toEqual(['No prediction: \u201cx\u201d is too large (3e38) to compute with.']);
  });

  it('Infinity, 1e400 and text in a number column, read by the parser or from a small file', async () => {
    for (const read of [note, bigFile]) {
      const row = read === note ? 1 : 41;
      expect(en((await read('Infinity')).rowNotes[row])).toBe('No prediction: \u201cx\u201d holds \u201cInfinity\u201d, which is not a finite number.');
      expect(en((await read('1e400')).rowNotes[row])).toBe('No prediction: \u201cx\u201d is too large (1e400) to compute with.');
      const abc = await read('abc');
      expect(en(abc.rowNotes[row])).toBe('No prediction: \u201cx\u201d holds \u201cabc\u201d, which is not a number.');
      expect(abc.rowNotes.filter((n) => n !== null)).toHaveLength(1);
      // Text is not a missing value: no "training average" note for it.
      expect(abc.problems.map((p) => p.message).join(' ')).not.toMatch(/training average/);
      expect(abc.problems.map((p) => p.message).join(' ')).toMatch(/has no usable number in \u201cx\u201d \(\u201cabc\u201d\): it gets no prediction/);
    }
  });

  it('"NaN" text is refused like Infinity; "NA", "?" and empty cells are missing values, filled as in training (with a note)', async () => {
    const nan = await note('NaN');
    expect(nan.rowNotes.map(en)).toEqual([null, 'No prediction: \u201cx\u201d holds \u201cNaN\u201d, which is not a number.']);
    expect(nan.problems.map((p) => p.message).join(' ')).not.toMatch(/training average/);
    expect(en((await bigFile('NaN')).rowNotes[41])).toBe('No prediction: \u201cx\u201d holds \u201cNaN\u201d, which is not a number.');
    for (const missing of ['NA', '?', '']) {
      const { x, rowNotes, problems } = await note(missing);
      expect(rowNotes.map(en)).toEqual([null, null]);
      expect(Array.from(x.subarray(4))).toEqual([0, 1, 1, 0]);
      expect(problems.map((p) => p.message)).toContain('Row 2 of new.csv has no value in \u201cx\u201d: the training average is used.');
    }
  });

  it('cuts a long value to 60 characters and names every problem of a row', async () => {
    const long = 'a'.repeat(200);
    const ds = await parseCsvText(`x,colour\n12,red\n${long},purple\n`, 'new.csv');
    const rowNote = en(encodeForPrediction(ds, pre).rowNotes[1]);
    expect(rowNote).toBe(`No prediction: \u201cx\u201d holds \u201c${'a'.repeat(59)}\u2026\u201d, which is not a number; \u201ccolour\u201d holds \u201cpurple\u201d, a category the model never saw in training.`);
  });

  it('gives no class when the model’s output is not a number, never the first class', async () => {
    await tf.setBackend('cpu');
    const model = tf.sequential({ layers: [tf.layers.dense({ units: 2, inputShape: [4], activation: 'softmax' })] });
    model.setWeights([tf.fill([4, 2], NaN), tf.zeros([2])]);
    const ds = await parseCsvText('x,colour\n12,red\n', 'new.csv');
    const table = await predictTable(model, pre, ds);
    expect(table.predicted).toEqual(['']);
    expect(table.notes.map(en)).toEqual(['No prediction: the model\u2019s probabilities for this row are not numbers, so no class can be given.']);
    const csv = predictionsCsv(ds, table, pre).split('\n');
    expect(csv[0]).toBe('x,colour,predicted_label,probability_no,probability_yes,note');
    expect(csv[1]).toBe('12,red,,,,"No prediction: the model\u2019s probabilities for this row are not numbers, so no class can be given."');
    model.dispose();
    const regression: Preprocessing = { task: 'regression', target: 'y', imputation: 'mean', targetMean: 0, targetStd: 1, slots: pre.slots };
    const linear = tf.sequential({ layers: [tf.layers.dense({ units: 1, inputShape: [4] })] });
    linear.setWeights([tf.fill([4, 1], NaN), tf.zeros([1])]);
    const values = await predictTable(linear, regression, ds);
    expect(values.predicted).toEqual(['']);
    expect(en(values.notes[0])).toMatch(/^No prediction: the model\u2019s output for this row is not a number/);
    linear.dispose();
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
    expect(csv[0]).toBe('species,island,culmen_length_mm,culmen_depth_mm,flipper_length_mm,body_mass_g,sex,predicted_species,probability_Adelie,probability_Chinstrap,probability_Gentoo,note');
    expect(table.notes.every((n) => n === null)).toBe(true);
    expect(csv[1]).toMatch(/,$/); // an empty note: the row was predicted
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
