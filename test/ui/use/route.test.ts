import { describe, expect, it } from 'vitest';
import { translator } from '../../../src/core/i18n/translate';
import { railSteps } from '../../../src/ui/app/rail';
import { INITIAL_STATE, reducer, STEPS, type AppState } from '../../../src/ui/app/state';
import { IDLE_TRAINING, type TrainingState } from '../../../src/ui/app/trainingState';
import { CURRENT_RUN, runToUse } from '../../../src/ui/use/route';

const run = { id: 'e1', name: 'penguins.csv · MLP 16' };
const training = (status: TrainingState['status'], experiment: TrainingState['experiment'] = run): TrainingState => ({ ...IDLE_TRAINING, status, experiment });

describe('the run the Use step shows', () => {
  it('is the current run once it is done, or why there is none', () => {
    expect(runToUse(CURRENT_RUN, training('done'))).toEqual({ kind: 'run', ...run, current: true });
    expect(runToUse(CURRENT_RUN, IDLE_TRAINING)).toEqual({ kind: 'nothing' });
    expect(runToUse(CURRENT_RUN, training('running'))).toEqual({ kind: 'training' });
    expect(runToUse(CURRENT_RUN, training('stopping'))).toEqual({ kind: 'training' });
    // Failed after it was saved: its record says it has no weights; failed before: nothing to load.
    expect(runToUse(CURRENT_RUN, training('failed'))).toEqual({ kind: 'run', ...run, current: true });
    expect(runToUse(CURRENT_RUN, training('failed', null))).toEqual({ kind: 'failed' });
  });

  it('is a saved run opened from Experiments, the current one when it is the same', () => {
    const saved = { view: 'saved', id: 'old', name: 'old run' } as const;
    expect(runToUse(saved, training('done'))).toEqual({ kind: 'run', id: 'old', name: 'old run', current: false });
    expect(runToUse(saved, IDLE_TRAINING)).toEqual({ kind: 'run', id: 'old', name: 'old run', current: false });
    expect(runToUse({ ...saved, id: 'e1' }, training('done'))).toMatchObject({ kind: 'run', current: true });
    // The run being trained has no weights yet, even opened from its page.
    expect(runToUse({ ...saved, id: 'e1' }, training('running'))).toEqual({ kind: 'training' });
    expect(runToUse(saved, training('running'))).toMatchObject({ kind: 'run', id: 'old' });
  });
});

describe('the Use step in the app state', () => {
  it('comes after Evaluate and before Experiments', () => {
    expect(STEPS.indexOf('use')).toBe(STEPS.indexOf('evaluate') + 1);
    expect(STEPS.indexOf('experiments')).toBe(STEPS.indexOf('use') + 1);
  });

  it('opens on a saved run, keeps it across steps, and gives way to a new run', () => {
    const opened = reducer(INITIAL_STATE, { type: 'use-route', route: { view: 'saved', id: 'old', name: 'old run' } });
    expect(opened.step).toBe('use');
    expect(opened.use).toEqual({ view: 'saved', id: 'old', name: 'old run' });
    const away = reducer(opened, { type: 'step-selected', step: 'data' });
    expect(away.use).toEqual(opened.use);
    const started = reducer(away, { type: 'training-started', runId: 1 });
    expect(started.use).toEqual(CURRENT_RUN);
  });

  it('is named in the rail by its run, in either language', () => {
    const en = translator('en');
    const ko = translator('ko');
    const said = (state: AppState, t: typeof en) => {
      const status = railSteps(state, null, null).find((s) => s.id === 'use')?.status ?? '';
      return typeof status === 'string' ? status : t(status);
    };
    expect(said(INITIAL_STATE, en)).toBe('Train a model first');
    expect(said(INITIAL_STATE, ko)).toBe('먼저 모델을 학습하세요');
    expect(said({ ...INITIAL_STATE, training: training('running') }, en)).toBe('Waiting for training');
    expect(said({ ...INITIAL_STATE, training: training('done') }, en)).toBe(run.name);
    expect(said({ ...INITIAL_STATE, use: { view: 'saved', id: 'x', name: 'another run' } }, ko)).toBe('another run');
  });
});
