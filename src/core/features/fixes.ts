/**
 * The one-click remedies validatePlan offers (AppErrorInfo.fix.action), as strings a UI can
 * store and hand back, and the pure function that carries one out on a plan.
 */
import type { FeaturePlan, Task } from './types';

export type PlanFix =
  | { readonly kind: 'set-task'; readonly task: Task }
  | { readonly kind: 'exclude-feature'; readonly column: string };

export function setTaskAction(task: Task): string {
  return `set-task:${task}`;
}

export function excludeFeatureAction(column: string): string {
  return `exclude-feature:${column}`;
}

/** Reads an action string back; null for one that is not a plan fix. */
export function parsePlanFix(action: string): PlanFix | null {
  if (action === 'set-task:classification' || action === 'set-task:regression') {
    return { kind: 'set-task', task: action.slice('set-task:'.length) as Task };
  }
  if (action.startsWith('exclude-feature:')) return { kind: 'exclude-feature', column: action.slice('exclude-feature:'.length) };
  return null;
}

/** The plan after the fix; an action that is not a plan fix leaves the plan as it was. */
export function applyPlanFix(plan: FeaturePlan, action: string): FeaturePlan {
  const fix = parsePlanFix(action);
  if (!fix) return plan;
  if (fix.kind === 'set-task') return { ...plan, task: fix.task };
  return { ...plan, features: plan.features.filter((f) => f !== fix.column) };
}
