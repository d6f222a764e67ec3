/** A small trained experiment (penguins, 3 epochs on the cpu backend) shared by the experiment tests. */
import { readFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs';
import { parseCsvText } from '../../../src/core/data/csv';
import type { TypedDataset } from '../../../src/core/data/types';
import { fingerprintDataset } from '../../../src/core/experiment/fingerprint';
import { newExperimentRecord } from '../../../src/core/experiment/record';
import type { ExperimentRecord, StoredWeights } from '../../../src/core/experiment/types';
import { weightsFromModel } from '../../../src/core/experiment/weights';
import { planForTarget } from '../../../src/core/features/propose';
import { analysePlan, proposeModel } from '../../../src/core/pipeline/analyse';
import { DEFAULT_SETTINGS, runPipeline } from '../../../src/core/pipeline/run';

export interface Trained {
  readonly dataset: TypedDataset;
  readonly record: ExperimentRecord;
  readonly weights: StoredWeights;
  readonly model: tf.LayersModel;
}

export async function trainSmall(file = 'resources/samples/penguins.csv', target = 'species'): Promise<Trained> {
  await tf.setBackend('cpu');
  const dataset = await parseCsvText(readFileSync(file, 'utf8'), file.split('/').pop());
  const plan = planForTarget(dataset, target).plan;
  const settings = { ...DEFAULT_SETTINGS, epochs: 3, seed: 5 };
  const model = proposeModel(analysePlan({ kind: 'table', summary: dataset, plan }, settings));
  if (!model) throw new Error('no model proposed for the fixture');
  const result = await runPipeline({ data: { kind: 'table', source: dataset, plan }, model, settings });
  const start = newExperimentRecord({
    id: 'run-1', now: Date.UTC(2026, 10, 23, 10, 41), task: plan.task, plan, model, settings,
    dataset: { name: dataset.name, kind: 'table', rows: dataset.rowCount, sizeBytes: dataset.sizeBytes, fingerprint: fingerprintDataset(dataset) },
  });
  const { prepared, outcome, evaluation } = result;
  const record: ExperimentRecord = {
    ...start, status: 'completed', preprocessing: prepared.encoded.preprocessing, spec: prepared.spec, summary: prepared.summary,
    split: { trainRows: prepared.encoded.trainRows, testRows: prepared.encoded.testRows, stratified: prepared.split.stratified },
    backend: { backend: 'cpu', label: 'CPU', reason: 'test' }, history: outcome.history, bestEpoch: outcome.bestEpoch,
    elapsedMs: outcome.elapsedMs, evaluation, hasWeights: true,
  };
  return { dataset, record, weights: await weightsFromModel(result.model, outcome.bestEpoch), model: result.model };
}
