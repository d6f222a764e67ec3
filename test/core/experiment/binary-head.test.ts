/**
 * A two-class table trained with one sigmoid unit (Dense(1, sigmoid) + binary cross-entropy),
 * end to end: training (no tensor left behind per epoch), evaluation (2 × 2 confusion matrix,
 * two probabilities per row), predictions on new rows, the exported files and an experiment file.
 */
import { readFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsvText } from '../../../src/core/data/csv';
import type { TypedDataset } from '../../../src/core/data/types';
import { predictRows as modelOutputs } from '../../../src/core/evaluate/evaluate';
import { modelExportFiles, preprocessingJson } from '../../../src/core/experiment/export';
import { fingerprintDataset } from '../../../src/core/experiment/fingerprint';
import { decodePortable, encodePortable } from '../../../src/core/experiment/portable';
import { predictTable } from '../../../src/core/experiment/predict';
import { newExperimentRecord } from '../../../src/core/experiment/record';
import { experimentRecordSchema, preprocessingSchema } from '../../../src/core/experiment/schema';
import type { ExperimentRecord, StoredWeights } from '../../../src/core/experiment/types';
import { modelFromWeights, weightsFromModel } from '../../../src/core/experiment/weights';
import { planForTarget } from '../../../src/core/features/propose';
import type { ModelDraft } from '../../../src/core/model/designer-types';
import { DEFAULT_SETTINGS, runPipeline, type PipelineResult } from '../../../src/core/pipeline/run';
import { english } from '../../../src/core/i18n/translate';
import type { Message } from '../../../src/core/i18n/message';

/** A row's note as an English reader sees it. */
const en = (note: Message | null | undefined): string | null => (note === null || note === undefined ? null : english(note));
import { sampleDims, sampleSize } from '../../../src/core/train/data';
import { inMemory } from '../../../src/core/train/sample-reader';

/** The penguins sample without its Chinstraps: Adelie and Gentoo, two classes. */
function twoSpeciesCsv(): string {
  const lines = readFileSync('resources/samples/penguins.csv', 'utf8').split(/\r?\n/);
  return lines.filter((line, i) => i === 0 || /^(Adelie|Gentoo),/.test(line)).join('\n');
}

const sigmoidModel: ModelDraft = {
  layers: [
    { type: 'dense', units: 8, activation: 'relu' },
    { type: 'dense', units: 1, activation: 'sigmoid' },
  ],
};
const settings = { ...DEFAULT_SETTINGS, epochs: 6, learningRate: 0.01, seed: 7, earlyStoppingPatience: 0 };

let dataset: TypedDataset;
let result: PipelineResult;
let record: ExperimentRecord;
let weights: StoredWeights;
const tensorsAtEpoch: number[] = [];
let tensorsBefore = 0;

beforeAll(async () => {
  await tf.setBackend('cpu');
  dataset = await parseCsvText(twoSpeciesCsv(), 'two-penguins.csv');
  const plan = planForTarget(dataset, 'species').plan;
  tensorsBefore = tf.memory().numTensors;
  result = await runPipeline(
    { data: { kind: 'table', source: dataset, plan }, model: sigmoidModel, settings },
    { onEpoch: () => tensorsAtEpoch.push(tf.memory().numTensors) },
  );
  const { prepared, outcome, evaluation } = result;
  record = {
    ...newExperimentRecord({
      id: 'binary-1', now: Date.UTC(2026, 10, 23, 10, 41), task: plan.task, plan, model: sigmoidModel, settings,
      dataset: { name: dataset.name, kind: 'table', rows: dataset.rowCount, sizeBytes: dataset.sizeBytes, fingerprint: fingerprintDataset(dataset) },
    }),
    status: 'completed', preprocessing: prepared.encoded.preprocessing, spec: prepared.spec, summary: prepared.summary,
    split: { trainRows: prepared.encoded.trainRows, testRows: prepared.encoded.testRows, stratified: prepared.split.stratified },
    backend: { backend: 'cpu', label: 'CPU', reason: 'test' }, history: outcome.history, bestEpoch: outcome.bestEpoch,
    elapsedMs: outcome.elapsedMs, evaluation, hasWeights: true,
  };
  weights = await weightsFromModel(result.model, outcome.bestEpoch);
});

