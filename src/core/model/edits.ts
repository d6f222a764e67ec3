/**
 * Changes to a layer stack as pure functions of data (ModelEdit), so that the designer's
 * buttons, the one-click fixes, undo/redo and the tests all go through the same code.
 * Inputs are never changed; an edit whose index is out of range changes nothing.
 */
import type { ModelEdit, ModelFix } from './designer-types';
import type { LayerSpec, ModelSpec } from './types';

function copyLayer(layer: LayerSpec): LayerSpec {
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(layer)) copy[key] = Array.isArray(value) ? [...(value as unknown[])] : value;
  return copy as LayerSpec;
}

function inRange(layers: readonly LayerSpec[], index: number): boolean {
  return Number.isInteger(index) && index >= 0 && index < layers.length;
}

/** Arguments merged into the layer; an argument set to undefined is removed (back to its default). `type` is not an argument. */
function setArgs(layer: LayerSpec, args: Readonly<Record<string, unknown>>): LayerSpec {
  const next: Record<string, unknown> = { ...layer };
  for (const [key, value] of Object.entries(args)) {
    if (key === 'type') continue;
    if (value === undefined) delete next[key];
    else next[key] = Array.isArray(value) ? [...(value as unknown[])] : value;
  }
  return next as LayerSpec;
}

export function applyEdit(layers: readonly LayerSpec[], edit: ModelEdit): LayerSpec[] {
  const next = [...layers];
  switch (edit.kind) {
    case 'insert': {
      const at = Math.min(Math.max(Math.trunc(edit.index), 0), next.length);
      next.splice(at, 0, copyLayer(edit.layer));
      return next;
    }
    case 'remove':
      if (inRange(next, edit.index)) next.splice(edit.index, 1);
      return next;
    case 'replace':
      if (inRange(next, edit.index)) next[edit.index] = copyLayer(edit.layer);
      return next;
    case 'set-args': {
      const layer = next[edit.index];
      if (layer !== undefined && inRange(next, edit.index)) next[edit.index] = setArgs(layer, edit.args);
      return next;
    }
    case 'move': {
      if (!inRange(next, edit.from)) return next;
      const to = Math.min(Math.max(Math.trunc(edit.to), 0), next.length - 1);
      const [moved] = next.splice(edit.from, 1);
      if (moved !== undefined) next.splice(to, 0, moved);
      return next;
    }
    case 'set-input-shape':
      // Not a change to the layers: applyFixToSpec applies it to the spec's input.
      return next;
  }
}

/** The fix's edits, one after another (each edit's indices refer to the stack the previous one left). */
export function applyFix(layers: readonly LayerSpec[], fix: ModelFix): LayerSpec[] {
  return fix.edits.reduce<LayerSpec[]>((stack, edit) => applyEdit(stack, edit), [...layers]);
}

/** The fix applied to a whole spec: an input-shape edit changes its input, the others its layers. */
export function applyFixToSpec(spec: ModelSpec, fix: ModelFix): ModelSpec {
  let inputShape: readonly number[] = spec.inputShape;
  for (const edit of fix.edits) if (edit.kind === 'set-input-shape') inputShape = [...edit.shape];
  return { ...spec, inputShape, layers: applyFix(spec.layers, fix) };
}
