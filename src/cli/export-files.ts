/**
 * `--out DIR`: a finished CLI run as an experiment record, exported with the same files the
 * app exports (core/experiment/export.ts, manifest.json included), replacing DIR as a whole
 * (replace-folder.ts), so that DIR never holds half a model or files of two models.
 */
import { randomUUID } from 'node:crypto';
import type * as tf from '@tensorflow/tfjs';
import type { Evaluation } from '../core/evaluate/types';
import { modelExportFiles } from '../core/experiment/export';
import { newExperimentRecord } from '../core/experiment/record';
import type { ExperimentRecord } from '../core/experiment/types';
import type { RunIdentity } from '../core/experiment/run-identity';
import { weightsFromModel } from '../core/experiment/weights';
import type { Preprocessing } from '../core/features/types';
import type { ModelDraft } from '../core/model/designer-types';
import type { ModelSpec, ModelSummary } from '../core/model/types';
import type { BackendChoice } from '../core/train/backend';
import { english } from '../core/i18n/translate';
import type { TrainingOutcome, TrainingSettings } from '../core/train/types';
import { replaceModelFolder } from './replace-folder';

export interface FinishedRun extends RunIdentity {
  readonly model: ModelDraft;
  readonly settings: TrainingSettings;
  readonly preprocessing: Preprocessing;
  readonly spec: ModelSpec;
  readonly summary: ModelSummary;
  readonly split: { trainRows: number; testRows: number; stratified: boolean };
  readonly testExamples: readonly string[];
  readonly backend: BackendChoice;
  readonly outcome: TrainingOutcome;
  readonly evaluation: Evaluation;
  readonly trained: tf.LayersModel;
}

/** Writes model.json, weights.bin, preprocessing.json, model.py, train.py, requirements.txt and manifest.json of the run as the folder `dir`. */
export async function exportRun(dir: string, run: FinishedRun): Promise<ExperimentRecord> {
  const now = Date.now();
  const start = newExperimentRecord({
    id: randomUUID(), now, dataset: run.dataset, task: run.task, plan: run.plan,
    ...(run.imagePlan ? { imagePlan: run.imagePlan } : {}), ...(run.sequencePlan ? { sequencePlan: run.sequencePlan } : {}),
    model: run.model, settings: run.settings,
  });
  const record: ExperimentRecord = {
    ...start,
    status: 'completed',
    preprocessing: run.preprocessing,
    spec: run.spec,
    summary: run.summary,
    split: run.split,
    testExamples: [...run.testExamples],
    // The record keeps the reason in English, as it keeps every run's text for older readers.
    backend: { backend: run.backend.backend, label: run.backend.label, reason: english(run.backend.reason) },
    history: run.outcome.history,
    bestEpoch: run.outcome.bestEpoch,
    elapsedMs: run.outcome.elapsedMs,
    evaluation: run.evaluation,
    hasWeights: true,
  };
  const weights = await weightsFromModel(run.trained, run.outcome.bestEpoch);
  replaceModelFolder(dir, modelExportFiles(record, weights));
  return record;
}
