/**
 * One seam for every kind of data. A kind (table, images, sequences) is one folder under
 * src/core/sources/ that implements DataKind; everything after the plan (model, training,
 * evaluation, experiments, export, prediction) is written once against it, and the worker
 * protocol, the Shape step and the CLI dispatch on `kind`.
 *
 * Kinds may use data, features and shape, never model, train or evaluate: what a kind hands
 * on is plain arrays (EncodedDataset) and explanations, not tensors or layers.
 */
import type { AppErrorInfo } from '../errors';
import type { EncodedDataset, Split, Task } from '../features/types';
import type { Message } from '../i18n/message';
import type { ExampleWord } from '../shape/format';
import type { ShapeExplanation } from '../shape/types';

export type KindName = 'table' | 'images' | 'sequences';

/** What one example is, for the words on screen: "359 held-out images", "12 recordings". */
export type ExampleUnit = ExampleWord;

export interface SplitOptions {
  /** Share of the examples held out for the evaluation, 0 < f < 1. */
  readonly testFraction: number;
  readonly seed: number;
}

export interface PrepareOptions extends SplitOptions {
  /** Bytes the decoded inputs may take to be kept in memory (images); beyond it they are read a batch at a time. */
  readonly cacheBytes?: number;
}

/** Where a run's decoded images are: kept in memory (they fit the budget) or read a batch at a time. */
export interface InputMemory {
  readonly mode: 'cached' | 'streamed';
  /** float32 bytes of the whole decoded set. */
  readonly decodedBytes: number;
  readonly budgetBytes: number;
}

/** A plan the app proposes, with the sentences that justify it. */
export interface PlanProposal<Plan> {
  readonly plan: Plan;
  readonly targetReason: Message;
  readonly taskReason: Message;
}

/**
 * What a plan gives before anything is trained, cheap enough to work out again at every
 * choice the user makes: the Shape and Model steps show it, and Train waits until it has no
 * problem.
 */
export interface KindAnalysis {
  /** Blocking problems, in the user's words, naming the column/file/recording, with a fix where one exists. */
  readonly problems: readonly AppErrorInfo[];
  /** What the user should know that does not block (padded recordings, irregular time steps, skipped files). */
  readonly notes: readonly AppErrorInfo[];
  /** null when a problem blocks. */
  readonly shape: ShapeExplanation | null;
  readonly task: Task;
  readonly target: string;
  /** Classification: the class labels in output-unit order (as training will have them); regression: []. */
  readonly classes: readonly string[];
  readonly unit: ExampleUnit;
  readonly trainCount: number;
  readonly testCount: number;
  /** A few example keys per class (or overall), for the Data step's pictures; describeExample shows each. */
  readonly previewExamples: readonly string[];
  /** What each source column is used as under this plan, with the reason (sequences: id, order, target, attribute, step). */
  readonly columns?: readonly ColumnUse[];
  /**
   * Set when examples may hold padded steps (recordings shorter than the length): the value of
   * every feature at such a step, which a Masking layer before a recurrent one skips.
   */
  readonly maskValue?: number;
  /** Sequences: the examples with the fewest real steps before padding (a few of their names), for the model's advice on windows wider than them. */
  readonly shortest?: ShortestExamples;
}

export interface ShortestExamples {
  readonly steps: number;
  /** How many examples have only `steps` real steps. */
  readonly count: number;
  /** The first few of them, as the user knows them: "u8". */
  readonly names: readonly string[];
}

export interface ColumnUse {
  readonly column: string;
  readonly role: string;
  readonly reason: Message;
}

/** Progress of the long part of preparing (images: decoding). */
export interface PrepareProgress {
  readonly phase: 'scan' | 'encode';
  readonly done: number;
  readonly total: number;
}

export interface PrepareHooks {
  onProgress?(progress: PrepareProgress): void;
}

/** Something left out while preparing (a file that does not decode), with the reason in plain words. */
export interface SkippedItem {
  readonly relativePath: string;
  readonly reason: Message;
}

/** The data of one run, ready for the model: the split, the encoded arrays and how to read them. */
export interface PreparedData {
  readonly encoded: EncodedDataset;
  /** Positions of the examples (rows, usable images, recordings or windows) on each side. */
  readonly split: Split;
  /** Equal to the analysis' shape for the same plan and split; its inputShape is encoded.inputShape. */
  readonly shape: ShapeExplanation;
  readonly unit: ExampleUnit;
  /** One key per held-out example, in evaluation order: prediction i is about testExamples[i]. */
  readonly testExamples: readonly string[];
  readonly notes: readonly AppErrorInfo[];
  readonly skipped: readonly SkippedItem[];
  /** Training-only change of each epoch's inputs (image augmentation), when the plan asks for it. */
  readonly augment?: (rows: Float32Array, count: number, rng: () => number) => Float32Array;
  /** Images: whether the decoded set was kept in memory or is read a batch at a time. */
  readonly imageMemory?: InputMemory;
}

/** One example as the user can look at it: in a confusion-matrix cell, or a prediction. */
export type ExampleView =
  | {
      readonly kind: 'row';
      readonly key: string;
      /** "Row 12". */
      readonly title: Message;
      readonly cells: readonly { readonly column: string; readonly value: string }[];
    }
  | { readonly kind: 'image'; readonly key: string; readonly title: Message; readonly path: string }
  | {
      readonly kind: 'sequence';
      readonly key: string;
      /** "Recording “rec-017”" or "Rows 1,201–1,264". */
      readonly title: Message;
      /** The label or target value of the example, as the user reads it. */
      readonly label: string;
      /** The step columns, in the order of `values`' last axis. */
      readonly channels: readonly string[];
      readonly steps: number;
      /** [steps, channels] row-major, in the file's own units (not scaled); NaN where a value is missing. */
      readonly values: Float32Array;
      /** What the x axis counts: "step", or "step (by timestamp)" when a column orders the steps. */
      readonly stepLabel: Message;
    };

/**
 * A kind of data. `Source` is the data itself (a parsed table; image files with their
 * decoder), `Summary` is what the Data step holds about it (for a table the table itself; for
 * images their index and inspection, so that the window never decodes an image), `Plan` is
 * the user's choices on the Shape step.
 */
export interface DataKind<Source, Summary, Plan> {
  readonly kind: KindName;
  /** What the Data step shows; for images this decodes every file once (in a worker). */
  inspect(source: Source, hooks?: PrepareHooks): Promise<Summary>;
  proposePlan(summary: Summary): PlanProposal<Plan>;
  /** Blocking problems with the plan, in the user's words; [] when it can be trained. */
  validatePlan(summary: Summary, plan: Plan): AppErrorInfo[];
  /** The input shape and where each number comes from; throws an AppError when the plan is invalid. */
  explainInput(summary: Summary, plan: Plan, opts: SplitOptions): ShapeExplanation;
  /** Never throws: problems and failures come back as values. */
  analyse(summary: Summary, plan: Plan, opts: SplitOptions): KindAnalysis;
  /** Seeded: the same summary, plan and options give the same split. Held-out examples never share rows with training ones. */
  split(summary: Summary, plan: Plan, opts: SplitOptions): Split;
  /** Splits, fits the preprocessing on the training side only, and encodes both sides. */
  prepare(source: Source, plan: Plan, opts: PrepareOptions, hooks?: PrepareHooks): Promise<PreparedData>;
  /** The example behind a key of PreparedData.testExamples or KindAnalysis.previewExamples; null when the key is unknown. */
  describeExample(summary: Summary, plan: Plan, key: string): ExampleView | null;
}
