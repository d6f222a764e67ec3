/**
 * Pure plan changes for the Shape step's reducer: each takes the plan and one choice and returns
 * a new plan that is as valid as it can be (choosing another id column proposes the length and
 * the step columns again; choosing a label takes it out of the step columns; …).
 */
import { proposePlan as proposeTablePlan, proposeTask } from '../../features/propose';
import type { Task } from '../../features/types';
import { msg } from '../../i18n/message';
import type { PlanProposal } from '../kind';
import { columnOf, rowCodes } from './columns';
import { parseSequenceFix } from './fixes';
import { groupedLength, powerOfTwoBelow, proposeGrouped, proposeStepColumns, proposeWindows, type ProposalOutcome } from './propose';
import { MAX_SEQUENCE_LENGTH, MIN_SEQUENCE_LENGTH, type SequenceLayout, type SequencePlan, type SequenceSummary } from './types';

const clampLength = (n: number): number => Math.min(MAX_SEQUENCE_LENGTH, Math.max(MIN_SEQUENCE_LENGTH, Math.round(Number.isFinite(n) ? n : 64)));

/** The first proposal that fits among the outcomes, or null. */
function firstOf(...outcomes: (() => ProposalOutcome)[]): PlanProposal<SequencePlan> | null {
  for (const outcome of outcomes) {
    const { proposal } = outcome();
    if (proposal) return proposal;
  }
  return null;
}

/** The detected proposal; when detection found none, the best the data allows (validatePlan then says what is missing). */
export function proposeSequencePlan(summary: SequenceSummary): PlanProposal<SequencePlan> {
  const { dataset: ds, detection } = summary;
  if (detection.proposal) return detection.proposal;
  const id = detection.idCandidates[0] ?? null;
  const order = detection.orderCandidates[0] ?? null;
  const found = firstOf(
    () => (id ? proposeGrouped(ds, id, order) : { proposal: null, reason: msg('sources.sequences.detect.none') }),
    () => proposeWindows(ds, id, order),
    () => proposeWindows(ds, null, order),
  );
  if (found) return found;
  const table = proposeTablePlan(ds);
  const target = table.plan.target;
  const length = Math.max(MIN_SEQUENCE_LENGTH, Math.min(64, powerOfTwoBelow(ds.rowCount / 2)));
  return {
    plan: {
      layout: id ? 'grouped' : 'windows',
      target,
      task: table.plan.task,
      features: proposeStepColumns(ds, { idColumn: id, orderColumn: order, target }),
      idColumn: id,
      orderColumn: order,
      length,
      stride: id ? 1 : Math.max(1, length / 2),
    },
    targetReason: table.targetReason,
    taskReason: table.taskReason,
  };
}

/** Step columns in file order. */
function inFileOrder(summary: SequenceSummary, names: Iterable<string>): string[] {
  const wanted = new Set(names);
  return summary.dataset.columns.filter((c) => wanted.has(c.name)).map((c) => c.name);
}

function withoutColumns(plan: SequencePlan, ...columns: (string | null)[]): readonly string[] {
  return plan.features.filter((f) => !columns.includes(f));
}

/** Rows per recording of `id` (the grouped length proposal for it). */
function recordingSizes(summary: SequenceSummary, id: string): number[] {
  const col = columnOf(summary.dataset, id);
  const ids = col ? rowCodes(col) : null;
  if (!ids) return [];
  const sizes = new Array<number>(ids.names.length).fill(0);
  for (let i = 0; i < ids.codes.length; i++) if (ids.codes[i]! >= 0) sizes[ids.codes[i]!]!++;
  return sizes.filter((s) => s > 0);
}

/** grouped ↔ windows: the plan is proposed again for the layout, keeping the label, id and time column where they fit. */
export function withLayout(summary: SequenceSummary, plan: SequencePlan, layout: SequenceLayout): SequencePlan {
  if (layout === plan.layout) return plan;
  const ds = summary.dataset;
  if (layout === 'grouped') {
    const id = plan.idColumn ?? summary.detection.idCandidates[0] ?? null;
    if (id === null) return { ...plan, layout, idColumn: null, stride: 1 };
    const found = firstOf(() => proposeGrouped(ds, id, plan.orderColumn, { target: plan.target }), () => proposeGrouped(ds, id, plan.orderColumn));
    if (found) return found.plan;
    const sizes = recordingSizes(summary, id);
    return { ...plan, layout, idColumn: id, features: withoutColumns(plan, id), length: sizes.length ? groupedLength(sizes).length : plan.length, stride: 1 };
  }
  const found = firstOf(
    () => proposeWindows(ds, plan.idColumn, plan.orderColumn, { target: plan.target }),
    () => proposeWindows(ds, plan.idColumn, plan.orderColumn),
  );
  if (found) return found.plan;
  const length = clampLength(Math.min(plan.length, 64));
  return { ...plan, layout, length, stride: Math.max(1, Math.floor(length / 2)) };
}

