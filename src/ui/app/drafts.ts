/**
 * Text a field holds that is not a valid value: kept in the app's state, keyed by the field, so
 * that the field still shows it after the user leaves the field or the step, the rail marks its
 * step, and Train says which field on which step to fix. The app keeps the last valid value
 * meanwhile; a draft is dropped when that value changes from outside (undo, a fix, new data).
 */
import { quoteInput } from '../../core/errors';
import { msg, type Message } from '../../core/i18n/message';
import type { DesignerAction } from '../model/designer';
import type { StepId } from './steps';

export interface InvalidDraft {
  readonly step: StepId;
  /** The field's name as its label says it (with its layer for a layer's setting). */
  readonly field: Message;
  readonly text: string;
  readonly problem: Message;
  /** The valid value the field held when the user started this text (its key, see valueKey). */
  readonly base: string;
}

/** Invalid drafts by field id (ids start with their step: "train.epochs", "model.layer.2.units"). */
export type Drafts = Readonly<Record<string, InvalidDraft>>;

export const NO_DRAFTS: Drafts = {};

/** A value as one comparable string: numbers, lists and objects alike. */
export function valueKey(value: unknown): string {
  return value === undefined ? 'undefined' : JSON.stringify(value);
}

/** `drafts` with the field's draft set, or removed for null; the same object when nothing changes. */
export function withDraft(drafts: Drafts, id: string, draft: InvalidDraft | null): Drafts {
  const current = drafts[id];
  if (draft === null) {
    if (!current) return drafts;
    const { [id]: _removed, ...rest } = drafts;
    return rest;
  }
  if (current && current.text === draft.text && current.base === draft.base && current.step === draft.step) return drafts;
  return { ...drafts, [id]: draft };
}

/** Drops the drafts of the given steps (their fields now show other data). */
export function withoutSteps(drafts: Drafts, steps: readonly StepId[]): Drafts {
  const kept = Object.entries(drafts).filter(([, d]) => !steps.includes(d.step));
  return kept.length === Object.keys(drafts).length ? drafts : Object.fromEntries(kept);
}

/** Drops the drafts whose id starts with `prefix`. */
export function withoutPrefix(drafts: Drafts, prefix: string): Drafts {
  const kept = Object.entries(drafts).filter(([id]) => !id.startsWith(prefix));
  return kept.length === Object.keys(drafts).length ? drafts : Object.fromEntries(kept);
}

/** The first invalid draft on the given steps, in their order, then in the order of the fields' ids; null when none. */
export function firstInvalidDraft(drafts: Drafts, steps: readonly StepId[]): InvalidDraft | null {
  const all = Object.entries(drafts)
    .filter(([, d]) => steps.includes(d.step))
    .sort(([a, da], [b, db]) => steps.indexOf(da.step) - steps.indexOf(db.step) || a.localeCompare(b));
  return all[0]?.[1] ?? null;
}

export function stepHasDraft(drafts: Drafts, step: StepId): boolean {
  return Object.values(drafts).some((d) => d.step === step);
}

/** "Fix “Validation split” on the Train step (step 4): “1.5” is not valid. Enter a number from 0 to 0.5." */
export function draftProblem(draft: InvalidDraft, stepNumber: number): Message {
  return msg('app.blocker.invalidField', { field: draft.field, step: msg(`app.step.${draft.step}`), number: stepNumber, text: quoteInput(draft.text), reason: draft.problem });
}

/**
 * A layer's text drafts are keyed by its place in the stack: once layers are added, moved,
 * removed or replaced (a template, undo, a fix), a place may hold another layer, so they go.
 */
export function draftsAfterDesign(drafts: Drafts, action: DesignerAction): Drafts {
  switch (action.type) {
    case 'layer-args-set':
      return drafts;
    case 'batch-size-set':
      return action.batchSize === null ? withDraft(drafts, 'model.batchSize', null) : drafts;
    default:
      return withoutPrefix(drafts, 'model.layer.');
  }
}