afterAll(() => result.model.dispose());

describe('training with one sigmoid unit on two classes', () => {
  it('trains with binary cross-entropy and says why the head is the same model', () => {
    const { head } = result.prepared;
    expect(head).toMatchObject({ task: 'classification', units: 1, activation: 'sigmoid', loss: 'binaryCrossentropy' });
    expect(english(head.reason)).toBe(
      'One sigmoid unit gives the probability of the second class (“Gentoo”); the first is 1 − p. It is the same model as two softmax units, with one fewer set of weights.',
    );
    expect(result.prepared.encoded.preprocessing.classes).toEqual(['Adelie', 'Gentoo']);
    expect(result.model.outputs[0]?.shape).toEqual([null, 1]);
    // Adelie and Gentoo are far apart: a few epochs learn them; accuracy is the binary one, not 0.
    const last = result.outcome.history.at(-1)!;
    expect(result.outcome.history).toHaveLength(settings.epochs);
    expect(last.loss).toBeLessThan(result.outcome.history[0]!.loss);
    expect(last.accuracy).toBeGreaterThan(0.9);
    expect(last.valAccuracy).toBeGreaterThan(0.9);
  });

  it('leaves no tensor behind from one epoch to the next, nor after the run', () => {
    expect(tensorsAtEpoch).toHaveLength(settings.epochs);
    expect(new Set(tensorsAtEpoch.slice(1)).size).toBe(1);
    // What remains is the returned model's weights: 2 Dense layers × (kernel + bias).
    expect(tf.memory().numTensors - tensorsBefore).toBe(4);
  });
});

describe('evaluating', () => {
  it('gives a 2 × 2 confusion matrix over every held-out row', () => {
    const e = result.evaluation;
    if (e.task !== 'classification') throw new Error('expected a classification');
    expect(e.classes).toEqual(['Adelie', 'Gentoo']);
    expect(e.confusion).toHaveLength(2);
    for (const row of e.confusion) expect(row).toHaveLength(2);
    expect(e.confusion.flat().reduce((a, b) => a + b, 0)).toBe(e.rows);
    expect(e.rows).toBe(result.prepared.encoded.testRows);
    expect(e.accuracy).toBeGreaterThan(0.9);
    expect(e.perClass.map((c) => c.label)).toEqual(['Adelie', 'Gentoo']);
    for (const c of e.predictions.confidence) expect(c).toBeGreaterThanOrEqual(0.5);
  });

  it('reads one output p per row as the two probabilities [1 − p, p], summing to 1', async () => {
    const encoded = result.prepared.encoded;
    const rows = encoded.testRows;
    const probabilities = await modelOutputs(result.model, encoded.testX, rows, sampleSize(encoded.inputShape), 2, sampleDims(encoded.inputShape));
    expect(probabilities).toHaveLength(rows * 2);
    const raw = (result.model.predict(tf.tensor2d(inMemory(encoded.testX), [rows, sampleSize(encoded.inputShape)])) as tf.Tensor).dataSync();
    for (let r = 0; r < rows; r++) {
      expect(probabilities[2 * r + 1]).toBeCloseTo(raw[r]!, 6);
      expect(probabilities[2 * r]! + probabilities[2 * r + 1]!).toBeCloseTo(1, 6);
    }
  });
});

