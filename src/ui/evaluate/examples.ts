/**
 * The held-out examples behind an evaluation, as the Evaluate step can show them: one key per
 * prediction (in evaluation order) and the kind's own way of describing a key (a table row's
 * cells, an image file, a recording's steps).
 */
import type { ClassificationEvaluation } from '../../core/evaluate/types';
import type { ExampleUnit, ExampleView } from '../../core/sources/kind';

export interface EvaluationExamples {
  readonly unit: ExampleUnit;
  /** Prediction i is about keys[i]. */
  readonly keys: readonly string[];
  describe(key: string): ExampleView | null;
  /** Image files by relative path, for thumbnails. */
  readonly files?: ReadonlyMap<string, Blob>;
}

export interface CellChoice {
  readonly actual: number;
  readonly predicted: number;
}

/** Positions (into the evaluation's predictions) of the examples in one cell, most confident first. */
export function examplesInCell(e: ClassificationEvaluation, cell: CellChoice): number[] {
  const { actual, predicted, confidence } = e.predictions;
  const hits: number[] = [];
  for (let i = 0; i < actual.length; i++) if (actual[i] === cell.actual && predicted[i] === cell.predicted) hits.push(i);
  return hits.sort((a, b) => (confidence[b] ?? 0) - (confidence[a] ?? 0));
}
