/**
 * Blocking problems with a SequencePlan, in the user's words, naming the column and the
 * recordings involved, each with a one-click fix where one is natural (fixes.ts).
 */
import { appErrorInfo, type AppErrorInfo } from '../../errors';
import type { TypedDataset } from '../../data/types';
import { quoted } from '../../features/columns';
import { msg, type Message } from '../../i18n/message';
import { columnOf, kindWords, rowCodes } from './columns';
import { labelProblems } from './label-problems';
import { excludeAction, FEATURES_PROPOSED_ACTION, idAction, layoutAction, lengthAction, strideAction, taskAction } from './fixes';
import { recordingList } from './format';
import { MIN_WINDOW, powerOfTwoBelow, proposeStepColumns } from './propose';
import { groupRecordings, stepsOf, type RecordingIndex } from './recordings';
import { constancy } from './runs';
import { MAX_SEQUENCE_LENGTH, MIN_SEQUENCE_LENGTH, type SequencePlan, type SequenceSummary } from './types';

function structureProblems(summary: SequenceSummary, plan: SequencePlan): AppErrorInfo[] {
  const { dataset: ds, detection } = summary;
  const problems: AppErrorInfo[] = [];
  if (plan.layout === 'grouped' && plan.idColumn === null) {
    const candidate = detection.idCandidates[0];
    problems.push(
      appErrorInfo({
        code: 'sequence/no-id',
        message: msg('sources.sequences.noId', { name: ds.name }),
        fix: candidate
          ? { label: msg('sources.sequences.fix.groupBy', { column: quoted(candidate) }), action: idAction(candidate) }
          : { label: msg('sources.sequences.fix.cutIntoWindows'), action: layoutAction('windows') },
      }),
    );
  }
  if (plan.idColumn !== null && plan.idColumn === plan.orderColumn) {
    problems.push(appErrorInfo({ code: 'sequence/id-is-order', message: msg('sources.sequences.idIsOrder', { column: quoted(plan.idColumn) }) }));
  }
  const target = columnOf(ds, plan.target);
  if (!target) {
    problems.push(
      appErrorInfo({
        code: 'sequence/target-not-found',
        message: plan.target === '' ? msg('sources.sequences.noTarget', { name: ds.name }) : msg('sources.sequences.targetNotFound', { column: quoted(plan.target), name: ds.name }),
        detail: `columns: ${ds.columns.map((c) => c.name).join(', ')}`,
      }),
    );
  } else if (plan.target === plan.idColumn || plan.target === plan.orderColumn) {
    problems.push(
      appErrorInfo({
        code: 'sequence/target-is-id',
        message: msg('sources.sequences.targetIsStructure', { column: quoted(plan.target), what: plan.target === plan.idColumn ? 'id' : 'order' }),
      }),
    );
  } else if (target.kind !== 'number' && target.kind !== 'category') {
    problems.push(
      appErrorInfo({
        code: 'sequence/target-unusable',
        message: msg('sources.sequences.targetUnusable', { column: quoted(plan.target), kind: kindWords(target) }),
        detail: `kind ${target.kind}`,
      }),
    );
  } else if (plan.task === 'regression' && target.kind !== 'number') {
    problems.push(
      appErrorInfo({
        code: 'sequence/regression-non-numeric',
        message: msg('sources.sequences.regressionTextLabels', { column: quoted(plan.target) }),
        fix: { label: msg('sources.sequences.fix.classification'), action: taskAction('classification') },
      }),
    );
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
    problems.push(
      appErrorInfo({
        code: 'sequence/bad-length',
        message: msg('sources.sequences.badLength', { layout: plan.layout, min: MIN_SEQUENCE_LENGTH, max: MAX_SEQUENCE_LENGTH, value: String(L) }),
        fix: { label: msg('sources.sequences.fix.useSteps', { steps: fixed }), action: lengthAction(fixed) },
      }),
    );
  } else if (plan.layout === 'windows' && (!Number.isInteger(plan.stride) || plan.stride < 1 || plan.stride > L)) {
    const fixed = Math.max(1, Math.floor(L / 2));
    problems.push(
      appErrorInfo({
        code: 'sequence/bad-stride',
        message: msg('sources.sequences.badStride', { length: L, value: String(plan.stride) }),
        fix: { label: msg('sources.sequences.fix.stride', { rows: fixed }), action: strideAction(fixed) },
      }),
    );
  }
  return problems;
}

