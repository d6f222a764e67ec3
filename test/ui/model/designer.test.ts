import type { ModelContext } from '../../../src/core/model/designer-types';
import { describe, expect, it } from 'vitest';
import { msg } from '../../../src/core/i18n/message';
import type { LayerSpec, ModelFix } from '../../../src/core/model/designer-types';
import { defaultDraft, templatesFor } from '../../../src/core/model/templates';
import {
  designerReducer as reduce,
  HISTORY_LIMIT,
  INITIAL_DESIGNER,
  sameLayer,
  type DesignerAction,
  type DesignerState,
} from '../../../src/ui/model/designer';
import { shortcutAction, type ShortcutKey } from '../../../src/ui/model/shortcuts';

const dense64: LayerSpec = { type: 'dense', units: 64, activation: 'relu' };
const dropout: LayerSpec = { type: 'dropout', rate: 0.2 };
const head3: LayerSpec = { type: 'dense', units: 3, activation: 'softmax' };
const species: ModelContext = { inputShape: [9], head: { task: 'classification', outputUnits: 3, target: 'species' } };
const mass: ModelContext = { inputShape: [9], head: { task: 'regression', outputUnits: 1, target: 'body_mass_g' } };

/** A stack built by hand, so that every expected answer below is known without core's templates. */
const stack: DesignerState = {
  ...INITIAL_DESIGNER,
  draft: { layers: [dense64, dropout, head3] },
  context: species,
  proposedHead: head3,
};

function run(state: DesignerState, ...actions: DesignerAction[]): DesignerState {
  return actions.reduce(reduce, state);
}

const types = (s: DesignerState) => s.draft.layers.map((l) => l.type);

describe('adding, removing, moving and duplicating layers', () => {
  it('adds after the selected layer and selects the new one', () => {
    const s = run(stack, { type: 'layer-selected', index: 0 }, { type: 'layer-added', layerType: 'lstm' });
    expect(s.draft.layers).toEqual([dense64, { type: 'lstm', units: 32 }, dropout, head3]);
    expect(s.selected).toBe(1);
  });

  it('adds before the output layer when no layer is selected', () => {
    const s = run(stack, { type: 'layer-added', layerType: 'flatten' });
    expect(types(s)).toEqual(['dense', 'dropout', 'flatten', 'dense']);
    expect(s.selected).toBe(2);
  });

  it('removes a layer and keeps the selection on the same layer, or its neighbour', () => {
    const selectedHead = run(stack, { type: 'layer-selected', index: 2 });
    const s = run(selectedHead, { type: 'layer-removed', index: 0 });
    expect(s.draft.layers).toEqual([dropout, head3]);
    expect(s.selected).toBe(1);
    const last = run(selectedHead, { type: 'layer-removed', index: 2 });
    expect(last.draft.layers).toEqual([dense64, dropout]);
    expect(last.selected).toBe(1);
    expect(run(stack, { type: 'layer-removed', index: 7 })).toBe(stack);
  });

  it('moves a layer, the selection following it; moving to its own place changes nothing', () => {
    const s = run(stack, { type: 'layer-moved', from: 2, to: 0 });
    expect(s.draft.layers).toEqual([head3, dense64, dropout]);
    expect(s.selected).toBe(0);
    expect(run(stack, { type: 'layer-moved', from: 0, to: 9 }).draft.layers).toEqual([dropout, head3, dense64]);
    expect(run(stack, { type: 'layer-moved', from: 1, to: 1 })).toBe(stack);
  });

  it('duplicates a layer right after it, as a copy', () => {
    const s = run(stack, { type: 'layer-duplicated', index: 0 });
    expect(s.draft.layers).toEqual([dense64, dense64, dropout, head3]);
    expect(s.draft.layers[1]).not.toBe(s.draft.layers[0]);
    expect(s.selected).toBe(1);
  });

  it('sets arguments of one layer only', () => {
    const s = run(stack, { type: 'layer-args-set', index: 0, args: { units: 16 } });
    expect(s.draft.layers).toEqual([{ type: 'dense', units: 16, activation: 'relu' }, dropout, head3]);
  });
});

