/**
 * The data the window holds, as one union over the kinds of data, with the user's plan for it;
 * and the pure functions that change it, used by state.ts's reducer. What the plan gives
 * (shapes, heads, split sizes) is worked out by core (pipeline/analyse.ts), never here.
 */
import type { AppErrorInfo } from '../../core/errors';
import { quoteInput, toAppErrorInfo } from '../../core/errors';
import { msg, type Message } from '../../core/i18n/message';
import type { TypedDataset } from '../../core/data/types';
import { applyPlanFix } from '../../core/features/fixes';
import { planForTarget, proposePlan } from '../../core/features/propose';
import type { FeaturePlan, Task } from '../../core/features/types';
import type { KindPlan } from '../../core/sources/registry';
import {
  applySequenceFix,
  proposeSequencePlan,
  withIdColumn,
  withLayout,
  withLength,
  withOrderColumn,
  withStepColumn,
  withStride,
  withTarget,
  withTask,
} from '../../core/sources/sequences/plan';
import type { SequenceDetection, SequenceLayout, SequencePlan, SequenceSummary } from '../../core/sources/sequences/types';
import type { ImagesState } from './imageState';

/** A plan with the sentences that justify the proposal it started from. */
export interface PlanState<Plan> {
  readonly plan: Plan;
  readonly targetReason: Message;
  /** The task core proposes for the chosen target, and why. */
  readonly proposedTask: Task;
  readonly taskReason: Message;
}


export interface LoadedTable {
  readonly kind: 'table';
  readonly dataset: TypedDataset;
  /** What the file looks like as sequences (the Data step offers to read it so). */
  readonly detection: SequenceDetection;
  /** Null when core could not propose a plan for the dataset (`planError` says why). */
  readonly planState: PlanState<FeaturePlan> | null;
  readonly planError: AppErrorInfo | null;
}

export interface LoadedImages {
  readonly kind: 'images';
  readonly images: ImagesState;
}

/** A CSV whose rows are time steps: one recording (or window) is one example. */
export interface LoadedSequences {
  readonly kind: 'sequences';
  readonly dataset: TypedDataset;
  readonly detection: SequenceDetection;
  readonly planState: PlanState<SequencePlan>;
}

export type Loaded = LoadedTable | LoadedImages | LoadedSequences;

/** A change of a sequences plan that has no counterpart in a table's plan. */
export type SequenceChange =
  | { readonly what: 'layout'; readonly layout: SequenceLayout }
  | { readonly what: 'id'; readonly column: string | null }
  | { readonly what: 'order'; readonly column: string | null }
  | { readonly what: 'length'; readonly steps: number }
  | { readonly what: 'stride'; readonly steps: number };

/** A built-in sample says which column it is meant to predict; `source` names the sample ("the sample “Palmer penguins”"). */
export interface NamedTarget {
  readonly column: string;
  readonly source: Message;
}

interface Proposal<P> {
  readonly plan: P;
  readonly targetReason: Message;
  readonly taskReason: Message;
}

function planStateOf<P extends { readonly task: Task }>(proposal: Proposal<P>, targetReason = proposal.targetReason): PlanState<P> {
  return { plan: proposal.plan, targetReason, proposedTask: proposal.plan.task, taskReason: proposal.taskReason };
}

function namedReason(target: NamedTarget): Message {
  return msg('app.reason.namedTarget', { column: quoteInput(target.column), source: target.source });
}

/** "“price” is the target of the run “baseline”." */
function targetOf(target: string, source: Message): Message {
  return msg('app.reason.targetOf', { target: quoteInput(target), source });
}

export function loadedTable(dataset: TypedDataset, detection: SequenceDetection, target: NamedTarget | undefined): LoadedTable {
  try {
    const named = target && dataset.columns.some((c) => c.name === target.column);
    const proposal = named ? planForTarget(dataset, target.column) : proposePlan(dataset);
    return { kind: 'table', dataset, detection, planState: planStateOf(proposal, named ? namedReason(target) : proposal.targetReason), planError: null };
  } catch (err) {
    return { kind: 'table', dataset, detection, planState: null, planError: toAppErrorInfo(err, msg('app.noPlan', { name: quoteInput(dataset.name) })) };
  }
}

