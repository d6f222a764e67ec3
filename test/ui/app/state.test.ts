import { beforeAll, describe, expect, it } from 'vitest';
import { parseCsvText } from '../../../src/core/data/csv';
import type { TypedDataset } from '../../../src/core/data/types';
import { INITIAL_STATE, reducer, type AppState } from '../../../src/ui/app/state';

// 12 rows: two numeric features (not a row counter, which core would propose to exclude) and a 2-class text target.
const CSV = ['x1,x2,kind', ...Array.from({ length: 12 }, (_, i) => `${((i * 3) % 7) + 0.5},${(i * 7) % 5},${i % 2 ? 'odd' : 'even'}`)].join('\n');

let dataset: TypedDataset;
let loaded: AppState;
beforeAll(async () => {
  dataset = await parseCsvText(CSV, 'tiny.csv');
  const started = reducer(INITIAL_STATE, { type: 'load-started', fileName: 'tiny.csv', target: { column: 'kind', source: 'the test' } });
  loaded = reducer(started, { type: 'load-succeeded', dataset });
});

describe('loading', () => {
  it('proposes the plan for the target a sample names', () => {
    expect(loaded.planState?.plan).toEqual({ target: 'kind', features: ['x1', 'x2'], task: 'classification' });
    expect(loaded.planState?.targetReason).toBe('“kind” is the column the test is meant to predict.');
  });

  it('keeps the previous dataset when a new file fails', () => {
    const failing = reducer(loaded, { type: 'load-started', fileName: 'bad.csv' });
    const failed = reducer(failing, { type: 'load-failed', error: { code: 'csv/empty-file', message: 'empty' } });
    expect(failed.dataset).toBe(dataset);
    expect(failed.loadError?.code).toBe('csv/empty-file');
    expect(failed.loading).toBeNull();
  });
});

describe('choices', () => {
  it('keeps features in file order and never adds the target', () => {
    const without = reducer(loaded, { type: 'feature-toggled', column: 'x1', included: false });
    const back = reducer(without, { type: 'feature-toggled', column: 'x1', included: true });
    const target = reducer(back, { type: 'feature-toggled', column: 'kind', included: true });
    expect(without.planState?.plan.features).toEqual(['x2']);
    expect(back.planState?.plan.features).toEqual(['x1', 'x2']);
    expect(target.planState?.plan.features).toEqual(['x1', 'x2']);
  });

  it('applies a plan fix from core and clears a head override with the head fix', () => {
    const regression = reducer(loaded, { type: 'task-selected', task: 'regression' });
    const fixed = reducer(regression, { type: 'plan-fix-applied', action: 'set-task:classification' });
    expect(fixed.planState?.plan.task).toBe('classification');
    const overridden = reducer(loaded, { type: 'head-override-set', head: { units: 1, activation: 'linear' } });
    expect(overridden.mlp.head).toEqual({ units: 1, activation: 'linear' });
    expect(reducer(overridden, { type: 'head-override-cleared' }).mlp.head).toBeUndefined();
  });

  it('grows hidden layers by copying the last one and shrinks from the end', () => {
    const four = reducer(loaded, { type: 'hidden-layer-count-set', count: 4 });
    expect(four.mlp.hidden.map((l) => l.units)).toEqual([64, 32, 32, 32]);
    expect(reducer(four, { type: 'hidden-layer-count-set', count: 1 }).mlp.hidden.map((l) => l.units)).toEqual([64]);
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

  it('a new dataset ends the run on the old one', () => {
    const running = reducer(loaded, { type: 'training-started', runId: 2 });
    const reloaded = reducer(running, { type: 'load-succeeded', dataset });
    expect(reloaded.training.status).toBe('idle');
    expect(reloaded.training.runId).toBe(3);
  });
});
