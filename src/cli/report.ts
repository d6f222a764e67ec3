/** The CLI's JSON result: one object, stable keys, numbers as computed on the held-out split. */
import type { TypedDataset } from '../core/data/types';
import type { PlanProposal } from '../core/features/types';
import type { PipelineResult } from '../core/pipeline';
import type { BackendName, TrainingSettings } from '../core/train/types';

export interface TrainReport {
  readonly command: 'train';
  readonly file: string;
  readonly task: 'classification' | 'regression';
  readonly target: string;
  readonly features: readonly string[];
  readonly inputShape: readonly [null, number, ...number[]];
  readonly classes?: readonly string[];
  readonly rows: number;
  readonly trainRows: number;
  readonly testRows: number;
  readonly droppedRows: number;
  readonly backend: BackendName;
  readonly backendLabel: string;
  readonly seed: number;
  readonly epochs: number;
  readonly bestEpoch: number;
  readonly stoppedEarly: boolean;
  readonly metrics: Record<string, number>;
  readonly baseline: Record<string, number | string>;
  readonly model: { readonly layers: readonly { type: string; units?: number; outputShape: readonly (number | null)[]; params: number }[]; readonly totalParams: number };
  readonly warnings: readonly string[];
  readonly elapsedMs: number;
}

export function buildTrainReport(input: {
  dataset: TypedDataset;
  proposal: PlanProposal;
  settings: TrainingSettings;
  result: PipelineResult;
  backend: { backend: BackendName; label: string };
  elapsedMs: number;
}): TrainReport {
  const { dataset, proposal, settings, result, backend } = input;
  const { prepared, evaluation, outcome } = result;
  const { encoded, spec, report } = prepared;
  const base = {
    command: 'train' as const,
    file: dataset.name,
    task: evaluation.task,
    target: proposal.plan.target,
    features: proposal.plan.features,
    inputShape: encoded.inputShape,
    rows: dataset.rowCount,
    trainRows: encoded.trainRows,
    testRows: encoded.testRows,
    droppedRows: encoded.droppedRows,
    backend: backend.backend,
    backendLabel: backend.label,
    seed: settings.seed,
    epochs: outcome.history.length,
    bestEpoch: outcome.bestEpoch,
    stoppedEarly: outcome.stoppedEarly,
    model: {
      layers: report.layers.map((row, i) => {
        const layer = spec.layers[i];
        const units = layer !== undefined && typeof layer.units === 'number' ? layer.units : undefined;
        return { type: row.type, ...(units !== undefined ? { units } : {}), outputShape: row.outputShape ?? [], params: row.params };
      }),
      totalParams: report.totalParams,
    },
    warnings: dataset.warnings.map((w) => w.message),
    elapsedMs: input.elapsedMs,
  };
  if (evaluation.task === 'classification') {
    return {
      ...base,
      classes: evaluation.classes,
      metrics: { accuracy: evaluation.accuracy, macroF1: evaluation.macroF1 },
      baseline: { label: evaluation.baseline.label, accuracy: evaluation.baseline.accuracy },
    };
  }
  return {
    ...base,
    metrics: { mae: evaluation.mae, rmse: evaluation.rmse, r2: evaluation.r2 },
    baseline: { value: evaluation.baseline.value, mae: evaluation.baseline.mae, rmse: evaluation.baseline.rmse, r2: evaluation.baseline.r2 },
  };
}