describe('fixes', () => {
  it('applies a fix as one undoable step', () => {
    const lstmOnTable = run(stack, { type: 'layer-selected', index: 0 }, { type: 'layer-added', layerType: 'lstm' });
    const reshape: ModelFix = {
      label: msg('designer.stack.input'),
      edits: [{ kind: 'insert', index: 1, layer: { type: 'reshape', targetShape: [64, 1] } }],
    };
    const fixed = run(lstmOnTable, { type: 'fix-applied', fix: reshape });
    expect(types(fixed)).toEqual(['dense', 'reshape', 'lstm', 'dropout', 'dense']);
    expect(fixed.draft.layers[1]).toEqual({ type: 'reshape', targetShape: [64, 1] });
    expect(run(fixed, { type: 'undo' }).draft).toBe(lstmOnTable.draft);
  });
});

describe('undo and redo', () => {
  it('walks back and forth through the drafts; a new edit drops the undone ones', () => {
    const added = run(stack, { type: 'layer-added', layerType: 'dropout' });
    const removed = run(added, { type: 'layer-removed', index: 0 });
    const back2 = run(removed, { type: 'undo' }, { type: 'undo' });
    expect(back2.draft).toBe(stack.draft);
    expect(back2.past).toEqual([]);
    expect(back2.future).toEqual([added.draft, removed.draft]);
    const forward = run(back2, { type: 'redo' });
    expect(forward.draft).toBe(added.draft);
    const branched = run(forward, { type: 'layer-duplicated', index: 0 });
    expect(branched.future).toEqual([]);
    expect(run(branched, { type: 'redo' })).toBe(branched);
    expect(run(stack, { type: 'undo' })).toBe(stack);
  });

  it('merges the values typed in one field into one step, and keeps fields apart', () => {
    const typed = run(
      stack,
      { type: 'layer-args-set', index: 0, args: { units: 1 } },
      { type: 'layer-args-set', index: 0, args: { units: 12 } },
      { type: 'layer-args-set', index: 0, args: { units: 128 } },
    );
    expect(typed.draft.layers[0]).toEqual({ type: 'dense', units: 128, activation: 'relu' });
    expect(typed.past).toEqual([stack.draft]);
    const other = run(typed, { type: 'layer-args-set', index: 0, args: { activation: 'tanh' } });
    expect(other.past).toEqual([stack.draft, typed.draft]);
    // Selecting a layer ends the typing: the next value is a step of its own.
    const again = run(typed, { type: 'layer-selected', index: 1 }, { type: 'layer-args-set', index: 0, args: { units: 8 } });
    expect(again.past).toEqual([stack.draft, typed.draft]);
  });

  it('keeps at most HISTORY_LIMIT steps and records nothing for an edit that changes nothing', () => {
    let s = stack;
    for (let i = 0; i < HISTORY_LIMIT + 5; i++) s = run(s, { type: 'layer-duplicated', index: 0 }, { type: 'layer-selected', index: null });
    expect(s.past.length).toBe(HISTORY_LIMIT);
    expect(run(stack, { type: 'layer-args-set', index: 0, args: { units: 64 } })).toBe(stack);
  });
});

describe('templates and spec files', () => {
  it('replaces the stack with the chosen template, undoably', () => {
    const templates = templatesFor(species);
    const last = templates[templates.length - 1];
    if (!last) throw new Error('no template for a table');
    const s = run(stack, { type: 'layer-selected', index: 1 }, { type: 'template-chosen', templateId: last.id });
    expect(s.draft.layers).toEqual(last.layers);
    expect(s.selected).toBeNull();
    expect(run(s, { type: 'undo' }).draft).toBe(stack.draft);
    expect(run(stack, { type: 'template-chosen', templateId: 'no-such-template' })).toBe(stack);
  });

  it('replaces the stack with the layers of an opened spec, undoably', () => {
    const s = run(stack, { type: 'spec-opened', layers: [head3] });
    expect(s.draft.layers).toEqual([head3]);
    expect(run(s, { type: 'undo' }).draft).toBe(stack.draft);
  });
});

