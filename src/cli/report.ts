/** The CLI's JSON result: one object, stable keys, numbers as computed on the held-out split. */
import type { PipelineResult } from '../core/pipeline/run';
import type { KindName, SkippedItem } from '../core/sources/kind';
import type { BackendName, TrainingSettings } from '../core/train/types';
import type { ClassMetrics } from '../core/evaluate/types';

export interface TrainReport {
  readonly command: 'train';
  /** The kind of data: 'table', 'images' or 'sequences'. */
  readonly kind: KindName;
  readonly file: string;
  readonly task: 'classification' | 'regression';
  readonly target: string;
  /** The columns the network reads (tables: feature columns; sequences: step columns); [] for images. */
  readonly features: readonly string[];
  readonly inputShape: readonly [null, number, ...number[]];
  readonly classes?: readonly string[];
  /** Rows of the file (tables, sequences) or images in the dataset. */
  readonly rows: number;
  /** Examples trained on and held out: rows, images, recordings or windows (`unit`). */
  readonly unit: string;
  readonly trainRows: number;
  readonly testRows: number;
  readonly droppedRows: number;
  /** Each reason is a message: `--json` prints it in the terminal's language (cliJson). */
  readonly skipped: readonly SkippedItem[];
  readonly backend: BackendName;
  readonly backendLabel: string;
  readonly seed: number;
  readonly epochs: number;
  readonly bestEpoch: number;
  readonly stoppedEarly: boolean;
  readonly metrics: Record<string, number>;
  /** The trivial baseline (the same object as `baselines.trivial`, kept for scripts that read it). */
  readonly baseline: Record<string, number | string>;
  /**
   * The trivial baseline and the linear model trained on the same split and encoding (no hidden
   * layer: Dense(classes, softmax) or Dense(1)); `linear` is null when it could not be trained.
   */
  readonly baselines: { readonly trivial: Record<string, number | string>; readonly linear: Record<string, number> | null };
  readonly perClass?: readonly ClassMetrics[];
  readonly confusion?: readonly (readonly number[])[];
  readonly model: {
    readonly layers: readonly { type: string; units?: number; outputShape: readonly (number | null)[]; params: number }[];
    readonly totalParams: number;
    /** The head trained: Dense(2, softmax) + categorical cross-entropy, or Dense(1, sigmoid) + binary cross-entropy for two classes… */
    readonly head: { readonly units: number; readonly activation: string; readonly loss: string };
  };
  readonly warnings: readonly string[];
  readonly elapsedMs: number;
}

export function buildTrainReport(input: {
  kind: KindName;
  file: string;
  rows: number;
  features: readonly string[];
  warnings: readonly string[];
  settings: TrainingSettings;
  result: PipelineResult;
  backend: { backend: BackendName; label: string };
  elapsedMs: number;
  /** Kind-specific keys (images: augment; sequences: layout). */
  extra?: Record<string, unknown>;
}): TrainReport {
  const { settings, result, backend } = input;
  const { prepared, evaluation, outcome } = result;
  const { encoded, spec, report } = prepared;
  const base = {
    command: 'train' as const,
    kind: input.kind,
    ...input.extra,
    file: input.file,
    task: evaluation.task,
    target: encoded.preprocessing.target,
    features: input.features,
    inputShape: encoded.inputShape,
    rows: input.rows,
    unit: prepared.unit,
    trainRows: encoded.trainRows,
    testRows: encoded.testRows,
    droppedRows: encoded.droppedRows,
    skipped: prepared.skipped,
    ...(prepared.imageMemory ? { imageMemory: prepared.imageMemory } : {}),
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
      head: { units: prepared.head.units, activation: prepared.head.activation, loss: prepared.head.loss },
    },
    warnings: input.warnings,
    elapsedMs: input.elapsedMs,
  };
  if (evaluation.task === 'classification') {
    const trivial = { label: evaluation.baseline.label, accuracy: evaluation.baseline.accuracy };
    const linear = evaluation.linear;
    return {
      ...base,
      classes: evaluation.classes,
      metrics: { accuracy: evaluation.accuracy, macroF1: evaluation.macroF1 },
      baseline: trivial,
      baselines: {
        trivial,
        linear: linear ? { accuracy: linear.accuracy, macroF1: linear.macroF1, steps: linear.steps, elapsedMs: linear.elapsedMs } : null,
      },
      perClass: evaluation.perClass,
      confusion: evaluation.confusion,
    };
  }
  const trivial = { value: evaluation.baseline.value, mae: evaluation.baseline.mae, rmse: evaluation.baseline.rmse, r2: evaluation.baseline.r2 };
  const linear = evaluation.linear;
  return {
    ...base,
    metrics: { mae: evaluation.mae, rmse: evaluation.rmse, r2: evaluation.r2 },
    baseline: trivial,
    baselines: {
      trivial,
      linear: linear ? { mae: linear.mae, rmse: linear.rmse, r2: linear.r2, steps: linear.steps, elapsedMs: linear.elapsedMs } : null,
    },
  };
}