export function loadedSequences(dataset: TypedDataset, detection: SequenceDetection, target: NamedTarget | undefined): LoadedSequences {
  const summary: SequenceSummary = { dataset, detection };
  const proposal = proposeSequencePlan(summary);
  const named = target && target.column !== proposal.plan.target && dataset.columns.some((c) => c.name === target.column);
  const plan = named ? withTarget(summary, proposal.plan, target.column) : proposal.plan;
  const reason = target && plan.target === target.column ? namedReason(target) : proposal.targetReason;
  return { kind: 'sequences', dataset, detection, planState: { ...planStateOf({ ...proposal, plan }, reason), proposedTask: plan.task } };
}

/** A loaded CSV, read as the detection says: sequences when its rows look like time steps, else a table. */
export function loadedCsv(dataset: TypedDataset, detection: SequenceDetection, target: NamedTarget | undefined): LoadedTable | LoadedSequences {
  return detection.likely && detection.proposal ? loadedSequences(dataset, detection, target) : loadedTable(dataset, detection, target);
}

/** The same CSV read the other way (Data step: "Read this file as"). */
export function readAs(loaded: LoadedTable | LoadedSequences, kind: 'table' | 'sequences'): LoadedTable | LoadedSequences {
  if (loaded.kind === kind) return loaded;
  return kind === 'table' ? loadedTable(loaded.dataset, loaded.detection, undefined) : loadedSequences(loaded.dataset, loaded.detection, undefined);
}

export function summaryOf(loaded: LoadedSequences): SequenceSummary {
  return { dataset: loaded.dataset, detection: loaded.detection };
}

/** A change of the sequences plan: the helpers of core keep it as valid as they can. */
export function withSequencePlan(loaded: LoadedSequences, update: (summary: SequenceSummary, plan: SequencePlan) => SequencePlan): LoadedSequences {
  const plan = update(summaryOf(loaded), loaded.planState.plan);
  if (plan === loaded.planState.plan) return loaded;
  const targetChanged = plan.target !== loaded.planState.plan.target;
  // A new target's task is the one core proposes for it; a task the user picked stays theirs otherwise.
  const planState = targetChanged
    ? { ...loaded.planState, plan, proposedTask: plan.task, targetReason: msg('app.reason.chosenTarget', { target: quoteInput(plan.target) }) }
    : { ...loaded.planState, plan };
  return { ...loaded, planState };
}

export function applySequenceChange(loaded: LoadedSequences, change: SequenceChange): LoadedSequences {
  switch (change.what) {
    case 'layout':
      return withSequencePlan(loaded, (summary, plan) => withLayout(summary, plan, change.layout));
    case 'id':
      return withSequencePlan(loaded, (summary, plan) => withIdColumn(summary, plan, change.column));
    case 'order':
      return withSequencePlan(loaded, (_summary, plan) => withOrderColumn(plan, change.column));
    case 'length':
      return withSequencePlan(loaded, (_summary, plan) => withLength(plan, change.steps));
    case 'stride':
      return withSequencePlan(loaded, (_summary, plan) => withStride(plan, change.steps));
  }
}

export const sequenceTarget = (loaded: LoadedSequences, target: string): LoadedSequences =>
  withSequencePlan(loaded, (summary, plan) => (plan.target === target ? plan : withTarget(summary, plan, target)));
export const sequenceTask = (loaded: LoadedSequences, task: Task): LoadedSequences =>
  withSequencePlan(loaded, (_summary, plan) => (plan.task === task ? plan : withTask(plan, task)));
export const sequenceStep = (loaded: LoadedSequences, column: string, on: boolean): LoadedSequences =>
  withSequencePlan(loaded, (summary, plan) => withStepColumn(summary, plan, column, on));
export const sequenceFix = (loaded: LoadedSequences, action: string): LoadedSequences =>
  withSequencePlan(loaded, (summary, plan) => applySequenceFix(summary, plan, action));