describe('a fixed batch size on the input', () => {
  it('is set, kept through layer edits, undone in one step and cleared', () => {
    const fixed = run(stack, { type: 'batch-size-set', batchSize: 16 }, { type: 'batch-size-set', batchSize: 32 });
    expect(fixed.draft.batchSize).toBe(32);
    const edited = run(fixed, { type: 'layer-removed', index: 1 });
    expect(edited.draft.batchSize).toBe(32);
    // Typing 16 then 32 is one step: undo goes back to no fixed size.
    expect(run(fixed, { type: 'undo' }).draft.batchSize).toBeUndefined();
    expect(run(fixed, { type: 'batch-size-set', batchSize: null }).draft.batchSize).toBeUndefined();
    expect(run(stack, { type: 'batch-size-set', batchSize: 0 }).draft).toBe(stack.draft);
  });

  it('comes with a spec file that has one', () => {
    expect(run(stack, { type: 'spec-opened', layers: [dense64, head3], batchSize: 8 }).draft).toEqual({ layers: [dense64, head3], batchSize: 8 });
  });
});

describe('following the data', () => {
  it('proposes the default draft for a first context, with an empty history', () => {
    const s = run(INITIAL_DESIGNER, { type: 'context-changed', context: species });
    expect(s.draft).toEqual(defaultDraft(species));
    expect(s.draft.layers.at(-1)).toMatchObject({ type: 'dense', units: 3, activation: 'softmax' });
    expect(s.past).toEqual([]);
    expect(run(s, { type: 'context-changed', context: { ...species, inputShape: [9] } })).toBe(s);
  });

  it('replaces the proposed head when the target changes, undoably', () => {
    const s = run(stack, { type: 'context-changed', context: mass });
    expect(s.draft.layers.slice(0, 2)).toEqual([dense64, dropout]);
    expect(s.draft.layers[2]).toMatchObject({ type: 'dense', units: 1 });
    expect(s.draft.layers[2]?.['activation'] ?? 'linear').toBe('linear');
    expect(run(s, { type: 'undo' }).draft.layers[2]).toEqual(head3);
    // Back to the classes: the regression head was the proposed one, so it goes too.
    expect(run(s, { type: 'context-changed', context: species }).draft.layers[2]).toMatchObject({ units: 3, activation: 'softmax' });
  });

  it('keeps a last layer the user changed, for the advice to speak about', () => {
    const own = run(stack, { type: 'layer-args-set', index: 2, args: { units: 4 } });
    const s = run(own, { type: 'context-changed', context: mass });
    expect(s.draft).toBe(own.draft);
    expect(s.context).toBe(mass);
  });

  it('keeps the layers when only the input shape changes', () => {
    const s = run(stack, { type: 'context-changed', context: { ...species, inputShape: [7] } });
    expect(s.draft).toBe(stack.draft);
  });
});

