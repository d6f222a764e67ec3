import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../../src/core/i18n/catalogue';
import { msg } from '../../../src/core/i18n/message';
import { english, translator } from '../../../src/core/i18n/translate';
import { sampleParams, shapeOf } from '../i18n/catalogue-shape';

const HANGUL = /[\uac00-\ud7a3]/;
const ko = translator('ko');
const ours = [...CATALOGUES.en.keys()].filter((code) => code.startsWith('train.') || code.startsWith('evaluate.'));

describe('the train and evaluate messages', () => {
  it('render in both languages with every branch, no brace left, Korean in Hangul where English has words', () => {
    expect(ours.length).toBeGreaterThan(150);
    const problems: string[] = [];
    for (const code of ours) {
      for (const locale of ['en', 'ko'] as const) {
        const text = CATALOGUES[locale].get(code) ?? '';
        for (const params of sampleParams(shapeOf(text, locale))) {
          const out = translator(locale)(code as never, params);
          if (/[{}]/.test(out) || out === code) problems.push(`${locale} ${code}: ${out}`);
          if (locale === 'ko' && /[a-z]{3,} [a-z]{3,}/.test(english(code as never, params).replace(/Xy/g, '')) && !HANGUL.test(out)) {
            problems.push(`ko ${code} has no Hangul: ${out}`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('count epochs, rows and files in the singular and the plural', () => {
    const outcome = (epochs: number) => msg('train.outcome.finished', { epochs, duration: '3 s', best: epochs });
    expect(english(outcome(1))).toBe('Trained for all 1 epoch in 3 s; the weights of epoch 1, the best one, are kept.');
    expect(english(outcome(1500))).toBe('Trained for all 1,500 epochs in 3 s; the weights of epoch 1,500, the best one, are kept.');
    expect(ko(outcome(1500))).toBe('에포크 1,500개를 모두 학습했습니다(3 s). 가장 좋았던 에포크 1,500의 가중치를 남깁니다.');
    const split = (train: number) => msg('train.prepared.split', { unit: 'images', train, validation: 0.2, test: 12 });
    expect(english(split(1))).toBe('1 training image (20% of them for validation), 12 held out.');
    expect(english(split(48))).toBe('48 training images (20% of them for validation), 12 held out.');
    expect(ko(split(48))).toBe('학습 이미지 48개(그중 20%는 검증용), 평가용 12개입니다.');
    expect(english('train.prepared.skipped', { count: 1 })).toBe('1 unreadable file skipped.');
    expect(english('train.prepared.skipped', { count: 2 })).toBe('2 unreadable files skipped.');
    const cell = (count: number) => msg('evaluate.confusion.cell', {
      unit: msg('evaluate.unit', { unit: 'recordings' }),
      actual: 'running',
      predicted: 'walking',
      count: String(count),
      share: '25%',
    });
    expect(english(cell(1))).toBe('1 25%: actual running, predicted walking. Show the recordings.');
    expect(ko(cell(3))).toBe('3 25%: 실제 running, 예측 walking. 기록 보기.');
    expect(english(msg('evaluate.unitCount', { unit: 'recordings', count: 1 }))).toBe('1 recording');
    expect(english(msg('evaluate.unitCount', { unit: 'recordings', count: 3 }))).toBe('3 recordings');
    expect(ko(msg('evaluate.unitCount', { unit: 'recordings', count: 3 }))).toBe('기록 3개');
    expect(english('evaluate.heldOutCount', { unit: 'rows', count: 1 })).toBe('1 held-out row');
    expect(ko(msg('evaluate.heldOutCount', { unit: 'windows', count: 1234 }))).toBe('평가용 윈도 1,234개');
  });

  it('give the progress line the epoch counts and the time left', () => {
    const left = msg('train.progress.left', { duration: '1 min 5 s' });
    expect(english('train.progress.epoch', { epoch: 12, epochs: 500, left })).toBe('Epoch 12 of 500 · about 1 min 5 s left');
    expect(ko(msg('train.progress.epochStopping', { epoch: 12, epochs: 500, left: msg('train.progress.estimating') }))).toBe(
      '에포크 500개 중 12번째 · 남은 시간 계산 중 · 이 배치가 끝나면 멈춥니다…',
    );
  });

  it('say the verdicts with percentages and the target’s own numbers, never its name as a unit', () => {
    expect(english('evaluate.verdict.classification.beats', { net: 0.9712, base: 0.44 })).toBe('The network beats the baseline: 97% vs 44%.');
    expect(ko(msg('evaluate.verdict.classification.notBeats', { net: 0.4, base: 0.44, label: 'Adelie' }))).toMatch(/^네트워크가 기준선보다 낫지 않습니다\(40% 대 44%\)\. 항상 “Adelie”/);
    expect(english('evaluate.verdict.regression.beats', { net: 2.31, base: 23457, target: 'mpg' })).toBe(
      'The network beats the baseline: its predictions are off by 2.31 on average, the baseline’s by 23,457 (in the units of “mpg”).',
    );
  });
});
