/**
 * Sequences (sensor recordings, time series) behind the DataKind seam: a table whose rows are
 * time steps becomes (None, steps, features), one example per recording (grouped) or per
 * window of a long recording (windows).
 */
import { AppError } from '../../errors';
import type { TypedDataset } from '../../data/types';
import type { DataKind } from '../kind';
import { analyseSequences } from './analyse';
import { describeByKey } from './describe';
import { detectSequences } from './detect';
import { explainSequenceShape } from './explain';
import { fitSequences } from './fit';
import { proposeSequencePlan } from './plan';
import { prepareSequences } from './prepare';
import { groupRecordings } from './recordings';
import type { SequencePlan, SequenceSummary } from './types';
import { validateSequencePlan } from './validate';

/** Throws the plan's first problem (all of them in the detail), for the verbs that need a valid plan. */
function assertValid(summary: SequenceSummary, plan: SequencePlan) {
  const recs = groupRecordings(summary.dataset, plan.idColumn, plan.orderColumn);
  const problems = validateSequencePlan(summary, plan, recs);
  if (problems.length > 0) throw new AppError({ ...problems[0]!, message: problems[0]!.msg, detail: problems.map((p) => `${p.code}: ${p.message}`).join('\n') });
  return recs;
}

export const sequencesKind: DataKind<TypedDataset, SequenceSummary, SequencePlan> = {
  kind: 'sequences',
  inspect(dataset) {
    return Promise.resolve({ dataset, detection: detectSequences(dataset) });
  },
  proposePlan: proposeSequencePlan,
  validatePlan: (summary, plan) => validateSequencePlan(summary, plan),
  explainInput(summary, plan, opts) {
    const recs = assertValid(summary, plan);
    const fit = fitSequences(summary.dataset, plan, opts, recs);
    return explainSequenceShape(plan, fit.ex, fit.slots, fit.emptyCells);
  },
  analyse: analyseSequences,
  split(summary, plan, opts) {
    const recs = assertValid(summary, plan);
    return fitSequences(summary.dataset, plan, opts, recs).split;
  },
  prepare(source, plan, opts) {
    try {
      return Promise.resolve(prepareSequences(source, plan, opts));
    } catch (err) {
      return Promise.reject(err instanceof Error ? err : new Error(String(err)));
    }
  },
  describeExample: (summary, plan, key) => describeByKey(summary.dataset, plan, key),
};
