import { en } from './english';
import { describe, expect, it } from 'vitest';
import { layerDef } from '../../../src/core/model/catalog';
import { layerSummary } from '../../../src/core/model/layer-summary';

describe('layerSummary', () => {
  it('works Reshape’s example on the layer’s real input, not a fixed (None, 9)', () => {
    expect(en(layerSummary('reshape', [null, 7]) ?? '')).toBe(
      'Rearranges the 7 values of each example into a new shape with as many values, e.g. (None, 7) → (None, 7, 1): 7 timesteps of 1 feature, for Conv1D or a recurrent layer.',
    );
    expect(en(layerSummary('reshape', [null, 28, 28]) ?? '')).toBe(
      'Rearranges the 784 values of each example into a new shape with as many values, e.g. (None, 28, 28) → (None, 28, 28, 1): one channel, for Conv2D.',
    );
    expect(en(layerSummary('reshape', [null, 28, 28, 3]) ?? '')).toContain('e.g. (None, 28, 28, 3) → (None, 28, 84): the last two axes merged into 84 features per step');
    for (const shape of [[null, 7], [null, 28, 28], [null, 13, 13, 32]]) expect(layerSummary('reshape', shape)).not.toContain('(None, 9)');
  });

  it('keeps the catalogue’s line when the input is not known, and for other layers', () => {
    expect(layerSummary('reshape', null)).toBe(layerDef('reshape')?.summary);
    expect(layerSummary('dense', [null, 7])).toBe(layerDef('dense')?.summary);
    expect(layerSummary('nope', [null, 7])).toBeUndefined();
  });
});
