/**
 * The model designer's state: the layer stack the user edits (a ModelDraft), which layer is
 * selected, and the undo/redo history of drafts. User intents are a closed union of actions,
 * each performed by one pure reducer case (after Excalidraw's actions); every change to the
 * stack goes through core's ModelEdits, so fixes, templates and undo share one path.
 */
import type { LayerSpec, ModelContext, ModelDraft, ModelEdit, ModelFix } from '../../core/model/designer-types';
import { newLayer } from '../../core/model/catalog';
import { applyEdit, applyFix } from '../../core/model/edits';
import { defaultDraft, templatesFor } from '../../core/model/templates';

export interface DesignerState {
  readonly draft: ModelDraft;
  /** Index of the selected layer, or null. */
  readonly selected: number | null;
  /** Earlier drafts, oldest first; `future` holds the undone ones, next first. */
  readonly past: readonly ModelDraft[];
  readonly future: readonly ModelDraft[];
  /** The data's context the draft was proposed for; null until a dataset gives one. */
  readonly context: ModelContext | null;
  /** The last layer proposed for `context`, to tell a head the user has not touched. */
  readonly proposedHead: LayerSpec | null;
  /** Key of the field being typed in: consecutive values of one field make one undo step. */
  readonly typing: string | null;
}

export const HISTORY_LIMIT = 100;

export const INITIAL_DESIGNER: DesignerState = {
  draft: { layers: [] },
  selected: null,
  past: [],
  future: [],
  context: null,
  proposedHead: null,
  typing: null,
};

export type DesignerAction =
  /** The data's input shape or head changed (a dataset was loaded, the target or features changed). */
  | { readonly type: 'context-changed'; readonly context: ModelContext }
  | { readonly type: 'layer-selected'; readonly index: number | null }
  /** Inserted after the selected layer, or before the output layer when none is selected. */
  | { readonly type: 'layer-added'; readonly layerType: string }
  | { readonly type: 'layer-removed'; readonly index: number }
  | { readonly type: 'layer-moved'; readonly from: number; readonly to: number }
  | { readonly type: 'layer-duplicated'; readonly index: number }
  | { readonly type: 'layer-args-set'; readonly index: number; readonly args: Readonly<Record<string, unknown>> }
  | { readonly type: 'fix-applied'; readonly fix: ModelFix }
  | { readonly type: 'template-chosen'; readonly templateId: string }
  /** Layers read from a model spec file. */
  | { readonly type: 'spec-opened'; readonly layers: readonly LayerSpec[]; readonly batchSize?: number }
  /** A fixed batch size on the input, or null for None (any size). */
  | { readonly type: 'batch-size-set'; readonly batchSize: number | null }
  | { readonly type: 'undo' }
  | { readonly type: 'redo' };

export type DesignerActionType = DesignerAction['type'];

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** Same type and arguments, whatever the key order. */
export function sameLayer(a: LayerSpec | undefined, b: LayerSpec | undefined | null): boolean {
  if (!a || !b) return false;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((k) => sameValue(a[k], b[k]));
}

function sameContext(a: ModelContext | null, b: ModelContext): boolean {
  return (
    a !== null &&
    sameValue(a.inputShape, b.inputShape) &&
    a.head.task === b.head.task &&
    a.head.outputUnits === b.head.outputUnits &&
    a.head.target === b.head.target &&
    a.maskValue === b.maskValue
  );
}

function sameLayers(a: readonly LayerSpec[], b: readonly LayerSpec[]): boolean {
  return a.length === b.length && a.every((layer, i) => layer === b[i] || sameLayer(layer, b[i]));
}

function clampSelection(selected: number | null, count: number): number | null {
  if (selected === null || count === 0) return null;
  return Math.min(Math.max(selected, 0), count - 1);
}

/**
 * The new draft as one undo step; `typing` names a field whose consecutive values merge into
 * the step before. Nothing changes (not even the history) when the layers are the same.
 */
function commit(
  state: DesignerState,
  layers: readonly LayerSpec[],
  selected: number | null,
  typing: string | null = null,
  /** The input's fixed batch size: undefined keeps the draft's, null clears it. */
  batchSizeChange?: number | null,
): DesignerState {
  const batchSize = batchSizeChange === undefined ? state.draft.batchSize : batchSizeChange ?? undefined;
  if (sameLayers(layers, state.draft.layers) && batchSize === state.draft.batchSize) {
    return selected === state.selected ? state : { ...state, selected, typing: null };
  }
  const merge = typing !== null && typing === state.typing;
  return {
    ...state,
    draft: { layers, ...(batchSize !== undefined ? { batchSize } : {}) },
    selected: clampSelection(selected, layers.length),
    past: merge ? state.past : [...state.past, state.draft].slice(-HISTORY_LIMIT),
    future: [],
    typing,
  };
}

function edit(state: DesignerState, e: ModelEdit, selected: number | null, typing: string | null = null): DesignerState {
  return commit(state, applyEdit(state.draft.layers, e), selected, typing);
}

