/**
 * Everything that follows from a valid plan before the arrays are written: the recordings, the
 * examples, the split, the classes (or the target's mean and std) and the step columns' mean and
 * std fitted on the training examples. explainInput, analyse and prepare share it, so that the
 * shape shown on the Shape step is the one training gets.
 */
import { AppError, appErrorInfo, type AppErrorInfo } from '../../errors';
import type { Column, NumberColumn, TypedDataset } from '../../data/types';
import { quoted } from '../../features/columns';
import { meanStd } from '../../features/fit';
import { msg } from '../../i18n/message';
import type { Split } from '../../features/types';
import type { SplitOptions } from '../kind';
import { columnOf } from './columns';
import { fitStepSlots, type ScaledSlot } from './encode';
import { enumerateExamples, lengthNote, missingStepsNote, unlabelledNote, type SequenceExamples } from './examples';
import { classesAt, classIdsOf, labelRowsOf } from './labels';
import { groupRecordings, type RecordingIndex } from './recordings';
import { splitExamples } from './split';
import type { SequencePlan } from './types';

export interface SequenceFit {
  readonly recs: RecordingIndex;
  readonly ex: SequenceExamples;
  readonly target: Column;
  readonly features: readonly NumberColumn[];
  /** Example positions; held-out examples with a class no training example has are left out. */
  readonly split: Split;
  /** Classification: labels in output order; regression: []. */
  readonly classes: readonly string[];
  /** Classification: each example's class number (-1 unlabelled or unknown); regression: null. */
  readonly classIds: Int32Array | null;
  readonly targetMean: number;
  readonly targetStd: number;
  /** One 'scaled' slot per step column, in plan.features order. */
  readonly slots: readonly ScaledSlot[];
  readonly notes: readonly AppErrorInfo[];
  /** Some step column has empty cells inside the recordings (they are carried forward). */
  readonly emptyCells: boolean;
}

/** The recordings and examples of a plan (no split, no fitting): what describeExample and previews need. */
export function examplesOf(ds: TypedDataset, plan: SequencePlan, recs?: RecordingIndex): SequenceExamples {
  const grouping = recs ?? groupRecordings(ds, plan.idColumn, plan.orderColumn);
  return enumerateExamples(grouping, plan.layout, plan.length, plan.stride, columnOf(ds, plan.target));
}

/** Assumes a plan without problems (validateSequencePlan); throws an AppError where the data still cannot be used. */
export function fitSequences(ds: TypedDataset, plan: SequencePlan, opts: SplitOptions, recs?: RecordingIndex): SequenceFit {
  const grouping = recs ?? groupRecordings(ds, plan.idColumn, plan.orderColumn);
  const target = columnOf(ds, plan.target);
  if (!target) throw new AppError({ code: 'sequence/target-not-found', message: msg('sources.sequences.targetNotFound', { column: quoted(plan.target), name: ds.name }) });
  const features = plan.features.map((name) => {
    const col = columnOf(ds, name);
    if (col?.kind !== 'number') {
      throw new AppError({
        code: 'sequence/step-column-unusable',
        message: col ? msg('sources.sequences.stepColumnNotNumbers', { column: quoted(name) }) : msg('sources.sequences.stepColumnMissing', { column: quoted(name), name: ds.name }),
      });
    }
    return col;
  });
  const ex = examplesOf(ds, plan, grouping);
  const { split: raw, notes: splitNotes } = splitExamples(ds, ex, plan.task, target, opts);
  const notes: AppErrorInfo[] = [...grouping.notes];
  for (const note of [lengthNote(ex), unlabelledNote(ex, plan.target), missingStepsNote(grouping, features)]) if (note) notes.push(note);
  notes.push(...splitNotes);

  let split = raw;
  let classes: string[] = [];
  let classIds: Int32Array | null = null;
  let targetMean = 0;
  let targetStd = 1;
  if (plan.task === 'classification') {
    classes = classesAt(ds, target, ex.labelRow, raw.train);
    classIds = classIdsOf(target, ex.labelRow, classes);
    const ids = classIds;
    const known = raw.test.filter((e) => ids[e]! >= 0);
    if (known.length < raw.test.length) {
      const dropped = raw.test.length - known.length;
      notes.push(
        appErrorInfo({
          code: 'sequence/unseen-class',
          message: msg('sources.sequences.unseenClass', { count: dropped, column: quoted(plan.target) }),
          detail: `dropped ${dropped} of ${raw.test.length} test examples`,
        }),
      );
      split = { ...raw, test: known };
    }
  } else {
    if (target.kind !== 'number') {
      throw new AppError({ code: 'sequence/regression-non-numeric', message: msg('sources.sequences.regressionNonNumeric', { column: quoted(plan.target) }) });
    }
    ({ mean: targetMean, std: targetStd } = meanStd(target.values, labelRowsOf(ex.labelRow, raw.train)));
  }
  const slots = fitStepSlots(features, ex, split.train, ds.rowCount);
  const emptyCells = notes.some((n) => n.code === 'sequence/missing-steps');
  return { recs: grouping, ex, target, features, split, classes, classIds, targetMean, targetStd, slots, notes, emptyCells };
}
