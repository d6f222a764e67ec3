import { msg } from '../../../src/core/i18n/message';
import { describe, expect, it } from 'vitest';
import { applyEdit, applyFix, applyFixToSpec } from '../../../src/core/model/edits';
import type { LayerSpec } from '../../../src/core/model/types';

const stack: readonly LayerSpec[] = [
  { type: 'dense', units: 64, activation: 'relu' },
  { type: 'dropout', rate: 0.2 },
  { type: 'dense', units: 3, activation: 'softmax' },
];
const types = (layers: readonly LayerSpec[]) => layers.map((l) => l.type);

describe('applyEdit', () => {
  it('inserts at an index (clamped to the ends)', () => {
    expect(types(applyEdit(stack, { kind: 'insert', index: 1, layer: { type: 'flatten' } }))).toEqual(['dense', 'flatten', 'dropout', 'dense']);
    expect(types(applyEdit(stack, { kind: 'insert', index: 99, layer: { type: 'flatten' } }))).toEqual(['dense', 'dropout', 'dense', 'flatten']);
    expect(types(applyEdit(stack, { kind: 'insert', index: -3, layer: { type: 'flatten' } }))).toEqual(['flatten', 'dense', 'dropout', 'dense']);
  });

  it('removes and replaces, ignoring an index out of range', () => {
    expect(types(applyEdit(stack, { kind: 'remove', index: 1 }))).toEqual(['dense', 'dense']);
    expect(applyEdit(stack, { kind: 'remove', index: 5 })).toEqual(stack);
    expect(applyEdit(stack, { kind: 'replace', index: 0, layer: { type: 'lstm', units: 8 } })[0]).toEqual({ type: 'lstm', units: 8 });
    expect(applyEdit(stack, { kind: 'replace', index: -1, layer: { type: 'lstm' } })).toEqual(stack);
  });

  it('sets arguments, removing those set to undefined, never the type', () => {
    const next = applyEdit(stack, { kind: 'set-args', index: 0, args: { units: 16, activation: undefined, type: 'gru' } });
    expect(next[0]).toEqual({ type: 'dense', units: 16 });
  });

  it('moves a layer to its new index (keyboard up/down and drag and drop)', () => {
    expect(types(applyEdit(stack, { kind: 'move', from: 2, to: 0 }))).toEqual(['dense', 'dense', 'dropout']);
    expect(applyEdit(stack, { kind: 'move', from: 0, to: 2 }).map((l) => l.units ?? l.rate)).toEqual([0.2, 3, 64]);
    expect(applyEdit(stack, { kind: 'move', from: 0, to: 9 }).map((l) => l.units ?? l.rate)).toEqual([0.2, 3, 64]);
    expect(applyEdit(stack, { kind: 'move', from: 7, to: 0 })).toEqual(stack);
  });

  it('never changes its input, and copies the layers it takes in', () => {
    const before = JSON.stringify(stack);
    const shape = [4, 1];
    const next = applyEdit(stack, { kind: 'insert', index: 0, layer: { type: 'reshape', targetShape: shape } });
    shape[0] = 99;
    expect(next[0]).toEqual({ type: 'reshape', targetShape: [4, 1] });
    applyEdit(stack, { kind: 'set-args', index: 0, args: { units: 1 } });
    applyEdit(stack, { kind: 'move', from: 0, to: 2 });
    expect(JSON.stringify(stack)).toBe(before);
  });
});

describe('applyFix', () => {
  it('applies the edits in order, each on the stack the previous one left', () => {
    const fixed = applyFix([{ type: 'conv2d', filters: 8, kernelSize: 3 }], {
      label: msg('model.fix.reshapeAndUse', { shape: '(7, 1)', layer: 'Conv1D' }),
      edits: [
        { kind: 'insert', index: 0, layer: { type: 'reshape', targetShape: [7, 1] } },
        { kind: 'replace', index: 1, layer: { type: 'conv1d', filters: 8, kernelSize: 3 } },
      ],
    });
    expect(fixed).toEqual([{ type: 'reshape', targetShape: [7, 1] }, { type: 'conv1d', filters: 8, kernelSize: 3 }]);
  });
});

describe('applyFixToSpec', () => {
  it('changes the input shape with set-input-shape and the layers with the other edits; applyFix leaves the input alone', () => {
    const spec = { inputShape: [30, 50, 50, 3], layers: stack };
    const input = [50, 50, 3];
    const fix = { label: msg('model.fix.useInputShape', { shape: '(50, 50, 3)' }), edits: [{ kind: 'set-input-shape' as const, shape: input }, { kind: 'remove' as const, index: 1 }] };
    const fixed = applyFixToSpec(spec, fix);
    input[0] = 99;
    expect(fixed.inputShape).toEqual([50, 50, 3]);
    expect(types(fixed.layers)).toEqual(['dense', 'dense']);
    expect(spec.inputShape).toEqual([30, 50, 50, 3]);
    expect(applyFix(stack, { label: msg('model.fix.useInputShape', { shape: '(2)' }), edits: [{ kind: 'set-input-shape', shape: [2] }] })).toEqual(stack);
  });
});