function validIndex(state: DesignerState, index: number): boolean {
  return Number.isInteger(index) && index >= 0 && index < state.draft.layers.length;
}

function changeContext(state: DesignerState, context: ModelContext): DesignerState {
  if (sameContext(state.context, context)) return state;
  const proposed = defaultDraft(context);
  const proposedHead = proposed.layers[proposed.layers.length - 1] ?? null;
  if (state.draft.layers.length === 0) {
    // A new dataset: its proposed model, with a history of its own.
    return { ...INITIAL_DESIGNER, draft: proposed, context, proposedHead };
  }
  // A design brought back before the data's context was known: it stays, and its advice says what the data needs.
  if (state.context === null) return { ...state, context, proposedHead };
  const layers = state.draft.layers;
  const last = layers.length - 1;
  const headChanged = state.context.head.task !== context.head.task || state.context.head.outputUnits !== context.head.outputUnits;
  const next = { ...state, context, proposedHead };
  // The user's own last layer stays: the advice at that layer says what the new target needs.
  if (!headChanged || !proposedHead || !sameLayer(layers[last], state.proposedHead)) return next;
  return edit(next, { kind: 'replace', index: last, layer: proposedHead }, state.selected);
}

function selectionAfterRemove(selected: number | null, removed: number, count: number): number | null {
  if (selected === null) return null;
  if (selected > removed) return selected - 1;
  return clampSelection(selected, count - 1);
}

export function designerReducer(state: DesignerState, action: DesignerAction): DesignerState {
  const { layers } = state.draft;
  switch (action.type) {
    case 'context-changed':
      return changeContext(state, action.context);
    case 'layer-selected': {
      const selected = action.index === null || !validIndex(state, action.index) ? null : action.index;
      return selected === state.selected ? state : { ...state, selected, typing: null };
    }
    case 'layer-added': {
      const index = state.selected !== null ? state.selected + 1 : Math.max(0, layers.length - 1);
      const layer = newLayer(action.layerType);
      // A new Masking layer marks the steps the data pads with.
      const maskValue = state.context?.maskValue;
      return edit(state, { kind: 'insert', index, layer: layer.type === 'masking' && maskValue !== undefined ? { ...layer, maskValue } : layer }, index);
    }
    case 'layer-removed':
      if (!validIndex(state, action.index)) return state;
      return edit(state, { kind: 'remove', index: action.index }, selectionAfterRemove(state.selected, action.index, layers.length));
    case 'layer-moved': {
      const to = Math.min(Math.max(action.to, 0), layers.length - 1);
      if (!validIndex(state, action.from) || to === action.from) return state;
      return edit(state, { kind: 'move', from: action.from, to }, to);
    }
    case 'layer-duplicated': {
      const layer = layers[action.index];
      if (!layer) return state;
      return edit(state, { kind: 'insert', index: action.index + 1, layer: { ...layer } }, action.index + 1);
    }
    case 'layer-args-set': {
      if (!validIndex(state, action.index)) return state;
      const typing = `${action.index}:${Object.keys(action.args).sort().join(',')}`;
      return edit(state, { kind: 'set-args', index: action.index, args: action.args }, state.selected, typing);
    }
    case 'fix-applied':
      return commit(state, applyFix(layers, action.fix), state.selected);
    case 'template-chosen': {
      if (!state.context) return state;
      const template = templatesFor(state.context).find((t) => t.id === action.templateId);
      return template ? commit(state, template.layers, null) : state;
    }
    case 'spec-opened':
      return commit(state, action.layers, null, null, action.batchSize ?? null);
    case 'batch-size-set': {
      const size = action.batchSize;
      if (size !== null && !(Number.isInteger(size) && size > 0)) return state;
      return commit(state, layers, state.selected, 'batch-size', size);
    }
    case 'undo': {
      const previous = state.past[state.past.length - 1];
      if (!previous) return state;
      return {
        ...state,
        draft: previous,
        past: state.past.slice(0, -1),
        future: [state.draft, ...state.future],
        selected: clampSelection(state.selected, previous.layers.length),
        typing: null,
      };
    }
    case 'redo': {
      const next = state.future[0];
      if (!next) return state;
      return {
        ...state,
        draft: next,
        past: [...state.past, state.draft],
        future: state.future.slice(1),
        selected: clampSelection(state.selected, next.layers.length),
        typing: null,
      };
    }
  }
}

/**
 * Whether the design is the user's own work, not the model proposed for its data: opening other
 * data would replace it, so the app keeps it to bring back.
 */
export function handEdited(state: DesignerState): boolean {
  if (state.context === null || state.draft.layers.length === 0) return false;
  const proposed = defaultDraft(state.context);
  return state.draft.batchSize !== undefined || !sameLayers(state.draft.layers, proposed.layers);
}

export function canUndo(state: DesignerState): boolean {
  return state.past.length > 0;
}

export function canRedo(state: DesignerState): boolean {
  return state.future.length > 0;
}
