import { detectSequences } from '../../../src/core/sources/sequences/detect';
import { appErrorInfo } from '../../../src/core/errors';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCsvText } from '../../../src/core/data/csv';
import type { TypedDataset } from '../../../src/core/data/types';
import { INITIAL_STATE, reducer, type AppState } from '../../../src/ui/app/state';
import { msg } from '../../../src/core/i18n/message';
import { translator } from '../../../src/core/i18n/translate';

/** The table's plan state, when a table is loaded. */
const planStateOf = (state: AppState) => (state.loaded?.kind === 'table' ? state.loaded.planState : null);

// 12 rows: two numeric features (not a row counter, which core would propose to exclude) and a 2-class text target.
const CSV = ['x1,x2,kind', ...Array.from({ length: 12 }, (_, i) => `${((i * 3) % 7) + 0.5},${(i * 7) % 5},${i % 2 ? 'odd' : 'even'}`)].join('\n');

let dataset: TypedDataset;
let loaded: AppState;
beforeAll(async () => {
  dataset = await parseCsvText(CSV, 'tiny.csv');
  const started = reducer(INITIAL_STATE, { type: 'load-started', fileName: 'tiny.csv', target: { column: 'kind', source: msg('app.reason.sample', { title: 'tiny' }) } });
  loaded = reducer(started, { type: 'load-succeeded', dataset, detection: detectSequences(dataset) });
});

describe('loading', () => {
  it('proposes the plan for the target a sample names', () => {
    expect(planStateOf(loaded)?.plan).toEqual({ target: 'kind', features: ['x1', 'x2'], task: 'classification' });
    const reason = planStateOf(loaded)?.targetReason;
    if (!reason) throw new Error('no reason');
    expect(translator('en')(reason)).toBe('“kind” is the column the sample “tiny” is meant to predict.');
    expect(translator('ko')(reason)).toBe('샘플 “tiny”에서 예측하도록 정해 둔 열은 “kind”입니다.');
  });

  it('keeps the previous dataset when a new file fails', () => {
    const failing = reducer(loaded, { type: 'load-started', fileName: 'bad.csv' });
    const failed = reducer(failing, { type: 'load-failed', error: appErrorInfo({ code: 'csv/empty-file', message: msg('common.internalError') }) });
    expect(failed.loaded?.kind === 'table' ? failed.loaded.dataset : null).toBe(dataset);
    expect(failed.loadError?.code).toBe('csv/empty-file');
    expect(failed.loading).toBeNull();
  });
});

describe('choices', () => {
  it('keeps features in file order and never adds the target', () => {
    const without = reducer(loaded, { type: 'feature-toggled', column: 'x1', included: false });
    const back = reducer(without, { type: 'feature-toggled', column: 'x1', included: true });
    const target = reducer(back, { type: 'feature-toggled', column: 'kind', included: true });
    expect(planStateOf(without)?.plan.features).toEqual(['x2']);
    expect(planStateOf(back)?.plan.features).toEqual(['x1', 'x2']);
    expect(planStateOf(target)?.plan.features).toEqual(['x1', 'x2']);
  });

  it('applies a plan fix from core', () => {
    const regression = reducer(loaded, { type: 'task-selected', task: 'regression' });
    const fixed = reducer(regression, { type: 'plan-fix-applied', action: 'set-task:classification' });
    expect(planStateOf(fixed)?.plan.task).toBe('classification');
  });
});

