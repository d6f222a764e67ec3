import { beforeAll, describe, expect, it } from 'vitest';
import { detectSequences } from '../../../src/core/sources/sequences/detect';
import { parseCsvText } from '../../../src/core/data/csv';
import { msg } from '../../../src/core/i18n/message';
import { translator } from '../../../src/core/i18n/translate';
import { analysePlan, modelContextOf } from '../../../src/core/pipeline/analyse';
import { analyseModel } from '../../../src/ui/app/analysis';
import { firstInvalidDraft, withDraft, withoutSteps, type InvalidDraft } from '../../../src/ui/app/drafts';
import { kindPlanOf } from '../../../src/ui/app/loaded';
import { nextBlocker, railSteps, trainingBlocker } from '../../../src/ui/app/rail';
import { INITIAL_STATE, reducer, type AppState } from '../../../src/ui/app/state';
import { parseNumberText } from '../../../src/ui/components/Fields';
import { parseParam } from '../../../src/ui/model/LayerForm';
import { layerDef } from '../../../src/core/model/catalog';

const en = translator('en');
const ko = translator('ko');

const CSV = ['x1,x2,kind', ...Array.from({ length: 24 }, (_, i) => `${((i * 3) % 7) + 0.5},${(i * 7) % 5},${i % 2 ? 'odd' : 'even'}`)].join('\n');

const split: InvalidDraft = {
  step: 'train',
  field: msg('train.settings.validationSplit.label'),
  text: '1.5',
  problem: msg('app.field.enterNumber', { integer: 'no', min: 0, max: 0.5 }),
  base: '0.2',
};

/** A table loaded, its plan worked out and its proposed model in place: ready to train. */
let ready: AppState;
function analyses(state: AppState) {
  const kindPlan = kindPlanOf(state.loaded);
  if (!kindPlan) throw new Error('no plan');
  const plan = analysePlan(kindPlan, { seed: 1, testFraction: 0.2 });
  const model = analyseModel(modelContextOf(plan), state.designer.draft, state.settings);
  return { plan, model };
}

beforeAll(async () => {
  const dataset = await parseCsvText(CSV, 'tiny.csv');
  const loaded = reducer(reducer(INITIAL_STATE, { type: 'load-started', fileName: 'tiny.csv' }), { type: 'load-succeeded', dataset, detection: detectSequences(dataset) });
  const kindPlan = kindPlanOf(loaded.loaded);
  if (!kindPlan) throw new Error('no plan');
  const context = modelContextOf(analysePlan(kindPlan, { seed: 1, testFraction: 0.2 }));
  if (!context) throw new Error('no context');
  ready = reducer(loaded, { type: 'designer', action: { type: 'context-changed', context } });
});

describe('a field’s text that is not a valid value', () => {
  it('is read as a number in range, or a reason why not', () => {
    expect(parseNumberText('0.25', 0, 0.5, false)).toEqual({ ok: true, value: 0.25 });
    const bad = parseNumberText('1.5', 0, 0.5, false);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(en(bad.problem)).toBe('Enter a number from 0 to 0.5.');
    expect(parseNumberText('', 1, 10, true).ok).toBe(false);
    expect(parseNumberText('2.5', 1, 10, true).ok).toBe(false);
  });

  it('in a layer’s list field (a Reshape target) is judged by core, not snapped back', () => {
    const def = layerDef('reshape');
    const param = def?.params.find((p) => p.key === 'targetShape');
    if (!param) throw new Error('no targetShape');
    expect(parseParam('reshape', param, '-1, -1').ok).toBe(false);
    expect(parseParam('reshape', param, '4, 2')).toEqual({ ok: true, value: [4, 2] });
  });

  it('is kept by field, replaced by a new text, and removed once valid', () => {
    const one = withDraft({}, 'train.validationSplit', split);
    expect(withDraft(one, 'train.validationSplit', { ...split })).toBe(one);
    expect(withDraft(one, 'train.validationSplit', null)).toEqual({});
    expect(withDraft({}, 'train.validationSplit', null)).toEqual({});
    expect(withoutSteps(one, ['shape', 'model'])).toBe(one);
    expect(withoutSteps(one, ['train'])).toEqual({});
  });

  it('is found in the order of the steps', () => {
    const units: InvalidDraft = { ...split, step: 'model', field: msg('designer.form.fieldOfLayer', { field: msg('layers.label.units'), n: 2, name: 'dense_1' }), text: '-1' };
    const drafts = withDraft(withDraft({}, 'train.validationSplit', split), 'model.layer.1.units', units);
    expect(firstInvalidDraft(drafts, ['data', 'shape', 'model', 'train'])).toBe(units);
    expect(firstInvalidDraft(drafts, ['train'])).toBe(split);
    expect(firstInvalidDraft(drafts, ['shape'])).toBeNull();
  });
});