describe('predicting new rows', () => {
  it('gives a class and two probabilities per row, the second one the sigmoid output', async () => {
    const csv = 'island,culmen_length_mm,culmen_depth_mm,flipper_length_mm,body_mass_g,sex\nTorgersen,39.1,18.7,181,3750,MALE\nBiscoe,47.5,14.2,220,5100,FEMALE\n';
    const table = await predictTable(result.model, record.preprocessing!, await parseCsvText(csv, 'new.csv'));
    expect(table.predicted).toEqual(['Adelie', 'Gentoo']);
    const p = Array.from(table.probabilities ?? []);
    expect(p).toHaveLength(4);
    expect(p[0]! + p[1]!).toBeCloseTo(1, 6);
    expect(p[2]! + p[3]!).toBeCloseTo(1, 6);
    expect(table.notes).toEqual([null, null]);
  });

  it('gives no class when the sigmoid output is not a number', async () => {
    const broken = await modelFromWeights(weights);
    broken.setWeights(broken.getWeights().map((w) => tf.fill(w.shape, NaN)));
    const csv = 'island,culmen_length_mm,culmen_depth_mm,flipper_length_mm,body_mass_g,sex\nTorgersen,39.1,18.7,181,3750,MALE\n';
    const table = await predictTable(broken, record.preprocessing!, await parseCsvText(csv, 'new.csv'));
    broken.dispose();
    expect(table.predicted).toEqual(['']);
    expect(en(table.notes[0])).toMatch(/^No prediction/);
  });
});

describe('exporting and importing', () => {
  it('writes preprocessing.json saying the one output is the probability of the second class', () => {
    const pre = preprocessingJson(record, weights) as { output: unknown; preprocessing: unknown };
    expect(pre.output).toEqual({ kind: 'sigmoid-probability', units: 1, activation: 'sigmoid', classes: ['Adelie', 'Gentoo'], positiveClass: 'Gentoo' });
    expect(preprocessingSchema.safeParse(pre.preprocessing).success).toBe(true);
  });

  it('writes the seven files, model.py compiled with binary cross-entropy, and the model predicts as the app does', async () => {
    const files = modelExportFiles(record, weights);
    expect(files.map((f) => f.name)).toEqual(['model.json', 'weights.bin', 'preprocessing.json', 'model.py', 'train.py', 'requirements.txt', 'manifest.json']);
    const python = files.find((f) => f.name === 'model.py')!.data as string;
    expect(python).toContain('layers.Dense(1, activation="sigmoid")');
    expect(python).toContain('loss="binary_crossentropy"');
    expect(python).not.toContain('categorical_crossentropy');
    const modelJson = JSON.parse(files.find((f) => f.name === 'model.json')!.data as string) as { modelTopology: object; weightsManifest: { weights: tf.io.WeightsManifestEntry[] }[] };
    const bin = files.find((f) => f.name === 'weights.bin')!.data as Uint8Array;
    const loaded = await tf.loadLayersModel(tf.io.fromMemory({ modelTopology: modelJson.modelTopology, weightSpecs: modelJson.weightsManifest[0]!.weights, weightData: bin.slice().buffer }));
    const x = tf.ones([3, record.spec!.inputShape[0]!]);
    expect(Array.from((loaded.predict(x) as tf.Tensor).dataSync())).toEqual(Array.from((result.model.predict(x) as tf.Tensor).dataSync()));
    loaded.dispose();
  });

  it('imports an experiment file holding the sigmoid model, which predicts the same', async () => {
    const { record: imported, weights: importedWeights } = decodePortable(encodePortable(record, weights));
    expect(experimentRecordSchema.safeParse(imported).success).toBe(true);
    expect(imported.spec?.layers.at(-1)).toEqual({ type: 'dense', units: 1, activation: 'sigmoid' });
    const model = await modelFromWeights(importedWeights!);
    const csv = 'island,culmen_length_mm,culmen_depth_mm,flipper_length_mm,body_mass_g,sex\nDream,38.0,18.0,190,3600,FEMALE\n';
    const rows = await parseCsvText(csv, 'new.csv');
    const a = await predictTable(model, imported.preprocessing!, rows);
    const b = await predictTable(result.model, record.preprocessing!, rows);
    model.dispose();
    expect(a.predicted).toEqual(b.predicted);
    expect(Array.from(a.probabilities ?? [])).toEqual(Array.from(b.probabilities ?? []));
    expect(a.probabilities).toHaveLength(2);
  });
});
