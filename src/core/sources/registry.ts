/**
 * The kinds of data by name, and the one place that pairs a kind with its source and plan:
 * everything after the plan (the pipeline, the workers, the CLI) holds a KindRun or a KindPlan
 * and asks for the kind's work through these bound verbs, never through a switch of its own.
 */
import type { TypedDataset } from '../data/types';
import type { FeaturePlan, Split } from '../features/types';
import { imagesKind, type ImageSummary } from './images/kind';
import type { ImageEncodingPlan, ImageSource } from './images/types';
import type { AppErrorInfo } from '../errors';
import type { ShapeExplanation } from '../shape/types';
import type { DataKind, ExampleView, KindAnalysis, KindName, PrepareHooks, PrepareOptions, PreparedData, SplitOptions } from './kind';
import { sequencesKind } from './sequences/kind';
import type { SequencePlan, SequenceSummary } from './sequences/types';
import { tableKind } from './table/kind';

/** A kind with the data and the plan of one run: what prepare needs. */
export type KindRun =
  | { readonly kind: 'table'; readonly source: TypedDataset; readonly plan: FeaturePlan }
  | { readonly kind: 'images'; readonly source: ImageSource; readonly plan: ImageEncodingPlan }
  | { readonly kind: 'sequences'; readonly source: TypedDataset; readonly plan: SequencePlan };

/** A kind with what the Data step holds and the user's plan: what the Shape and Model steps need. */
export type KindPlan =
  | { readonly kind: 'table'; readonly summary: TypedDataset; readonly plan: FeaturePlan }
  | { readonly kind: 'images'; readonly summary: ImageSummary; readonly plan: ImageEncodingPlan }
  | { readonly kind: 'sequences'; readonly summary: SequenceSummary; readonly plan: SequencePlan };

export interface BoundPlan {
  readonly kind: KindName;
  validate(): AppErrorInfo[];
  explain(opts: SplitOptions): ShapeExplanation;
  analyse(opts: SplitOptions): KindAnalysis;
  split(opts: SplitOptions): Split;
  describe(key: string): ExampleView | null;
}

function bindPlan<Source, Summary, Plan>(kind: DataKind<Source, Summary, Plan>, summary: Summary, plan: Plan): BoundPlan {
  return {
    kind: kind.kind,
    validate: () => kind.validatePlan(summary, plan),
    explain: (opts) => kind.explainInput(summary, plan, opts),
    analyse: (opts) => kind.analyse(summary, plan, opts),
    split: (opts) => kind.split(summary, plan, opts),
    describe: (key) => kind.describeExample(summary, plan, key),
  };
}

export function planOf(k: KindPlan): BoundPlan {
  switch (k.kind) {
    case 'table':
      return bindPlan(tableKind, k.summary, k.plan);
    case 'images':
      return bindPlan(imagesKind, k.summary, k.plan);
    case 'sequences':
      return bindPlan(sequencesKind, k.summary, k.plan);
  }
}

/** Splits, fits on the training side and encodes the run's data. */
export function prepareData(run: KindRun, opts: PrepareOptions, hooks?: PrepareHooks): Promise<PreparedData> {
  switch (run.kind) {
    case 'table':
      return tableKind.prepare(run.source, run.plan, opts, hooks);
    case 'images':
      return imagesKind.prepare(run.source, run.plan, opts, hooks);
    case 'sequences':
      return sequencesKind.prepare(run.source, run.plan, opts, hooks);
  }
}
