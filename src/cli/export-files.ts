/**
 * `--out DIR`: a finished CLI run as an experiment record, exported with the same files the
 * app exports (core/experiment/export.ts), written atomically: into a temporary folder next to
 * DIR first, then moved into DIR file by file, so that DIR never holds half a model.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type * as tf from '@tensorflow/tfjs';
import { AppError } from '../core/errors';
import type { Evaluation } from '../core/evaluate/types';
import { modelExportFiles, type ExportFile } from '../core/experiment/export';
import { newExperimentRecord } from '../core/experiment/record';
import type { ExperimentRecord } from '../core/experiment/types';
import type { RunIdentity } from '../core/experiment/run-identity';
import { weightsFromModel } from '../core/experiment/weights';
import type { Preprocessing } from '../core/features/types';
import type { ModelDraft } from '../core/model/designer-types';
import type { ModelSpec, ModelSummary } from '../core/model/types';
import type { TrainingOutcome, TrainingSettings } from '../core/train/types';

export function writeExportFiles(dir: string, files: readonly ExportFile[]): void {
  const target = resolve(dir);
  const parent = dirname(target);
  let tmp = '';
  try {
    mkdirSync(parent, { recursive: true });
    tmp = mkdtempSync(join(parent, `${basename(target)}.tmp-`));
    for (const f of files) writeFileSync(join(tmp, f.name), f.data);
    mkdirSync(target, { recursive: true });
    for (const f of files) renameSync(join(tmp, f.name), join(target, f.name));
  } catch (err) {
    throw new AppError({
      code: 'cli/write-export',
      message: `Cannot write the model into “${dir}”: the folder cannot be created or written.`,
      detail: err instanceof Error ? err.message : String(err),
    });
  } finally {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  }
}

export interface FinishedRun extends RunIdentity {
  readonly model: ModelDraft;
  readonly settings: TrainingSettings;
  readonly preprocessing: Preprocessing;
  readonly spec: ModelSpec;
  readonly summary: ModelSummary;
  readonly split: { trainRows: number; testRows: number; stratified: boolean };
  readonly testExamples: readonly string[];
  readonly backend: { backend: TrainingOutcome['backend']; label: string; reason: string };
  readonly outcome: TrainingOutcome;
  readonly evaluation: Evaluation;
  readonly trained: tf.LayersModel;
}

/** Writes model.json, weights.bin, preprocessing.json and model.py of the run into `dir`. */
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
    backend: run.backend,
    history: run.outcome.history,
    bestEpoch: run.outcome.bestEpoch,
    elapsedMs: run.outcome.elapsedMs,
    evaluation: run.evaluation,
    hasWeights: true,
  };
  const weights = await weightsFromModel(run.trained, run.outcome.bestEpoch);
  writeExportFiles(dir, modelExportFiles(record, weights));
  return record;
}