describe('the model designer inside the app', () => {
  const context = { inputShape: [2], head: { task: 'classification' as const, outputUnits: 2, target: 'kind' } };

  it('proposes the model once the data gives a context, and a new dataset starts afresh', () => {
    expect(loaded.designer.draft.layers).toEqual([]);
    const proposed = reducer(loaded, { type: 'designer', action: { type: 'context-changed', context } });
    expect(proposed.designer.draft.layers.at(-1)).toMatchObject({ type: 'dense', units: 2, activation: 'softmax' });
    const edited = reducer(proposed, { type: 'designer', action: { type: 'layer-added', layerType: 'dropout' } });
    const reloaded = reducer(edited, { type: 'load-succeeded', dataset, detection: detectSequences(dataset) });
    expect(reloaded.designer.draft.layers).toEqual([]);
    expect(reloaded.designer.past).toEqual([]);
  });

  it('a changed layer stack makes a finished run stale; selecting a layer does not', () => {
    const proposed = reducer(loaded, { type: 'designer', action: { type: 'context-changed', context } });
    const running = reducer(proposed, { type: 'training-started', runId: 1 });
    expect(reducer(running, { type: 'designer', action: { type: 'layer-removed', index: 0 } })).toBe(running);
    const outcome = { history: [], stoppedEarly: false, stoppedByUser: false, bestEpoch: 1, backend: 'cpu' as const, elapsedMs: 5 };
    const evaluation = {
      task: 'regression' as const, rows: 1, target: 'y', mae: 0, rmse: 0, r2: 1,
      baseline: { value: 0, mae: 0, rmse: 0, r2: 0 }, actual: new Float32Array(1), predicted: new Float32Array(1),
    };
    const done = reducer(running, { type: 'training-message', runId: 1, message: { type: 'done', outcome, evaluation } });
    const selected = reducer(done, { type: 'designer', action: { type: 'layer-selected', index: 0 } });
    expect(selected.designer.selected).toBe(0);
    expect(selected.training.status).toBe('done');
    const removed = reducer(selected, { type: 'designer', action: { type: 'layer-removed', index: 0 } });
    expect(removed.designer.draft.layers.length).toBe(proposed.designer.draft.layers.length - 1);
    expect(removed.training.status).toBe('idle');
  });
});

describe('training', () => {
  const outcome = { history: [], stoppedEarly: false, stoppedByUser: false, bestEpoch: 1, backend: 'cpu' as const, elapsedMs: 5 };
  const evaluation = {
    task: 'classification' as const, rows: 2, classes: ['even', 'odd'], confusion: [[1, 0], [0, 1]], accuracy: 1,
    perClass: [], macroF1: 1, baseline: { label: 'even', accuracy: 0.5 },
    predictions: { actual: new Int32Array(2), predicted: new Int32Array(2), confidence: new Float32Array(2) },
  };

  it('ignores messages from an older run', () => {
    const running = reducer(loaded, { type: 'training-started', runId: 7 });
    const stale = reducer(running, { type: 'training-message', runId: 6, message: { type: 'done', outcome, evaluation } });
    expect(stale).toBe(running);
    const done = reducer(running, { type: 'training-message', runId: 7, message: { type: 'done', outcome, evaluation } });
    expect(done.training.status).toBe('done');
    expect(done.training.evaluation?.task).toBe('classification');
  });

  it('refuses choice changes while training and clears finished results when a choice changes', () => {
    const running = reducer(loaded, { type: 'training-started', runId: 1 });
    expect(reducer(running, { type: 'settings-changed', patch: { epochs: 3 } })).toBe(running);
    const done = reducer(running, { type: 'training-message', runId: 1, message: { type: 'done', outcome, evaluation } });
    const changed = reducer(done, { type: 'settings-changed', patch: { epochs: 3 } });
    expect(changed.settings.epochs).toBe(3);
    expect(changed.training.status).toBe('idle');
    expect(changed.training.evaluation).toBeNull();
  });

  it('keeps the Use step on the finished run, as a saved run, when a choice clears the results', () => {
    const running = reducer(loaded, { type: 'training-started', runId: 1 });
    const saved = reducer(running, { type: 'training-message', runId: 1, message: { type: 'experiment', id: 'e1', name: 'run one' } });
    const done = reducer(saved, { type: 'training-message', runId: 1, message: { type: 'done', outcome, evaluation } });
    expect(done.use).toEqual({ view: 'current' });
    const changed = reducer(done, { type: 'settings-changed', patch: { epochs: 3 } });
    expect(changed.use).toEqual({ view: 'saved', id: 'e1', name: 'run one' });
    // A run that did not finish leaves nothing to use: the step says to train.
    const failed = reducer(reducer(loaded, { type: 'training-started', runId: 2 }), { type: 'settings-changed', patch: { epochs: 4 } });
    expect(failed.use).toEqual({ view: 'current' });
  });

  it('a new dataset ends the run on the old one', () => {
    const running = reducer(loaded, { type: 'training-started', runId: 2 });
    const reloaded = reducer(running, { type: 'load-succeeded', dataset, detection: detectSequences(dataset) });
    expect(reloaded.training.status).toBe('idle');
    expect(reloaded.training.runId).toBe(3);
  });
});
