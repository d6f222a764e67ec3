/**
 * What a sequences plan gives before anything is trained, cheap enough to work out again at every
 * choice: problems, notes, the input shape, the split's sizes, the classes in output order and a
 * few examples per class to show. Never throws.
 */
import { toAppErrorInfo } from '../../errors';
import { msg } from '../../i18n/message';
import { emptyAnalysis } from '../analysis';
import type { KindAnalysis, SplitOptions } from '../kind';
import { exampleKey, shortestExamples } from './examples';
import { sequenceColumns } from './column-roles';
import { sequencePreprocessing } from './prepare';
import { explainSequenceShape } from './explain';
import { fitSequences, type SequenceFit } from './fit';
import { labelledExamples } from './labels';
import { groupRecordings } from './recordings';
import type { SequencePlan, SequenceSummary } from './types';
import { validateSequencePlan } from './validate';

/** Up to `per` keys spread evenly over `indices`. */
function spread(indices: readonly number[], per: number): number[] {
  if (indices.length <= per) return [...indices];
  return Array.from({ length: per }, (_, k) => indices[Math.floor(((k + 0.5) * indices.length) / per)]!);
}

/** Up to 3 example keys per class (in output order), or 6 overall for regression. */
export function previewKeys(fit: SequenceFit): string[] {
  const { ex, classIds, classes } = fit;
  const labelled = Array.from(labelledExamples(ex.labelRow));
  if (!classIds) return spread(labelled, 6).map((i) => exampleKey(ex, i));
  const byClass: number[][] = classes.map(() => []);
  for (const i of labelled) if (classIds[i]! >= 0) byClass[classIds[i]!]!.push(i);
  return byClass.flatMap((list) => spread(list, 3).map((i) => exampleKey(ex, i)));
}

function withShortest(shortest: ReturnType<typeof shortestExamples>): Pick<KindAnalysis, 'shortest'> {
  return shortest ? { shortest } : {};
}

export function analyseSequences(summary: SequenceSummary, plan: SequencePlan, opts: SplitOptions): KindAnalysis {
  const base = emptyAnalysis(plan.task, plan.target, plan.layout === 'grouped' ? 'recordings' : 'windows');

  try {
    // What each column is used as: the Shape step's column list, worked out here with the rest.
    const withColumns = { ...base, columns: sequenceColumns(summary, plan) };
    const recs = groupRecordings(summary.dataset, plan.idColumn, plan.orderColumn);
    const problems = validateSequencePlan(summary, plan, recs);
    if (problems.length > 0) return { ...withColumns, problems, notes: recs.notes };
    const fit = fitSequences(summary.dataset, plan, opts, recs);
    return {
      ...withColumns,
      // A recording shorter than the length is padded (here, or when predicting on a new file).
      ...(plan.layout === 'grouped' ? { maskValue: sequencePreprocessing(plan).maskValue } : {}),
      ...withShortest(shortestExamples(fit.ex)),
      notes: fit.notes,
      shape: explainSequenceShape(plan, fit.ex, fit.slots, fit.emptyCells),
      classes: fit.classes,
      trainCount: fit.split.train.length,
      testCount: fit.split.test.length,
      previewExamples: previewKeys(fit),
    };
  } catch (err) {
    return { ...base, problems: [toAppErrorInfo(err, msg('sources.sequences.shapeFailed'))] };
  }
}
