/**
 * The input-shape explanation of each kind of data, rendered in both languages with the
 * parameters real data gives: every message resolves, no ICU brace is left, Korean reads in
 * Korean, and counts of one and of many take their own forms.
 */
import { describe, expect, it } from 'vitest';
import type { Preprocessing } from '../../../src/core/features/types';
import type { Message } from '../../../src/core/i18n/message';
import { translator } from '../../../src/core/i18n/translate';
import { explainInputShape } from '../../../src/core/shape/explain';
import type { ShapeExplanation } from '../../../src/core/shape/types';
import { explainImageShape } from '../../../src/core/sources/images/inspect';
import { sequencesKind } from '../../../src/core/sources/sequences/kind';
import { groupedDataset, longDataset, summaryOf } from '../sources/sequences/helpers';

const en = translator('en');
const ko = translator('ko');
const HANGUL = /[\uac00-\ud7a3]/;

function messagesOf(shape: ShapeExplanation): Message[] {
  return [...shape.axes.map((a) => a.description), shape.sum, ...shape.parts.map((p) => p.description), ...shape.notes, shape.noneMeaning];
}

/** Every message of the explanation in both languages; throws (failing the test) when a parameter is missing. */
function rendered(shape: ShapeExplanation): { en: string[]; ko: string[] } {
  const out = { en: messagesOf(shape).map((m) => en(m)), ko: messagesOf(shape).map((m) => ko(m)) };
  for (const text of [...out.en, ...out.ko]) {
    expect(text).not.toMatch(/[{}]/);
    expect(text).not.toMatch(/^(shape|sources)\./);
  }
  for (const text of out.ko) expect(text).toMatch(HANGUL);
  return out;
}

const table: Preprocessing = {
  task: 'classification',
  target: 'species',
  imputation: 'mean',
  classes: ['Adelie', 'Gentoo'],
  slots: [
    { kind: 'scaled', column: 'bill_length_mm', mean: 43.9219298245614, std: 5.459583713926532 },
    { kind: 'missing-indicator', column: 'bill_length_mm', missingRows: 1 },
    { kind: 'one-hot', column: 'island', category: 'Biscoe' },
    { kind: 'one-hot', column: 'island', category: 'Dream' },
    { kind: 'scaled', column: 'body_mass_g', mean: 4201.75438596491, std: 801.9545356980956 },
  ],
};

describe('the input-shape explanation in English and Korean', () => {
  it('explains a table’s (None, 5) with its columns, one and many', () => {
    const { en: e, ko: k } = rendered(explainInputShape(table));
    expect(e).toEqual([
      'the batch: how many rows go into the network at a time (any number)',
      '5 numbers per row, from 3 feature columns',
      '5 = 2 numeric columns, 1 missing-value indicator, and 2 one-hot columns of “island”',
      '1 number, standardised (mean 43.9, std 5.46) and 1 missing-value indicator (1 training row had no value)',
      '2 one-hot columns (Biscoe and Dream)',
      '1 number, standardised (mean 4,202, std 802)',
      'None is the batch size: the network takes any number of rows at a time, so their count is not part of the shape.',
    ]);
    expect(k[1]).toBe('행마다 숫자 5개 (특성 열 3개에서)');
    expect(k[2]).toBe('5 = 숫자 열 2개, 결측값 표시 1개 및 “island”의 원-핫 열 2개');
    expect(k[3]).toContain('평균 43.9, 표준편차 5.46');
    const one = rendered(explainInputShape({ task: 'regression', target: 'y', imputation: 'mean', slots: [table.slots[0]!] }));
    expect(one.en[1]).toBe('1 number per row, from 1 feature column');
    expect(one.en[2]).toBe('1 = 1 numeric column');
  });

  it('explains an image folder’s (None, H, W, C), for one channel and three', () => {
    const gray = rendered(explainImageShape(28, 32, 1, { grayscale: true, alphaDropped: false }));
    expect(gray.en.slice(0, 4)).toEqual([
      'the batch: how many images go into the network at a time (any number)',
      '28 pixels high: every image is resized to this height',
      '32 pixels wide: every image is resized to this width',
      '1 channel: every image is grayscale (red = green = blue in every pixel), so one brightness value per pixel is enough',
    ]);
    expect(gray.en[4]).toMatch(/C = 1 channel: .* Each image is 28 × 32 × 1 = 896 numbers\.$/);
    expect(gray.en.at(-1)).toMatch(/any number of images at a time/);
    expect(gray.ko[4]).toContain('이미지 하나는 28 × 32 × 1 = 숫자 896개입니다.');
    const colour = rendered(explainImageShape(64, 64, 3, { grayscale: false, alphaDropped: true }));
    expect(colour.en[3]).toBe('3 channels: the images are in colour: one value each for red, green and blue');
    expect(colour.en[4]).toContain('Transparency (alpha) is dropped');
    expect(colour.ko[4]).toContain('투명도(알파)는 버립니다');
    expect(colour.ko[4]).toContain('12,288');
  });

  it('explains a sequence set’s (None, steps, features), grouped and as windows', () => {
    const summary = summaryOf(groupedDataset({ channels: 1, recordings: 12, stepsOf: (r) => (r === 0 ? 40 : 64) }));
    const plan = sequencesKind.proposePlan(summary).plan;
    const grouped = rendered(sequencesKind.explainInput(summary, plan, { testFraction: 0.2, seed: 1 }));
    expect(grouped.en[0]).toBe('the batch: how many recordings go into the network at a time (any number)');
    expect(grouped.en[2]).toBe('the step column ch1');
    expect(grouped.en[3]).toBe('Each recording is 64 steps × 1 step column = 64 numbers: at every step, each step column gives one standardised number.');
    expect(grouped.en).toContain('1 recording shorter than 64 steps is padded at the end with zero steps (of 12).');
    expect(grouped.ko[3]).toBe('기록 하나는 스텝 64개 × 스텝 열 1개 = 숫자 64개입니다. 스텝마다 각 스텝 열이 표준화된 숫자 하나를 줍니다.');
    expect(grouped.ko).toContain('64스텝보다 짧은 기록 1개(전체 12개 중)는 끝에 0인 스텝을 채워 늘립니다(패딩).');

    const long = summaryOf(longDataset(1000, 200));
    const windowsPlan = sequencesKind.proposePlan(long).plan;
    const windows = rendered(sequencesKind.explainInput(long, windowsPlan, { testFraction: 0.2, seed: 1 }));
    expect(windows.en[1]).toBe('rows in each window; 1,000 rows give 30 windows of 64 with a stride of 32');
    expect(windows.en).toContain('Windows overlap: each starts 32 rows after the previous one.');
    expect(windows.en.at(-1)).toMatch(/any number of windows at a time/);
    expect(windows.ko[1]).toBe('각 윈도의 행 수. 행 1,000개에서 길이 64, 스트라이드 32인 윈도 30개가 나옵니다');
  });
});