function featureProblems(ds: TypedDataset, plan: SequencePlan): AppErrorInfo[] {
  const problems: AppErrorInfo[] = [];
  if (plan.features.length === 0) {
    const proposed = proposeStepColumns(ds, plan);
    problems.push(
      appErrorInfo({
        code: 'sequence/no-step-columns',
        message: msg('sources.sequences.noStepColumns', { name: ds.name }),
        ...(proposed.length > 0 ? { fix: { label: msg('sources.sequences.fix.useColumns', { columns: recordingList(proposed) }), action: FEATURES_PROPOSED_ACTION } } : {}),
      }),
    );
  }
  const seen = new Set<string>();
  for (const feature of plan.features) {
    const name = quoted(feature);
    const fix = { label: msg('sources.sequences.fix.removeStep', { column: name }), action: excludeAction(feature) };
    const col = columnOf(ds, feature);
    let message: Message | null = null;
    let code = 'sequence/step-column-unusable';
    if (seen.has(feature)) {
      problems.push(appErrorInfo({ code: 'sequence/step-column-twice', message: msg('sources.sequences.step.twice', { column: name }) }));
      continue;
    }
    seen.add(feature);
    if (feature === plan.idColumn) {
      code = 'sequence/step-column-is-id';
      message = msg('sources.sequences.step.isId', { column: name });
    } else if (feature === plan.target) {
      code = 'sequence/step-column-is-target';
      message = msg('sources.sequences.step.isTarget', { column: name });
    } else if (feature === plan.orderColumn) {
      code = 'sequence/step-column-is-order';
      message = msg('sources.sequences.step.isOrder', { column: name });
    } else if (!col) {
      code = 'sequence/step-column-not-found';
      message = msg('sources.sequences.stepColumnMissing', { column: name, name: ds.name });
    } else if (col.kind === 'datetime') {
      message = msg('sources.sequences.step.datetime', { column: name });
    } else if (col.kind !== 'number') {
      message = msg('sources.sequences.step.notNumbers', { column: name, kind: kindWords(col) });
    }
    if (message) problems.push(appErrorInfo({ code, message, ...(col ? { detail: `kind ${col.kind}` } : {}), fix }));
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
  const fix = { label: msg('sources.sequences.fix.windowRows', { rows: fitting }), action: lengthAction(fitting) };
  if (plan.length > longest) {
    return [
      appErrorInfo({
        code: 'sequence/window-longer-than-recordings',
        message: msg('sources.sequences.windowTooLong', { length: plan.length, recordings: recs.count, longest }),
        detail: `length ${plan.length}, longest ${longest}, recordings ${recs.count}`,
        ...(longest >= 2 * MIN_WINDOW || fitting < plan.length ? { fix } : {}),
      }),
    ];
  }
  if (windowed < 2 * plan.length) {
    return [
      appErrorInfo({
        code: 'sequence/too-few-rows-for-split',
        message: msg('sources.sequences.tooFewRowsForSplit', { rows: windowed, length: plan.length }),
        detail: `windowed rows ${windowed}, length ${plan.length}`,
        ...(fitting < plan.length ? { fix } : {}),
      }),
    ];
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
      problems.push(
        appErrorInfo({
          code: 'sequence/step-column-is-attribute',
          message: msg('sources.sequences.step.isAttribute', { column: quoted(feature), id: quoted(plan.idColumn ?? '') }),
          fix: { label: msg('sources.sequences.fix.removeStep', { column: quoted(feature) }), action: excludeAction(feature) },
        }),
      );
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
    problems.push(
      appErrorInfo({
        code: 'sequence/too-few-recordings',
        message: msg('sources.sequences.fail.tooFewRecordings', { id: quoted(plan.idColumn ?? ''), count: grouping.count }),
        ...(grouping.count === 1 && stepsOf(grouping, 0) >= 4 * MIN_WINDOW
          ? { fix: { label: msg('sources.sequences.fix.cutItIntoWindows'), action: layoutAction('windows') } }
          : {}),
      }),
    );
    return problems;
  }
  if (plan.layout === 'windows') {
    const windows = windowProblems(plan, grouping);
    if (windows.length > 0) return [...problems, ...windows];
  }
  problems.push(...labelProblems(plan, grouping, columnOf(ds, plan.target)!));
  return problems;
}