/** Another id column (or none): the length and the step columns are proposed again for its recordings. */
export function withIdColumn(summary: SequenceSummary, plan: SequencePlan, idColumn: string | null): SequencePlan {
  if (idColumn === plan.idColumn) return plan;
  const ds = summary.dataset;
  const orderColumn = plan.orderColumn === idColumn ? null : plan.orderColumn;
  if (idColumn === null) {
    if (plan.layout === 'grouped') return { ...plan, idColumn: null, orderColumn };
    return { ...plan, idColumn: null, orderColumn, features: proposeStepColumns(ds, { idColumn: null, orderColumn, target: plan.target }) };
  }
  const propose = plan.layout === 'grouped' ? proposeGrouped : proposeWindows;
  const found = firstOf(() => propose(ds, idColumn, orderColumn, { target: plan.target }), () => propose(ds, idColumn, orderColumn));
  if (found) return found.plan;
  const sizes = recordingSizes(summary, idColumn);
  const target = plan.target === idColumn ? '' : plan.target;
  return {
    ...plan,
    idColumn,
    orderColumn,
    target,
    features: proposeStepColumns(ds, { idColumn, orderColumn, target }),
    length: plan.layout === 'grouped' && sizes.length > 0 ? groupedLength(sizes).length : plan.length,
  };
}

/** Another time column (or the file's order): it leaves the step columns. */
export function withOrderColumn(plan: SequencePlan, orderColumn: string | null): SequencePlan {
  return { ...plan, orderColumn, features: withoutColumns(plan, orderColumn) };
}

/** Another label: it leaves the step columns, and the task follows from it. */
export function withTarget(summary: SequenceSummary, plan: SequencePlan, target: string): SequencePlan {
  const ds = summary.dataset;
  let task: Task = proposeTask(ds, target).task;
  const outcome = plan.layout === 'grouped' && plan.idColumn
    ? proposeGrouped(ds, plan.idColumn, plan.orderColumn, { target })
    : plan.layout === 'windows' ? proposeWindows(ds, plan.idColumn, plan.orderColumn, { target }) : null;
  if (outcome?.proposal) task = outcome.proposal.plan.task;
  return { ...plan, target, task, features: withoutColumns(plan, target) };
}

export function withTask(plan: SequencePlan, task: Task): SequencePlan {
  return { ...plan, task };
}

/** A step column on or off (kept in file order, never twice). */
export function withStepColumn(summary: SequenceSummary, plan: SequencePlan, column: string, on: boolean): SequencePlan {
  const features = on ? inFileOrder(summary, [...plan.features, column]) : plan.features.filter((f) => f !== column);
  return { ...plan, features };
}

/** Steps per example (clamped to 2 … 4,096); a stride of half the old window stays half the new one. */
export function withLength(plan: SequencePlan, length: number): SequencePlan {
  const L = clampLength(length);
  if (plan.layout === 'grouped') return { ...plan, length: L, stride: 1 };
  const half = plan.stride === Math.max(1, Math.floor(plan.length / 2));
  return { ...plan, length: L, stride: half ? Math.max(1, Math.floor(L / 2)) : Math.min(Math.max(1, plan.stride), L) };
}

/** Rows between window starts (1 … length). */
export function withStride(plan: SequencePlan, stride: number): SequencePlan {
  return { ...plan, stride: Math.min(plan.length, Math.max(1, Math.round(Number.isFinite(stride) ? stride : 1))) };
}

/** Carries out a problem's fix (fixes.ts); an action that is not a sequences fix leaves the plan as it was. */
export function applySequenceFix(summary: SequenceSummary, plan: SequencePlan, action: string): SequencePlan {
  const fix = parseSequenceFix(action);
  if (!fix) return plan;
  switch (fix.kind) {
    case 'length':
      return withLength(plan, fix.length);
    case 'stride':
      return withStride(plan, fix.stride);
    case 'exclude':
      return withStepColumn(summary, plan, fix.column, false);
    case 'task':
      return withTask(plan, fix.task);
    case 'layout':
      return withLayout(summary, plan, fix.layout);
    case 'id':
      return withIdColumn(summary, plan, fix.column);
    case 'order-none':
      return withOrderColumn(plan, null);
    case 'features-proposed':
      return { ...plan, features: proposeStepColumns(summary.dataset, plan) };
  }
}

