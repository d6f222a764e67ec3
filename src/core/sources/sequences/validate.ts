/**
 * Blocking problems with a SequencePlan, in the user's words, naming the column and the
 * recordings involved, each with a one-click fix where one is natural (fixes.ts).
 */
import type { AppErrorInfo } from '../../errors';
import type { TypedDataset } from '../../data/types';
import { nameList, quoted } from '../../features/columns';
import { columnOf, kindWords, rowCodes } from './columns';
import { labelProblems } from './label-problems';
import { excludeAction, FEATURES_PROPOSED_ACTION, idAction, layoutAction, lengthAction, strideAction, taskAction } from './fixes';
import { count, counted } from './format';
import { MIN_WINDOW, powerOfTwoBelow, proposeStepColumns } from './propose';
import { groupRecordings, stepsOf, type RecordingIndex } from './recordings';
import { constancy } from './runs';
import { MAX_SEQUENCE_LENGTH, MIN_SEQUENCE_LENGTH, type SequencePlan, type SequenceSummary } from './types';

function structureProblems(summary: SequenceSummary, plan: SequencePlan): AppErrorInfo[] {
  const { dataset: ds, detection } = summary;
  const problems: AppErrorInfo[] = [];
  if (plan.layout === 'grouped' && plan.idColumn === null) {
    const candidate = detection.idCandidates[0];
    problems.push({
      code: 'sequence/no-id',
      message: `One example per recording needs a column that names the recording of each row (like “recording_id”). Choose it, or cut the rows of ${ds.name} into windows instead.`,
      fix: candidate ? { label: `Group the rows by ${quoted(candidate)}`, action: idAction(candidate) } : { label: 'Cut into windows', action: layoutAction('windows') },
    });
  }
  if (plan.idColumn !== null && plan.idColumn === plan.orderColumn) {
    problems.push({ code: 'sequence/id-is-order', message: `${quoted(plan.idColumn)} cannot both name the recordings and order their steps. Choose another time column.` });
  }
  const target = columnOf(ds, plan.target);
  if (!target) {
    problems.push({
      code: 'sequence/target-not-found',
      message: plan.target === '' ? `No label is chosen. Choose the column of ${ds.name} you want to predict.` : `The label column ${quoted(plan.target)} is not in ${ds.name}.`,
      detail: `columns: ${ds.columns.map((c) => c.name).join(', ')}`,
    });
  } else if (plan.target === plan.idColumn || plan.target === plan.orderColumn) {
    problems.push({
      code: 'sequence/target-is-id',
      message: `${quoted(plan.target)} ${plan.target === plan.idColumn ? 'names the recordings' : 'orders the steps'}, so it cannot also be what is predicted. Choose another label.`,
    });
  } else if (target.kind !== 'number' && target.kind !== 'category') {
    problems.push({
      code: 'sequence/target-unusable',
      message: `The label column ${quoted(plan.target)} holds ${kindWords(target)}, which cannot be predicted as classes or as a number. Choose another label.`,
      detail: `kind ${target.kind}`,
    });
  } else if (plan.task === 'regression' && target.kind !== 'number') {
    problems.push({
      code: 'sequence/regression-non-numeric',
      message: `${quoted(plan.target)} holds text labels, not numbers, so it cannot be predicted as a quantity (regression). Predict it as classes instead.`,
      fix: { label: 'Switch to classification', action: taskAction('classification') },
    });
  }
  problems.push(...shapeProblems(plan));
  problems.push(...featureProblems(ds, plan));
  return problems;
}

function shapeProblems(plan: SequencePlan): AppErrorInfo[] {
  const problems: AppErrorInfo[] = [];
  const L = plan.length;
  if (!Number.isInteger(L) || L < MIN_SEQUENCE_LENGTH || L > MAX_SEQUENCE_LENGTH) {
    const fixed = Math.min(MAX_SEQUENCE_LENGTH, Math.max(MIN_SEQUENCE_LENGTH, Math.round(Number.isFinite(L) ? L : 64)));
    problems.push({
      code: 'sequence/bad-length',
      message: `The ${plan.layout === 'grouped' ? 'length of a recording' : 'window length'} must be a whole number of steps from ${MIN_SEQUENCE_LENGTH} to ${count(MAX_SEQUENCE_LENGTH)}; it is ${String(L)}.`,
      fix: { label: `Use ${count(fixed)} steps`, action: lengthAction(fixed) },
    });
  } else if (plan.layout === 'windows' && (!Number.isInteger(plan.stride) || plan.stride < 1 || plan.stride > L)) {
    const fixed = Math.max(1, Math.floor(L / 2));
    problems.push({
      code: 'sequence/bad-stride',
      message: `The stride (rows from one window's start to the next) must be a whole number from 1 to the window length, ${count(L)}; it is ${String(plan.stride)}.`,
      fix: { label: `Start a window every ${count(fixed)} rows`, action: strideAction(fixed) },
    });
  }
  return problems;
}

