/**
 * The one-click remedies of the sequences kind's problems (AppErrorInfo.fix.action), as strings a
 * UI can keep and hand back to applySequenceFix (plan.ts):
 *   seq-length:<n>         set the steps per example (the stride follows for windows)
 *   seq-stride:<n>         set the rows between window starts
 *   seq-exclude:<column>   take a column out of the step columns
 *   seq-task:<task>        classification or regression
 *   seq-layout:<layout>    grouped or windows (the plan is proposed again for that layout)
 *   seq-id:<column>        group the rows by this column (the plan is proposed again for it)
 *   seq-order:none         keep the file's row order (no time column)
 *   seq-features:proposed  the step columns the app proposes for the current choices
 */
import type { Task } from '../../features/types';
import type { SequenceLayout } from './types';

export type SequenceFix =
  | { readonly kind: 'length'; readonly length: number }
  | { readonly kind: 'stride'; readonly stride: number }
  | { readonly kind: 'exclude'; readonly column: string }
  | { readonly kind: 'task'; readonly task: Task }
  | { readonly kind: 'layout'; readonly layout: SequenceLayout }
  | { readonly kind: 'id'; readonly column: string }
  | { readonly kind: 'order-none' }
  | { readonly kind: 'features-proposed' };

export const lengthAction = (n: number): string => `seq-length:${n}`;
export const strideAction = (n: number): string => `seq-stride:${n}`;
export const excludeAction = (column: string): string => `seq-exclude:${column}`;
export const taskAction = (task: Task): string => `seq-task:${task}`;
export const layoutAction = (layout: SequenceLayout): string => `seq-layout:${layout}`;
export const idAction = (column: string): string => `seq-id:${column}`;
export const ORDER_NONE_ACTION = 'seq-order:none';
export const FEATURES_PROPOSED_ACTION = 'seq-features:proposed';

/** Reads an action string back; null for one that is not a sequences fix. */
export function parseSequenceFix(action: string): SequenceFix | null {
  const colon = action.indexOf(':');
  if (colon < 0) return null;
  const verb = action.slice(0, colon);
  const arg = action.slice(colon + 1);
  switch (verb) {
    case 'seq-length':
    case 'seq-stride': {
      const n = Number(arg);
      if (!/^\d+$/.test(arg) || !Number.isSafeInteger(n)) return null;
      return verb === 'seq-length' ? { kind: 'length', length: n } : { kind: 'stride', stride: n };
    }
    case 'seq-exclude':
      return { kind: 'exclude', column: arg };
    case 'seq-task':
      return arg === 'classification' || arg === 'regression' ? { kind: 'task', task: arg } : null;
    case 'seq-layout':
      return arg === 'grouped' || arg === 'windows' ? { kind: 'layout', layout: arg } : null;
    case 'seq-id':
      return { kind: 'id', column: arg };
    case 'seq-order':
      return arg === 'none' ? { kind: 'order-none' } : null;
    case 'seq-features':
      return arg === 'proposed' ? { kind: 'features-proposed' } : null;
    default:
      return null;
  }
}
