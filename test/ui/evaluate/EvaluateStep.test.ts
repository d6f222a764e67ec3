import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { ClassificationEvaluation, RegressionEvaluation } from '../../../src/core/evaluate/types';
import { english } from '../../../src/core/i18n/translate';
import { IDLE_TRAINING, type TrainingState } from '../../../src/ui/app/trainingState';
import { confusionSummary } from '../../../src/ui/evaluate/ClassificationResult';
import { EvaluateStep } from '../../../src/ui/evaluate/EvaluateStep';
import { regressionSummaries, significant } from '../../../src/ui/evaluate/RegressionResult';
import { I18nProvider } from '../../../src/ui/i18n/I18nProvider';

const classification: ClassificationEvaluation = {
  task: 'classification',
  rows: 69,
  classes: ['Adelie', 'Chinstrap', 'Gentoo'],
  confusion: [[29, 1, 0], [3, 11, 0], [0, 0, 25]],
  accuracy: 65 / 69,
  perClass: [
    { label: 'Adelie', precision: 0.91, recall: 0.97, f1: 0.94, support: 30 },
    { label: 'Chinstrap', precision: 0.92, recall: 0.79, f1: 0.85, support: 14 },
    { label: 'Gentoo', precision: 1, recall: 1, f1: 1, support: 25 },
  ],
  macroF1: 0.93,
  baseline: { label: 'Adelie', accuracy: 30 / 69 },
  predictions: { actual: new Int32Array(0), predicted: new Int32Array(0), confidence: new Float32Array(0) },
};

const regression: RegressionEvaluation = {
  task: 'regression',
  rows: 3,
  target: 'mpg',
  mae: 2.1666,
  rmse: 2.5,
  r2: 0.8341,
  baseline: { value: 23.4567, mae: 5.77, rmse: 7, r2: 0 },
  actual: Float32Array.from([20, 30, 25]),
  predicted: Float32Array.from([18, 31, 28]),
};

function state(evaluation: TrainingState['evaluation']): TrainingState {
  return { ...IDLE_TRAINING, status: 'done', evaluation, plan: { target: 'species', features: [], task: 'classification' } };
}

function render(locale: 'en' | 'ko', training: TrainingState): string {
  return renderToStaticMarkup(createElement(I18nProvider, { locale, children: createElement(EvaluateStep, { training, onGoToTrain: () => undefined }) }));
}

/** Text a reader sees or hears: element text and the attributes read out. */
function readable(html: string): string {
  const attributes = [...html.matchAll(/(?:aria-label|title|alt)="([^"]*)"/g)].map((m) => m[1]);
  return [html.replace(/<[^>]+>/g, ' '), ...attributes].join(' ');
}

describe('the Evaluate step', () => {
  it('speaks Korean: verdict, metrics, the matrix and its summary, no English sentence left', () => {
    const html = render('ko', state(classification));
    expect(html).toContain('네트워크가 기준선보다 낫습니다: 94% 대 43%.');
    expect(html).toContain('aria-label="혼동 행렬"');
    expect(html).toContain('<caption class="visually-hidden">클래스 3개, 평가용 행 69개. 대각선(맞게 예측)에 65개(94%)가 있습니다. 가장 많은 오류: 실제 Chinstrap → 예측 Adelie(3번).</caption>');
    expect(html).toContain('정밀도');
    const words = readable(html).replace(/Adelie|Chinstrap|Gentoo|species|F1|MAE|RMSE/g, '');
    expect(words).not.toMatch(/[A-Za-z]{3,} [A-Za-z]{3,}/);
    expect(words).not.toMatch(/[{}]/);
  });

  it('keeps the English the end-to-end scenarios read', () => {
    const html = render('en', state(classification));
    expect(html).toContain('The network beats the baseline: 94% vs 43%.');
    expect(html).toContain('Scored on 69 held-out rows of “species”.');
    expect(html).toContain('aria-label="Confusion matrix"');
    expect(html).toContain('aria-label="Per-class metrics"');
  });

  it('names each regression plot with its key numbers, in both languages', () => {
    const en = render('en', state(regression));
    expect(en).toContain('role="img" aria-label="3 held-out rows, predicted against actual mpg: off by 2.17 on average, R² 0.834."');
    expect(en).toContain('role="img" aria-label="3 held-out rows: residuals from -3 to 2 (in the units of “mpg”), 1 above zero and 2 below."');
    expect(en).toContain('The baseline predicts 23.5 for every row: the mean of “mpg” over the training rows.');
    // The target’s name is never written as if it were a unit.
    expect(readable(en)).not.toMatch(/\d mpg\b/);
    expect(en).toContain('its predictions are off by 2.17 on average, the baseline’s by 5.77 (in the units of “mpg”).');
    const ko = render('ko', state(regression));
    expect(ko).toContain('예측 대 실제');
    expect(ko).toContain('aria-label="평가용 행 3개, 실제 mpg에 대한 예측: 평균 2.17만큼 벗어남, 결정계수(R²) 0.834."');
  });

  it('calls image runs’ examples images, and never names an image folder’s internal target', () => {
    const images: TrainingState = { ...state(classification), plan: { target: 'class', features: [], task: 'classification' }, prepared: { unit: 'images' } as TrainingState['prepared'] };
    const en = readable(render('en', images));
    expect(en).toContain('Scored on 69 held-out images.');
    expect(en).not.toContain('“class”');
    // "Rows" of the matrix itself are table rows; the examples are never called rows.
    expect(en.replace(/Rows are the actual class|the share of its row/g, '')).not.toMatch(/\brows?\b/i);
    const ko = readable(render('ko', images));
    expect(ko).toContain('평가용 이미지 69개로 평가했습니다.');
    expect(ko).not.toContain('class');
  });

  it('rounds a measured value as the screen shows it before a message formats it', () => {
    expect(significant(2.16666)).toBe(2.17);
    expect(significant(23456.7)).toBe(23457);
    expect(significant(0.0000691234)).toBe(0.000069);
    expect(significant(0)).toBe(0);
    expect(english(regressionSummaries(regression, 'windows').fit)).toMatch(/^3 held-out windows,/);
    expect(confusionSummary({ ...classification, confusion: [[30, 0, 0], [0, 14, 0], [0, 0, 25]] }, 'rows')).toHaveLength(1);
  });
});
