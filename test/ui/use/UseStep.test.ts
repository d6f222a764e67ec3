import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Host } from '../../../src/host/contract';
import { IDLE_TRAINING, type TrainingState } from '../../../src/ui/app/trainingState';
import { EvaluateStep } from '../../../src/ui/evaluate/EvaluateStep';
import { I18nProvider } from '../../../src/ui/i18n/I18nProvider';
import { CURRENT_RUN } from '../../../src/ui/use/route';
import { UseStep } from '../../../src/ui/use/UseStep';

const host = {} as Host;
const none = () => undefined;

function render(locale: 'en' | 'ko', training: TrainingState, route = CURRENT_RUN): string {
  const step = createElement(UseStep, { route, training, host, onRoute: none, onGoToTrain: none });
  return renderToStaticMarkup(createElement(I18nProvider, { locale, children: step }));
}

describe('the Use step without a model', () => {
  it('says nothing is trained yet and offers the Train step, in either language', () => {
    const en = render('en', IDLE_TRAINING);
    expect(en).toContain('Nothing is trained yet');
    expect(en).toContain('Go to Train');
    expect(render('ko', IDLE_TRAINING)).toContain('학습으로 이동');
  });

  it('says the model comes when the run ends while it trains', () => {
    expect(render('en', { ...IDLE_TRAINING, status: 'running' })).toContain('the model can be used here when the run ends');
  });

  it('names a saved run opened from Experiments, with the way back to the current run', () => {
    const html = render('en', IDLE_TRAINING, { view: 'saved', id: 'e9', name: 'old run' });
    expect(html).toContain('A saved run opened from Experiments: old run');
    expect(html).toContain('Back to the current run');
    expect(html).toContain('Reading the saved run…');
  });
});

describe('the Evaluate step', () => {
  it('leads on to the Use step once there is an evaluation', () => {
    const evaluation = { task: 'regression', rows: 3, target: 'y', mae: 1, rmse: 1, r2: 0.5, baseline: { value: 0, mae: 2, rmse: 2, r2: 0 }, actual: Float32Array.of(1, 2, 3), predicted: Float32Array.of(1, 2, 3) };
    const training = { ...IDLE_TRAINING, status: 'done', evaluation } as unknown as TrainingState;
    const step = (onUse?: () => void) =>
      renderToStaticMarkup(createElement(I18nProvider, { locale: 'en', children: createElement(EvaluateStep, { training, onGoToTrain: none, ...(onUse ? { onUse } : {}) }) }));
    expect(step(none)).toContain('Next: use the model');
    expect(step()).not.toContain('Next: use the model');
  });
});