function featureProblems(ds: TypedDataset, plan: SequencePlan): AppErrorInfo[] {
  const problems: AppErrorInfo[] = [];
  if (plan.features.length === 0) {
    const proposed = proposeStepColumns(ds, plan);
    problems.push({
      code: 'sequence/no-step-columns',
      message: `No step column is chosen, so the network has nothing to read at each step. Choose at least one number column of ${ds.name} that changes from step to step.`,
      ...(proposed.length > 0 ? { fix: { label: `Use ${nameList(proposed, 3)}`, action: FEATURES_PROPOSED_ACTION } } : {}),
    });
  }
  const seen = new Set<string>();
  for (const feature of plan.features) {
    const name = quoted(feature);
    const fix = { label: `Remove ${name} from the step columns`, action: excludeAction(feature) };
    const col = columnOf(ds, feature);
    let message: string | null = null;
    let code = 'sequence/step-column-unusable';
    if (seen.has(feature)) {
      problems.push({ code: 'sequence/step-column-twice', message: `The step column ${name} is chosen twice.` });
      continue;
    }
    seen.add(feature);
    if (feature === plan.idColumn) {
      code = 'sequence/step-column-is-id';
      message = `${name} names the recordings; as a step column it would hand the network the recording's name, not a measurement.`;
    } else if (feature === plan.target) {
      code = 'sequence/step-column-is-target';
      message = `${name} is the label, so it cannot also be a step column: the network would simply copy the answer.`;
    } else if (feature === plan.orderColumn) {
      code = 'sequence/step-column-is-order';
      message = `${name} orders the steps; it is not a measurement taken at each step.`;
    } else if (!col) {
      code = 'sequence/step-column-not-found';
      message = `The step column ${name} is not in ${ds.name}.`;
    } else if (col.kind === 'datetime') {
      message = `${name} holds dates and times: it can order the steps (choose it as the time column) but is not a number the network reads at each step.`;
    } else if (col.kind !== 'number') {
      message = `${name} holds ${kindWords(col)}, not one number per step; a step column must hold numbers.`;
    }
    if (message) problems.push({ code, message, ...(col ? { detail: `kind ${col.kind}` } : {}), fix });
  }
  return problems;
}

function windowProblems(plan: SequencePlan, recs: RecordingIndex): AppErrorInfo[] {
  let longest = 0;
  let windowed = 0;
  for (let r = 0; r < recs.count; r++) {
    longest = Math.max(longest, stepsOf(recs, r));
    if (stepsOf(recs, r) >= plan.length) windowed += stepsOf(recs, r);
  }
  const fitting = Math.max(MIN_SEQUENCE_LENGTH, Math.min(MAX_SEQUENCE_LENGTH, powerOfTwoBelow(longest / 2)));
  const fix = { label: `Use windows of ${count(fitting)} rows`, action: lengthAction(fitting) };
  if (plan.length > longest) {
    return [{
      code: 'sequence/window-longer-than-recordings',
      message: recs.count === 1
        ? `A window of ${count(plan.length)} rows is longer than the recording (${counted(longest, 'row')}).`
        : `A window of ${count(plan.length)} rows is longer than every recording (the longest has ${counted(longest, 'row')}).`,
      detail: `length ${plan.length}, longest ${longest}, recordings ${recs.count}`,
      ...(longest >= 2 * MIN_WINDOW || fitting < plan.length ? { fix } : {}),
    }];
  }
  if (windowed < 2 * plan.length) {
    return [{
      code: 'sequence/too-few-rows-for-split',
      message: `The recordings long enough for a window hold ${counted(windowed, 'row')}, fewer than two windows of ${count(plan.length)} side by side, so no window could be held out without sharing rows with a training window. Use shorter windows.`,
      detail: `windowed rows ${windowed}, length ${plan.length}`,
      ...(fitting < plan.length ? { fix } : {}),
    }];
  }
  return [];
}

/** Step columns that keep one value within every recording: a property of the recording, not of its steps. */
function attributeProblems(ds: TypedDataset, plan: SequencePlan): AppErrorInfo[] {
  const idCol = columnOf(ds, plan.idColumn);
  const ids = idCol ? rowCodes(idCol) : null;
  if (!ids || ids.names.length < 2) return [];
  const problems: AppErrorInfo[] = [];
  for (const feature of plan.features) {
    const col = columnOf(ds, feature);
    if (col?.kind !== 'number') continue;
    const c = constancy(col, ids.codes, ids.names.length);
    if (c && c.groupsWithValue >= 2 && !c.changes) {
      problems.push({
        code: 'sequence/step-column-is-attribute',
        message: `${quoted(feature)} keeps one value within every recording of ${quoted(plan.idColumn ?? '')}: it describes the recording, not its steps, so it is not a step column.`,
        fix: { label: `Remove ${quoted(feature)} from the step columns`, action: excludeAction(feature) },
      });
    }
  }
  return problems;
}

/**
 * Blocking problems with `plan`; [] when it can be split, encoded and trained. `recs` may be
 * passed when the caller grouped the rows already.
 */
export function validateSequencePlan(summary: SequenceSummary, plan: SequencePlan, recs?: RecordingIndex): AppErrorInfo[] {
  const ds = summary.dataset;
  const problems = structureProblems(summary, plan);
  const grouping = recs ?? groupRecordings(ds, plan.idColumn, plan.orderColumn);
  problems.push(...grouping.problems);
  if (problems.length > 0) return problems;
  problems.push(...attributeProblems(ds, plan));
  if (plan.layout === 'grouped' && grouping.count < 2) {
    problems.push({
      code: 'sequence/too-few-recordings',
      message: `${quoted(plan.idColumn ?? '')} names only ${counted(grouping.count, 'recording')}: at least 2 are needed to learn from one and test on another.`,
      ...(grouping.count === 1 && stepsOf(grouping, 0) >= 4 * MIN_WINDOW ? { fix: { label: 'Cut it into windows', action: layoutAction('windows') } } : {}),
    });
    return problems;
  }
  if (plan.layout === 'windows') {
    const windows = windowProblems(plan, grouping);
    if (windows.length > 0) return [...problems, ...windows];
  }
  problems.push(...labelProblems(plan, grouping, columnOf(ds, plan.target)!));
  return problems;
}

