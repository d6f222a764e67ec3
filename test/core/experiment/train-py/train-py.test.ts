/**
 * train.py (src/core/experiment/train-py) run under real Keras 3 with the JAX backend, on a
 * classification table, a regression table and a folder of PNG images: the examples it encodes
 * must be Layerbench's own (the same held-out rows, the same numbers to 1e-5), and the model it
 * trains must score on them within 0.05 of the one Layerbench trains with the same settings.
 * Without Python or the packages the cases are skipped and say why.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { loadImageSource } from '../../../../src/cli/image-files';
import { parseCsvText } from '../../../../src/core/data/csv';
import { planForTarget } from '../../../../src/core/features/propose';
import type { ModelDraft } from '../../../../src/core/model/designer-types';
import { DEFAULT_SETTINGS } from '../../../../src/core/pipeline/run';
import type { TrainingSettings } from '../../../../src/core/train/types';
import { REPO_ROOT } from '../../model/keras-python';
import { accuracy, bothRuns, checkEncoded, useKeras } from './train-py-runs';

const keras3 = useKeras('lb-train-py-');

const settings = (over: Partial<TrainingSettings>): TrainingSettings => ({ ...DEFAULT_SETTINGS, ...over });

describe('train.py under Keras 3 (JAX)', () => {
  it('a classification table (penguins: categories, missing values): same rows and inputs, accuracy within 0.05', async (ctx) => {
    if (!keras3.python) return ctx.skip(keras3.skipReason);
    const file = join(REPO_ROOT, 'resources/samples/penguins.csv');
    const dataset = await parseCsvText(readFileSync(file, 'utf8'), 'penguins.csv');
    const plan = planForTarget(dataset, 'species').plan;
    const model: ModelDraft = { layers: [{ type: 'dense', units: 16, activation: 'relu' }, { type: 'dense', units: 3, activation: 'softmax' }] };
    const s = settings({ epochs: 40, batchSize: 16, learningRate: 0.01, earlyStoppingPatience: 10, seed: 11 });
    const { prepared, evaluation, keras, dump } = await bothRuns(keras3, 'penguins', { data: { kind: 'table', source: dataset, plan }, model, settings: s }, file, 'penguins.csv');
    const worst = await checkEncoded(prepared, dump, s);
    console.info(`penguins: encoded max |diff| ${worst}; accuracy ours ${accuracy(evaluation)}, Keras ${String(keras.accuracy)} (best epoch ${keras.bestEpoch} of ${keras.epochs})`);
    expect(keras.confusion?.flat().reduce((a, b) => a + b, 0)).toBe(prepared.encoded.testRows);
    expect(Math.abs((keras.accuracy ?? 0) - accuracy(evaluation))).toBeLessThanOrEqual(0.05);
  }, 180_000);

  it('a regression table (auto-mpg: “?” for missing horsepower, a category): same rows and inputs, R² within 0.05', async (ctx) => {
    if (!keras3.python) return ctx.skip(keras3.skipReason);
    const file = join(REPO_ROOT, 'resources/samples/auto-mpg.csv');
    const dataset = await parseCsvText(readFileSync(file, 'utf8'), 'auto-mpg.csv');
    const plan = planForTarget(dataset, 'mpg').plan;
    const model: ModelDraft = { layers: [{ type: 'dense', units: 16, activation: 'relu' }, { type: 'dense', units: 1 }] };
    const s = settings({ epochs: 60, batchSize: 16, learningRate: 0.01, earlyStoppingPatience: 15, seed: 5 });
    const { prepared, evaluation, keras, dump } = await bothRuns(keras3, 'auto-mpg', { data: { kind: 'table', source: dataset, plan }, model, settings: s }, file, 'auto-mpg.csv');
    const worst = await checkEncoded(prepared, dump, s);
    if (evaluation.task !== 'regression') throw new Error('expected regression');
    console.info(`auto-mpg: encoded max |diff| ${worst}; R² ours ${evaluation.r2}, Keras ${String(keras.r2)}; MAE ours ${evaluation.mae}, Keras ${String(keras.mae)}`);
    expect(Math.abs((keras.r2 ?? 0) - evaluation.r2)).toBeLessThanOrEqual(0.05);
  }, 180_000);

  it('a folder of PNG images (resized 12×10 → 8×8, colour to gray, one unreadable file): same images and pixels, accuracy within 0.05', async (ctx) => {
    if (!keras3.python) return ctx.skip(keras3.skipReason);
    const root = join(keras3.work, 'squares');
    let state = 9;
    const rand = (): number => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 4294967296);
    for (const [label, base] of [['dark', 40], ['bright', 180]] as const) {
      mkdirSync(join(root, label), { recursive: true });
      for (let i = 0; i < 30; i++) {
        const png = new PNG({ width: 12, height: 10 });
        for (let p = 0; p < 120; p++) {
          png.data[p * 4] = Math.round(base + rand() * 60);
          png.data[p * 4 + 1] = Math.round(base * 0.8 + rand() * 60);
          png.data[p * 4 + 2] = Math.round(rand() * 255);
          png.data[p * 4 + 3] = 255;
        }
        writeFileSync(join(root, label, `${label}-${String(i).padStart(2, '0')}.png`), PNG.sync.write(png));
      }
    }
    writeFileSync(join(root, 'dark', 'broken.png'), new Uint8Array([1, 2, 3]));
    const source = await loadImageSource(root);
    const plan = { height: 8, width: 8, channels: 1 as const, augment: { flip: true, shift: 1 } };
    const model: ModelDraft = { layers: [{ type: 'flatten' }, { type: 'dense', units: 8, activation: 'relu' }, { type: 'dense', units: 2, activation: 'softmax' }] };
    const s = settings({ epochs: 25, batchSize: 8, learningRate: 0.01, earlyStoppingPatience: 8, seed: 3 });
    const { prepared, evaluation, keras, dump } = await bothRuns(keras3, 'squares', { data: { kind: 'images', source, plan }, model, settings: s }, root, 'squares');
    const worst = await checkEncoded(prepared, dump, s);
    console.info(`images: encoded max |diff| ${worst}; accuracy ours ${accuracy(evaluation)}, Keras ${String(keras.accuracy)}`);
    expect(Math.abs((keras.accuracy ?? 0) - accuracy(evaluation))).toBeLessThanOrEqual(0.05);
  }, 180_000);
});
