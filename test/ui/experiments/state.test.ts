/** The app state's experiment parts: the run's saved experiment, the Experiments route, a new run from a saved one. */
import { detectSequences } from '../../../src/core/sources/sequences/detect';
import { msg } from '../../../src/core/i18n/message';
import { english, translator } from '../../../src/core/i18n/translate';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCsvText } from '../../../src/core/data/csv';
import type { TypedDataset } from '../../../src/core/data/types';
import { INITIAL_STATE, reducer, STEPS, type AppState } from '../../../src/ui/app/state';
import { newRunBlocker } from '../../../src/ui/experiments/newRun';
import { fingerprintDataset } from '../../../src/core/experiment/fingerprint';
import { record } from './records';

const CSV = ['a,b,c,kind', ...Array.from({ length: 12 }, (_, i) => `${i % 5},${(i * 7) % 5},${(i * 3) % 4},${i % 2 ? 'odd' : 'even'}`)].join('\n');
let dataset: TypedDataset;
let loaded: AppState;
beforeAll(async () => {
  dataset = await parseCsvText(CSV, 'tiny.csv');
  loaded = reducer(reducer(INITIAL_STATE, { type: 'load-started', fileName: 'tiny.csv' }), { type: 'load-succeeded', dataset, detection: detectSequences(dataset) });
});

describe('experiments in the app state', () => {
  it('is the last step, opened on its list, and a route opens the step too', () => {
    expect(STEPS.at(-1)).toBe('experiments');
    expect(INITIAL_STATE.experiments).toEqual({ view: 'list' });
    const opened = reducer(INITIAL_STATE, { type: 'experiments-route', route: { view: 'detail', id: 'x' } });
    expect(opened.step).toBe('experiments');
    expect(opened.experiments).toEqual({ view: 'detail', id: 'x' });
  });

  it('keeps the experiment a run is saved as, for that run only', () => {
    const running = reducer(loaded, { type: 'training-started', runId: 7 });
    const saved = reducer(running, { type: 'training-message', runId: 7, message: { type: 'experiment', id: 'e1', name: 'tiny.csv · MLP 16' } });
    expect(saved.training.experiment).toEqual({ id: 'e1', name: 'tiny.csv · MLP 16' });
    const stale = reducer(running, { type: 'training-message', runId: 6, message: { type: 'experiment', id: 'old', name: 'old' } });
    expect(stale.training.experiment).toBeNull();
  });

  it('applies a saved run’s plan, layers and settings, and goes to Train', () => {
    const layers = [{ type: 'dense', units: 5, activation: 'relu' }, { type: 'dense', units: 2, activation: 'softmax' }];
    const settings = { ...loaded.settings, epochs: 3, seed: 99 };
    const applied = reducer(loaded, {
      type: 'experiment-settings-applied',
      plan: { target: 'kind', features: ['a', 'c'], task: 'classification' },
      model: { layers },
      settings,
      source: msg('app.reason.run', { name: '“X”' }),
    });
    expect(applied.step).toBe('train');
    const planState = applied.loaded?.kind === 'table' ? applied.loaded.planState : null;
    expect(planState?.plan).toEqual({ target: 'kind', features: ['a', 'c'], task: 'classification' });
    expect(planState ? english(planState.targetReason) : null).toBe('“kind” is the target of the run “X”.');
    expect(applied.designer.draft.layers).toEqual(layers);
    expect(applied.settings).toEqual(settings);
  });

  it('changes nothing when a column of the saved plan is not in the data', () => {
    const plan = { target: 'kind', features: ['a', 'zzz'], task: 'classification' as const };
    const same = reducer(loaded, { type: 'experiment-settings-applied', plan, model: { layers: [] }, settings: loaded.settings, source: msg('app.reason.run', { name: 'x' }) });
    expect(same).toBe(loaded);
  });
});

/** The blocker as an English reader sees it. */
function blocker(...args: Parameters<typeof newRunBlocker>): string | null {
  const found = newRunBlocker(...args);
  return found === null ? null : english(found);
}

describe('newRunBlocker', () => {
  it('accepts the same table by content, and names the file to open otherwise', () => {
    const same = record('r', { dataset: { name: 'tiny.csv', kind: 'table', rows: 12, sizeBytes: 1, fingerprint: fingerprintDataset(dataset) }, plan: { target: 'kind', features: ['a'], task: 'classification' } });
    expect(newRunBlocker(same, { dataset, imageFolder: null })).toBeNull();
    const other = record('r');
    expect(blocker(other, { dataset, imageFolder: null })).toBe(
      'The data open now (“tiny.csv”) is not the data this run was trained on. Open “penguins.csv” first (step 1, Data), then come back here: this run was trained on it.',
    );
    expect(blocker(other, { dataset: null, imageFolder: null })).toMatch(/^Open “penguins.csv” first/);
    const ko = newRunBlocker(other, { dataset: null, imageFolder: null });
    expect(ko && translator('ko')(ko)).toBe('먼저 “penguins.csv”을(를) 연 뒤(1단계, 데이터) 여기로 돌아오세요: 이 실행은 그 데이터로 학습했습니다.');
  });

  it('recognises an image folder by its name', () => {
    const images = record('i', { dataset: { name: 'flowers', kind: 'images', rows: 30, sizeBytes: 1, fingerprint: 'x' } });
    expect(newRunBlocker(images, { dataset: null, imageFolder: 'flowers' })).toBeNull();
    expect(blocker(images, { dataset: null, imageFolder: 'pets' })).toMatch(/^Open “flowers” first/);
  });
});
