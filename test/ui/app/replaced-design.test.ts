import { beforeAll, describe, expect, it } from 'vitest';
import { detectSequences } from '../../../src/core/sources/sequences/detect';
import { parseCsvText } from '../../../src/core/data/csv';
import type { TypedDataset } from '../../../src/core/data/types';
import { translator } from '../../../src/core/i18n/translate';
import { msg } from '../../../src/core/i18n/message';
import { INITIAL_STATE, reducer, type AppState } from '../../../src/ui/app/state';
import { handEdited, INITIAL_DESIGNER, designerReducer } from '../../../src/ui/model/designer';

const CSV = ['x1,x2,kind', ...Array.from({ length: 12 }, (_, i) => `${((i * 3) % 7) + 0.5},${(i * 7) % 5},${i % 2 ? 'odd' : 'even'}`)].join('\n');
const context = { inputShape: [2], head: { task: 'classification' as const, outputUnits: 2, target: 'kind' } };
const other = { inputShape: [5], head: { task: 'regression' as const, outputUnits: 1, target: 'y' } };

let dataset: TypedDataset;
let proposed: AppState;
beforeAll(async () => {
  dataset = await parseCsvText(CSV, 'tiny.csv');
  const loaded = reducer(reducer(INITIAL_STATE, { type: 'load-started', fileName: 'tiny.csv' }), { type: 'load-succeeded', dataset, detection: detectSequences(dataset) });
  proposed = reducer(loaded, { type: 'designer', action: { type: 'context-changed', context } });
});

const open = (state: AppState, name: string) =>
  reducer(reducer(state, { type: 'load-started', fileName: name }), { type: 'load-succeeded', dataset: { ...dataset, name }, detection: detectSequences(dataset) });
const designed = (state: AppState) => state.designer.draft.layers.map((l) => l.type);

describe('a design edited by hand', () => {
  it('is told from the proposed one: an edit, a template or a fixed batch size count; an undone edit does not', () => {
    const start = designerReducer(INITIAL_DESIGNER, { type: 'context-changed', context });
    expect(handEdited(INITIAL_DESIGNER)).toBe(false);
    expect(handEdited(start)).toBe(false);
    const added = designerReducer(start, { type: 'layer-added', layerType: 'dropout' });
    expect(handEdited(added)).toBe(true);
    expect(handEdited(designerReducer(added, { type: 'undo' }))).toBe(false);
    expect(handEdited(designerReducer(start, { type: 'batch-size-set', batchSize: 16 }))).toBe(true);
    expect(handEdited(designerReducer(start, { type: 'layer-args-set', index: 0, args: { units: 7 } }))).toBe(true);
  });
});

describe('opening other data over a hand-made design', () => {
  it('replaces it, says so with Undo, and Undo brings it back as one step of the history', () => {
    const edited = reducer(reducer(proposed, { type: 'designer', action: { type: 'layer-added', layerType: 'dropout' } }), {
      type: 'designer',
      action: { type: 'layer-added', layerType: 'dense' },
    });
    const mine = designed(edited);
    const opened = open(edited, 'other.csv');
    expect(opened.replacedDesign?.notice).toBe(true);
    expect(opened.replacedDesign?.madeFor).toBe('tiny.csv');
    expect(designed(opened)).toEqual([]);
    const withContext = reducer(opened, { type: 'designer', action: { type: 'context-changed', context } });
    expect(designed(withContext)).not.toEqual(mine);
    const restored = reducer(withContext, { type: 'design-restored' });
    expect(designed(restored)).toEqual(mine);
    expect(restored.replacedDesign).toBeNull();
    // The designer's own Undo goes back to the design proposed for the new data.
    expect(designed(reducer(restored, { type: 'designer', action: { type: 'undo' } }))).toEqual(designed(withContext));
  });

  it('brought back before the new data’s shape is known, it stays when the shape arrives, with advice for it', () => {
    const edited = reducer(proposed, { type: 'designer', action: { type: 'layer-added', layerType: 'dropout' } });
    const mine = designed(edited);
    const restored = reducer(open(edited, 'other.csv'), { type: 'design-restored' });
    const later = reducer(restored, { type: 'designer', action: { type: 'context-changed', context: other } });
    expect(designed(later)).toEqual(mine);
    expect(later.designer.context).toEqual(other);
  });

  it('keeps a closed notice’s design on the Model step, and a proposed design replaces nothing', () => {
    const edited = reducer(proposed, { type: 'designer', action: { type: 'layer-removed', index: 0 } });
    const closed = reducer(open(edited, 'other.csv'), { type: 'design-notice-closed' });
    expect(closed.replacedDesign).toMatchObject({ notice: false, madeFor: 'tiny.csv' });
    expect(open(proposed, 'other.csv').replacedDesign).toBeNull();
  });

  it('says what was replaced, in English and Korean', () => {
    const m = msg('designer.replaced.notice', { layers: 4, data: '“x.csv”' });
    expect(translator('en')(m)).toBe('Your model design (4 layers, edited by hand) was replaced by the one proposed for “x.csv”.');
    expect(translator('en')(msg('designer.replaced.notice', { layers: 1, data: '“x.csv”' }))).toContain('(1 layer,');
    expect(translator('ko')(m)).toBe('직접 수정한 모델 설계(레이어 4개)가 “x.csv”에 맞게 제안된 설계로 바뀌었습니다.');
  });
});
