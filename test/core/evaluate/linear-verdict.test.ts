import { describe, expect, it } from 'vitest';
import { compareToLinear, linearMargin, stillImproving, type LinearComparable } from '../../../src/core/evaluate/linear-verdict';
import { english, translator } from '../../../src/core/i18n/translate';

const ko = translator('ko');

const classification = (rows: number, accuracy: number, linear?: number): LinearComparable => ({
  task: 'classification', rows, accuracy, ...(linear !== undefined ? { linear: { accuracy: linear } } : {}),
});
const regression = (rows: number, r2: number, linear?: number): LinearComparable => ({
  task: 'regression', rows, r2, ...(linear !== undefined ? { linear: { r2: linear } } : {}),
});

describe('linearMargin', () => {
  it('is one point, or one held-out example’s weight when that is more', () => {
    expect(linearMargin(1000)).toBe(0.01);
    expect(linearMargin(50)).toBe(0.02);
    expect(linearMargin(0)).toBe(0.01);
  });
});

describe('compareToLinear', () => {
  it('says nothing for an evaluation without a linear baseline (older records)', () => {
    expect(compareToLinear(classification(100, 0.9))).toBeNull();
    expect(compareToLinear(regression(100, 0.5))).toBeNull();
  });

  it('classification: better, as good, worse, in accuracy points', () => {
    const better = compareToLinear(classification(500, 0.912, 0.87));
    expect(better?.code).toBe('evaluate.linear.classification.better');
    expect(english(better!)).toBe('The network is 4.2 points more accurate than a linear model (91.2% vs 87.0%).');
    expect(ko(better!)).toBe('네트워크의 정확도가 선형 모델보다 4.2%p 높습니다(91.2% 대 87.0%).');

    const same = compareToLinear(classification(500, 0.88, 0.875));
    expect(same?.code).toBe('evaluate.linear.classification.same');
    expect(english(same!)).toBe('A linear model does as well (87.5% vs the network’s 88.0%, within 1.0 points): the extra layers do not help here.');
    expect(ko(same!)).toContain('여기서는 레이어를 더 쌓아도 도움이 되지 않습니다.');

    const worse = compareToLinear(classification(500, 0.85, 0.88));
    expect(worse?.code).toBe('evaluate.linear.classification.worse');
    expect(english(worse!)).toBe('A linear model is 3.0 points more accurate (88.0% vs the network’s 85.0%): try fewer layers or more regularisation.');
    expect(ko(worse!)).toBe('선형 모델의 정확도가 3.0%p 더 높습니다(선형 모델 88.0% 대 네트워크 85.0%). 레이어를 줄이거나 규제를 늘려 보세요.');
  });

  it('counts a gap of one held-out example as no difference on a small set', () => {
    // 69 held-out rows: one row is 1.45 points, more than the 1-point floor.
    expect(compareToLinear(classification(69, 60 / 69, 59 / 69))?.code).toBe('evaluate.linear.classification.same');
    expect(compareToLinear(classification(69, 61 / 69, 59 / 69))?.code).toBe('evaluate.linear.classification.better');
    expect(compareToLinear(classification(100, 0.9, 0.89))?.code).toBe('evaluate.linear.classification.same');
  });

  it('regression: better, as good, worse, in R²', () => {
    const better = compareToLinear(regression(200, 0.84, 0.78));
    expect(better?.code).toBe('evaluate.linear.regression.better');
    expect(english(better!)).toBe('The network’s R² is 0.06 higher than a linear model’s (0.840 vs 0.780).');
    expect(ko(better!)).toBe('네트워크의 결정계수(R²)가 선형 모델보다 0.06 높습니다(0.840 대 0.780).');

    const same = compareToLinear(regression(200, 0.455, 0.46));
    expect(same?.code).toBe('evaluate.linear.regression.same');
    expect(english(same!)).toBe('A linear model does as well (R² 0.460 vs the network’s 0.455, within 0.01): the extra layers do not help here.');
    expect(ko(same!)).toContain('선형 모델도 비슷하게 잘합니다');

    const worse = compareToLinear(regression(200, 0.42, 0.49));
    expect(worse?.code).toBe('evaluate.linear.regression.worse');
    expect(english(worse!)).toBe('A linear model’s R² is 0.07 higher (0.490 vs the network’s 0.420): try fewer layers or more regularisation.');
    expect(ko(worse!)).toContain('레이어를 줄이거나 규제를 늘려 보세요.');
  });

  it('reads a NaN score as no claim either way', () => {
    expect(compareToLinear(regression(200, Number.NaN, 0.5))?.code).toBe('evaluate.linear.regression.same');
  });

  it('a linear model ahead of a network still improving says to train longer, not to cut layers', () => {
    const worse = compareToLinear(classification(69, 0.797, 1), true);
    expect(worse?.code).toBe('evaluate.linear.classification.worseImproving');
    expect(english(worse!)).toContain('train it for more epochs');
    expect(english(worse!)).not.toContain('fewer layers');
    expect(ko(worse!)).toContain('에포크를 늘려');
    expect(compareToLinear(regression(80, 0.5, 0.8), true)?.code).toBe('evaluate.linear.regression.worseImproving');
    // Ahead or level, the network's training state changes nothing.
    expect(compareToLinear(classification(500, 0.912, 0.87), true)?.code).toBe('evaluate.linear.classification.better');
  });
});

describe('stillImproving', () => {
  it('is true when the kept weights are the last epoch’s and no early stop ended the run', () => {
    expect(stillImproving({ epochs: 3, bestEpoch: 3 })).toBe(true);
    expect(stillImproving({ epochs: 3, bestEpoch: 3, stoppedEarly: true })).toBe(false);
    expect(stillImproving({ epochs: 40, bestEpoch: 20, stoppedEarly: true })).toBe(false);
    expect(stillImproving({ epochs: 40, bestEpoch: 39 })).toBe(false);
    expect(stillImproving({ epochs: 0, bestEpoch: 0 })).toBe(false);
    expect(stillImproving({ epochs: 5 })).toBe(false);
  });
});

