/**
 * A valid plan → PreparedData: split, fit on the training examples only, and both sides written
 * once into [examples, length, features] Float32Arrays with their one-hot or standardised y.
 */
import { AppError } from '../../errors';
import type { TypedDataset } from '../../data/types';
import type { EncodedDataset, Preprocessing, SequencePreprocessing } from '../../features/types';
import { msg } from '../../i18n/message';
import type { PreparedData, SplitOptions } from '../kind';
import { hasValue } from './columns';
import { encodeClasses, encodeSteps, encodeValues } from './encode';
import { exampleKey } from './examples';
import { explainSequenceShape } from './explain';
import { fitSequences } from './fit';
import { groupRecordings, stepsOf } from './recordings';
import type { SequenceDetection, SequencePlan } from './types';
import { validateSequencePlan } from './validate';

const NO_DETECTION: SequenceDetection = { proposal: null, likely: false, reason: msg('sources.sequences.detect.none'), idCandidates: [], orderCandidates: [] };

/** The saved description of how rows become examples, repeated at prediction time. */
export function sequencePreprocessing(plan: SequencePlan): SequencePreprocessing {
  return {
    layout: plan.layout,
    idColumn: plan.idColumn,
    orderColumn: plan.orderColumn,
    length: plan.length,
    stride: plan.layout === 'grouped' ? 1 : plan.stride,
    padding: 'post',
    truncation: 'post',
    maskValue: 0,
    missing: 'carry-forward',
  };
}

/** Throws the plan's first problem as an AppError (all of them in its detail). */
export function prepareSequences(ds: TypedDataset, plan: SequencePlan, opts: SplitOptions): PreparedData {
  const recs = groupRecordings(ds, plan.idColumn, plan.orderColumn);
  const problems = validateSequencePlan({ dataset: ds, detection: NO_DETECTION }, plan, recs);
  if (problems.length > 0) {
    throw new AppError({ ...problems[0]!, message: problems[0]!.msg, detail: problems.map((p) => `${p.code}: ${p.message}`).join('\n') });
  }
  const fit = fitSequences(ds, plan, opts, recs);
  const { ex, split, slots, classes, classIds } = fit;
  const values = fit.features.map((c) => c.values);
  const classification = plan.task === 'classification';
  const side = (which: Uint32Array) =>
    classification
      ? encodeClasses(classIds!, which, classes.length)
      : encodeValues(fit.target as Extract<typeof fit.target, { kind: 'number' }>, ex.labelRow, which, fit.targetMean, fit.targetStd);
  const train = side(split.train);
  const test = side(split.test);
  const preprocessing: Preprocessing = {
    task: plan.task,
    target: plan.target,
    slots,
    imputation: 'mean',
    sequence: sequencePreprocessing(plan),
    ...(classification ? { classes } : { targetMean: fit.targetMean, targetStd: fit.targetStd }),
  };
  // Rows whose label is empty: in a recording without a label (grouped), or simply without one (windows).
  let droppedRows = 0;
  for (let r = 0; r < recs.count; r++) {
    if (plan.layout === 'grouped') {
      if (ex.labelRow[r]! < 0) droppedRows += stepsOf(recs, r);
      continue;
    }
    for (let p = recs.starts[r]!; p < recs.starts[r + 1]!; p++) if (!hasValue(fit.target, recs.rows[p]!)) droppedRows++;
  }
  const encoded: EncodedDataset = {
    preprocessing,
    inputShape: [null, plan.length, slots.length],
    outputUnits: classification ? classes.length : 1,
    trainX: encodeSteps(values, slots, ex, split.train),
    trainY: train.y,
    testX: encodeSteps(values, slots, ex, split.test),
    testY: test.y,
    trainTarget: train.target,
    testTarget: test.target,
    trainRows: split.train.length,
    testRows: split.test.length,
    droppedRows,
  };
  return {
    encoded,
    split,
    shape: explainSequenceShape(plan, ex, slots, fit.emptyCells),
    unit: plan.layout === 'grouped' ? 'recordings' : 'windows',
    testExamples: Array.from(split.test, (i) => exampleKey(ex, i)),
    notes: fit.notes,
    skipped: [],
  };
}
