import { describe, expect, it } from 'vitest';
import { translator } from '../../../src/core/i18n/translate';
import { railSteps, trainingBlocker } from '../../../src/ui/app/rail';
import { INITIAL_STATE, type AppState } from '../../../src/ui/app/state';
import type { RailStep } from '../../../src/ui/components/StepRail';

const en = translator('en');
const ko = translator('ko');
const said = (t: typeof en, step: RailStep | undefined) => (step === undefined ? '' : typeof step.status === 'string' ? step.status : t(step.status));

function done(epochs: number): AppState {
  const history = Array.from({ length: epochs }, () => ({}));
  return { ...INITIAL_STATE, training: { ...INITIAL_STATE.training, status: 'done', outcome: { history } } } as unknown as AppState;
}

describe('the step rail', () => {
  it('says how many epochs a run took, in English plurals and in Korean counters', () => {
    const one = railSteps(done(1), null, null).find((s) => s.id === 'train');
    const many = railSteps(done(15), null, null).find((s) => s.id === 'train');
    expect(said(en, one)).toBe('Done in 1 epoch');
    expect(said(en, many)).toBe('Done in 15 epochs');
    expect(said(ko, many)).toBe('완료 (에포크 15회)');
  });

  it('asks for a file before anything is loaded, in either language', () => {
    const data = railSteps(INITIAL_STATE, null, null)[0];
    expect(said(en, data)).toBe('Open a file');
    expect(said(ko, data)).toBe('파일 열기');
  });
});

describe('the reason Train waits', () => {
  it('is a message, rendered in the language shown', () => {
    const blocker = trainingBlocker(INITIAL_STATE, null, null);
    expect(blocker?.code).toBe('app.blocker.openData');
    expect(blocker ? en(blocker) : '').toBe('Open a dataset first (step 1).');
    expect(blocker ? ko(blocker) : '').toBe('먼저 데이터셋을 여세요(1단계).');
  });
});