describe('Train and the rail while a field is not valid', () => {
  it('Train says which field on which step, in English and Korean', () => {
    const { plan, model } = analyses(ready);
    expect(trainingBlocker(ready, plan, model)).toBeNull();
    const invalid = reducer(ready, { type: 'draft-changed', id: 'train.validationSplit', draft: split });
    const blocker = trainingBlocker(invalid, plan, model);
    expect(blocker?.code).toBe('app.blocker.invalidField');
    expect(blocker ? en(blocker) : '').toBe('Fix “Validation split” on the Train step (step 4): “1.5” is not valid. Enter a number from 0 to 0.5.');
    expect(blocker ? ko(blocker) : '').toContain('학습 단계(4단계)');
    const train = railSteps(invalid, plan, model).find((s) => s.id === 'train');
    expect(train?.attention).toBe(true);
    // Valid text again: the draft goes and Train can start.
    const fixed = reducer(invalid, { type: 'draft-changed', id: 'train.validationSplit', draft: null });
    expect(trainingBlocker(fixed, plan, model)).toBeNull();
  });

  it('a layer field’s draft blocks the Model step’s Next and goes when the stack changes around it', () => {
    const units: InvalidDraft = {
      step: 'model',
      field: msg('designer.form.fieldOfLayer', { field: msg('layers.label.units'), n: 1, name: 'dense' }),
      text: '0',
      problem: msg('designer.form.enterNumber'),
      base: '64',
    };
    const invalid = reducer(ready, { type: 'draft-changed', id: 'model.layer.0.units', draft: units });
    const { plan, model } = analyses(invalid);
    const next = nextBlocker('model', invalid, plan, model);
    expect(next ? en(next) : '').toBe('Fix “Units, layer 1 (dense)” on the Model step (step 3): “0” is not valid. Enter a number.');
    expect(railSteps(invalid, plan, model).find((s) => s.id === 'model')?.attention).toBe(true);
    expect(nextBlocker('shape', invalid, plan, model)).toBeNull();
    // Another field of the layer keeps it; a layer added before it moves the places, so it goes.
    const args = reducer(invalid, { type: 'designer', action: { type: 'layer-args-set', index: 0, args: { activation: 'tanh' } } });
    expect(args.drafts['model.layer.0.units']).toBeDefined();
    const added = reducer(invalid, { type: 'designer', action: { type: 'layer-added', layerType: 'dropout' } });
    expect(added.drafts).toEqual({});
  });

  it('the Shape step’s Next points at the plan’s problems', () => {
    const noFeatures = reducer(reducer(ready, { type: 'feature-toggled', column: 'x1', included: false }), { type: 'feature-toggled', column: 'x2', included: false });
    const { plan, model } = analyses(noFeatures);
    const next = nextBlocker('shape', noFeatures, plan, model);
    expect(next?.code).toBe('app.next.fixAbove');
    expect(next ? en(next) : '').toBe('Fix the problem above first.');
    expect(next ? ko(next) : '').toBe('먼저 위의 문제 1개를 해결하세요.');
    expect(en({ code: 'app.next.fixAbove', params: { count: 2 } })).toBe('Fix the 2 problems above first.');
    expect(nextBlocker('shape', ready, analyses(ready).plan, analyses(ready).model)).toBeNull();
  });

  it('new data drops the Shape and Model steps’ drafts and keeps the Train step’s', () => {
    const drafts = reducer(reducer(ready, { type: 'draft-changed', id: 'train.validationSplit', draft: split }), {
      type: 'draft-changed',
      id: 'shape.images.height',
      draft: { ...split, step: 'shape' },
    });
    if (ready.loaded?.kind !== 'table') throw new Error('no table');
    const reloaded = reducer(drafts, { type: 'load-succeeded', dataset: ready.loaded.dataset, detection: detectSequences(ready.loaded.dataset) });
    expect(Object.keys(reloaded.drafts)).toEqual(['train.validationSplit']);
  });
});