describe('sequences: 64 steps of 6 sensor columns, 4 classes', () => {
  const recordings: ModelContext = { inputShape: [64, 6], head: { task: 'classification', outputUnits: 4, target: 'activity' } };
  const padded: ModelContext = { ...recordings, maskValue: 0 };
  const head4: LayerSpec = { type: 'dense', units: 4, activation: 'softmax' };

  it('proposes the Conv1D stack, padded or not', () => {
    for (const context of [recordings, padded]) {
      const s = run(INITIAL_DESIGNER, { type: 'context-changed', context });
      expect(types(s)).toEqual(['conv1d', 'maxPooling1d', 'conv1d', 'globalAveragePooling1d', 'dense']);
      expect(s.draft.layers.at(-1)).toEqual(head4);
    }
  });

  it('gives Masking → LSTM → Dense for the LSTM template when the data pads, LSTM → Dense when it does not', () => {
    const s = run(INITIAL_DESIGNER, { type: 'context-changed', context: padded }, { type: 'template-chosen', templateId: 'lstm' });
    expect(s.draft.layers).toEqual([{ type: 'masking', maskValue: 0 }, { type: 'lstm', units: 32 }, head4]);
    const plain = run(INITIAL_DESIGNER, { type: 'context-changed', context: recordings }, { type: 'template-chosen', templateId: 'lstm' });
    expect(plain.draft.layers).toEqual([{ type: 'lstm', units: 32 }, head4]);
  });

  it('follows a change of the mask value, so that the next template picks it up', () => {
    const s = run(INITIAL_DESIGNER, { type: 'context-changed', context: recordings });
    const now = run(s, { type: 'context-changed', context: padded });
    expect(now).not.toBe(s);
    expect(now.context).toBe(padded);
    expect(now.draft).toBe(s.draft);
    expect(run(now, { type: 'template-chosen', templateId: 'gru' }).draft.layers[0]).toEqual({ type: 'masking', maskValue: 0 });
    expect(run(now, { type: 'context-changed', context: { ...padded } })).toBe(now);
  });

  it('adds a Masking layer with the value the data pads with', () => {
    const added = run(
      INITIAL_DESIGNER,
      { type: 'context-changed', context: { ...recordings, maskValue: -1 } },
      { type: 'layer-selected', index: 0 },
      { type: 'layer-added', layerType: 'masking' },
    );
    expect(added.draft.layers[1]).toEqual({ type: 'masking', maskValue: -1 });
    expect(run(stack, { type: 'layer-added', layerType: 'masking' }).draft.layers[2]).toEqual({ type: 'masking', maskValue: 0 });
  });
});

describe('sameLayer', () => {
  it('compares type and arguments whatever their order', () => {
    expect(sameLayer({ type: 'dense', units: 3, activation: 'softmax' }, { activation: 'softmax', type: 'dense', units: 3 })).toBe(true);
    expect(sameLayer({ type: 'dense', units: 3 }, { type: 'dense', units: 3, activation: 'softmax' })).toBe(false);
    expect(sameLayer({ type: 'reshape', targetShape: [2, 1] }, { type: 'reshape', targetShape: [2, 1] })).toBe(true);
  });
});

describe('keyboard commands', () => {
  const key = (k: string, mods: Partial<ShortcutKey> = {}): ShortcutKey => ({
    key: k, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods,
  });
  const selected1 = run(stack, { type: 'layer-selected', index: 1 });

  it('Alt+arrows move the selected layer, Delete removes it', () => {
    expect(shortcutAction(key('ArrowUp', { altKey: true }), selected1)).toEqual({ type: 'layer-moved', from: 1, to: 0 });
    expect(shortcutAction(key('ArrowDown', { altKey: true }), selected1)).toEqual({ type: 'layer-moved', from: 1, to: 2 });
    expect(shortcutAction(key('Delete'), selected1)).toEqual({ type: 'layer-removed', index: 1 });
    expect(shortcutAction(key('ArrowUp'), selected1)).toBeNull();
    expect(shortcutAction(key('Delete'), stack)).toBeNull();
    const first = run(stack, { type: 'layer-selected', index: 0 });
    expect(shortcutAction(key('ArrowUp', { altKey: true }), first)).toBeNull();
  });

  it('Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo, when there is something to undo or redo', () => {
    const edited = run(stack, { type: 'layer-removed', index: 0 });
    expect(shortcutAction(key('z', { ctrlKey: true }), stack)).toBeNull();
    expect(shortcutAction(key('z', { ctrlKey: true }), edited)).toEqual({ type: 'undo' });
    const undone = run(edited, { type: 'undo' });
    expect(shortcutAction(key('Z', { ctrlKey: true, shiftKey: true }), undone)).toEqual({ type: 'redo' });
    expect(shortcutAction(key('y', { ctrlKey: true }), undone)).toEqual({ type: 'redo' });
    expect(shortcutAction(key('z', { metaKey: true }), edited)).toEqual({ type: 'undo' });
  });
});