/** A saved run's sequences plan on the file loaded now; null when its columns are not all there. */
export function withSavedSequencePlan(loaded: LoadedTable | LoadedSequences, plan: SequencePlan, source: Message): LoadedSequences | null {
  const names = new Set(loaded.dataset.columns.map((c) => c.name));
  const used = [plan.target, ...plan.features, plan.idColumn, plan.orderColumn].filter((c): c is string => c !== null);
  if (used.some((c) => !names.has(c))) return null;
  const base = loaded.kind === 'sequences' ? loaded : loadedSequences(loaded.dataset, loaded.detection, undefined);
  return { ...base, planState: { ...base.planState, plan, targetReason: targetOf(plan.target, source) } };
}

/** Features and task follow from the target (core's rule); the user can then adjust both. */
export function withTableTarget(loaded: LoadedTable, target: string): LoadedTable {
  if (!loaded.planState || loaded.planState.plan.target === target) return loaded;
  return { ...loaded, planState: planStateOf(planForTarget(loaded.dataset, target)) };
}

/** Features kept in the file's column order. */
function inFileOrder(dataset: TypedDataset, names: ReadonlySet<string>): string[] {
  return dataset.columns.map((c) => c.name).filter((n) => names.has(n));
}

export function withTablePlan(loaded: LoadedTable, update: (plan: FeaturePlan) => FeaturePlan): LoadedTable {
  if (!loaded.planState) return loaded;
  const plan = update(loaded.planState.plan);
  return plan === loaded.planState.plan ? loaded : { ...loaded, planState: { ...loaded.planState, plan } };
}

export function withFeature(loaded: LoadedTable, column: string, included: boolean): LoadedTable {
  return withTablePlan(loaded, (plan) => {
    const names = new Set(plan.features);
    if (included && column !== plan.target) names.add(column);
    else names.delete(column);
    return { ...plan, features: inFileOrder(loaded.dataset, names) };
  });
}

export function withPlanFix(loaded: LoadedTable, action: string): LoadedTable {
  return withTablePlan(loaded, (plan) => applyPlanFix(plan, action));
}

/** A saved run's table plan on the table loaded now; null when its columns are not all there. */
export function withSavedTablePlan(loaded: LoadedTable, plan: FeaturePlan, source: Message): LoadedTable | null {
  const names = new Set(loaded.dataset.columns.map((c) => c.name));
  if (!names.has(plan.target) || plan.features.some((f) => !names.has(f))) return null;
  const proposal = planForTarget(loaded.dataset, plan.target);
  return { ...loaded, planState: { plan, targetReason: targetOf(plan.target, source), proposedTask: proposal.plan.task, taskReason: proposal.taskReason } };
}

/** The kind, what the Data step holds and the plan: what core analyses. Null without a plan. */
export function kindPlanOf(loaded: Loaded | null): KindPlan | null {
  if (!loaded) return null;
  switch (loaded.kind) {
    case 'table':
      return loaded.planState ? { kind: 'table', summary: loaded.dataset, plan: loaded.planState.plan } : null;
    case 'images':
      return { kind: 'images', summary: { index: loaded.images.index, inspection: loaded.images.inspection }, plan: loaded.images.plan };
    case 'sequences':
      return { kind: 'sequences', summary: summaryOf(loaded), plan: loaded.planState.plan };
  }
}

/** What a run is about, for the screens that speak of it: the target, the columns read and the task. */
export function runPlanOf(loaded: Loaded | null): FeaturePlan | null {
  if (!loaded) return null;
  switch (loaded.kind) {
    case 'table':
      return loaded.planState?.plan ?? null;
    case 'images': {
      const { index } = loaded.images;
      return { target: index.targetName, features: [], task: index.task };
    }
    case 'sequences': {
      const { target, features, task } = loaded.planState.plan;
      return { target, features, task };
    }
  }
}

/** The table behind the data, when it is read from a CSV (tables and sequences). */
export function tableOf(loaded: Loaded | null): TypedDataset | null {
  return loaded && loaded.kind !== 'images' ? loaded.dataset : null;
}

/** The name of the file or folder loaded. */
export function loadedName(loaded: Loaded | null): string | null {
  if (!loaded) return null;
  return loaded.kind === 'images' ? loaded.images.inspection.name : loaded.dataset.name;
}
