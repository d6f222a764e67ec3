import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { msg } from '../../../src/core/i18n/message';
import { translator } from '../../../src/core/i18n/translate';
import { DEFAULT_SETTINGS } from '../../../src/core/train/settings';
import { IDLE_TRAINING, type TrainingState } from '../../../src/ui/app/trainingState';
import { epochChartSummary } from '../../../src/ui/components/EpochChart';
import { I18nProvider } from '../../../src/ui/i18n/I18nProvider';
import { TrainStep } from '../../../src/ui/train/TrainStep';

const history = [1, 2, 3].map((epoch) => ({ epoch, loss: 1 / epoch, valLoss: 1.1 / epoch, accuracy: 0.3 * epoch, valAccuracy: 0.29 * epoch, elapsedMs: 10 * epoch }));

const done: TrainingState = {
  ...IDLE_TRAINING,
  status: 'done',
  settings: { ...DEFAULT_SETTINGS, epochs: 3 },
  history,
  backend: {
    backend: 'wasm',
    label: 'WebAssembly',
    reason: msg('train.backend.reason.passedOver', {
      passedOver: { list: [msg('train.backend.passedOver', { backend: 'WebGPU', why: msg('train.backend.why.noWebGpu') })] },
      backend: msg('train.backend.runsOn', { backend: 'wasm' }),
    }),
    preflight: msg('train.preflight.passed', { backend: msg('train.backend.named', { backend: 'wasm' }), compared: 'yes', time: msg('train.preflight.time', { unit: 'ms', value: 12 }), memory: 0.13 }),
  },
  outcome: { history, stoppedEarly: true, stoppedByUser: false, bestEpoch: 2, backend: 'wasm', elapsedMs: 1500 },
};

function render(locale: 'en' | 'ko', training: TrainingState, blocker: string | null = null): string {
  const props = {
    settings: DEFAULT_SETTINGS, backendPreference: 'auto' as const, training, task: 'classification' as const, target: 'species', unit: 'images' as const, blocker,
    onSettings: () => undefined, onBackend: () => undefined, onTrain: () => undefined, onStop: () => undefined, onEvaluate: () => undefined,
  };
  return renderToStaticMarkup(createElement(I18nProvider, { locale, children: createElement(TrainStep, props) }));
}

describe('the Train step', () => {
  it('says the run in Korean: progress, backend, pre-flight, early stopping, settings', () => {
    const html = render('ko', done);
    expect(html).toContain('에포크 3개 중 3번째에서 조기 종료됨, 2초');
    expect(html).toContain('여기서 쓸 수 없는 백엔드: WebGPU(이 실행 환경에 WebGPU 없음). WebAssembly에서 학습합니다.');
    expect(html).toContain('WebAssembly 사전 점검 통과: 기울기가 유한하고 0이 아닙니다(CPU 결과와 일치). 에포크당 약 12ms, 메모리 0.13 MB가 필요합니다.');
    expect(html).toContain('검증 손실이 더 나아지지 않아 에포크 3개(2초) 뒤에 조기 종료로 학습이 끝났습니다.');
    expect(html).toContain('에포크 하나는 학습 이미지 전체를 한 번 훑는 것입니다.');
    expect(html).toContain('aria-label="사용 중인 백엔드"');
    expect(html).toContain('학습 시작');
    expect(html.replace(/<[^>]+>/g, ' ')).not.toMatch(/\b(the|of|and|epochs?)\b/);
    expect(html).not.toContain('{');
  });

  it('keeps the English labels the end-to-end scenarios find', () => {
    const html = render('en', done, 'Fix the model first.');
    expect(html).toContain('aria-label="Backend in use"');
    expect(html).toContain('aria-label="Pre-flight check"');
    expect(html).toContain('aria-label="Training progress"');
    expect(html).toContain('Stopped early at epoch 3 of 3 in 2 s');
    expect(html).toContain('Fix the model first.');
  });

  it('a stopped run’s bar shows where it stopped, not a full bar', () => {
    const stoppedHistory = Array.from({ length: 237 }, (_, i) => ({ epoch: i + 1, loss: 1, elapsedMs: 10 * (i + 1) }));
    const stopped: TrainingState = {
      ...done,
      settings: { ...DEFAULT_SETTINGS, epochs: 400 },
      history: stoppedHistory,
      outcome: { history: stoppedHistory, stoppedEarly: false, stoppedByUser: true, bestEpoch: 230, backend: 'wasm', elapsedMs: 2370 },
    };
    const en = render('en', stopped);
    expect(en).toContain('aria-valuenow="59"');
    expect(en).toContain('Stopped at epoch 237 of 400 in 2 s');
    expect(render('ko', stopped)).toContain('에포크 400개 중 237번째에서 중지됨, 2초');
    const finished = render('en', { ...done, outcome: { ...done.outcome!, stoppedEarly: false } });
    expect(finished).toContain('aria-valuenow="100"');
    expect(finished).toContain('Finished 3 epochs in 2 s');
  });

  it('names an epoch chart by its last values, in the reader’s language', () => {
    const series = [
      { label: 'Training', color: '#000', values: [0.5, 0.6] },
      { label: 'Validation', color: '#111', values: [0.4, undefined] },
    ];
    expect(epochChartSummary(translator('en'), 'Accuracy', series, true)).toBe('Accuracy: Training 60.0%, Validation 40.0% at epoch 2');
    expect(epochChartSummary(translator('ko'), '정확도', [{ ...series[0]!, label: '학습' }], true)).toBe('정확도: 에포크 2 기준 학습 60.0%');
    expect(epochChartSummary(translator('ko'), '손실', [], false)).toBe('손실: 아직 에포크 없음');
  });
});
