import { describe, expect, it } from 'vitest';
import { categoryHistogram, dateTimeHistogram, formatNumber, niceStep, numberHistogram } from '../../../src/core/data/histogram';

function histogram(values: number[], integer = values.filter((v) => !Number.isNaN(v)).every(Number.isInteger)) {
  const present = values.filter((v) => !Number.isNaN(v));
  const distinct = [...new Set(present)];
  return numberHistogram(Float64Array.from(values), {
    min: Math.min(...present), max: Math.max(...present), integer, smallIntegerSet: integer ? distinct : null,
  });
}

describe('niceStep', () => {
  it('picks 1, 2, 2.5 or 5 times a power of ten, at least a tenth of the range', () => {
    expect(niceStep(27.5, 12)).toBe(5);
    expect(niceStep(8.4, 12)).toBe(1);
    expect(niceStep(3600, 12)).toBe(500);
    expect(niceStep(0.8, 12)).toBeCloseTo(0.1, 15);
    expect(niceStep(22, 12)).toBe(2.5);
  });
});

describe('numberHistogram', () => {
  it('bins on nice boundaries with short labels, the maximum in the last bin', () => {
    expect(histogram([0.1, 0.2, 0.3, 0.3, 0.5, 0.9, 1.0])).toEqual([
      { label: '0.1–0.2', count: 1 }, { label: '0.2–0.3', count: 1 }, { label: '0.3–0.4', count: 2 },
      { label: '0.4–0.5', count: 0 }, { label: '0.5–0.6', count: 1 }, { label: '0.6–0.7', count: 0 },
      { label: '0.7–0.8', count: 0 }, { label: '0.8–0.9', count: 0 }, { label: '0.9–1.0', count: 2 },
    ]);
  });

  it('gives one bar per value for a few whole numbers', () => {
    expect(histogram([8, 4, 4, 6, NaN, 8, 8])).toEqual([
      { label: '4', count: 2 }, { label: '6', count: 1 }, { label: '8', count: 3 },
    ]);
  });

  it('gives inclusive ranges for many whole numbers', () => {
    const years = Array.from({ length: 13 }, (_, i) => 70 + i);
    expect(histogram(years).map((b) => b.label)).toEqual(['70–71', '72–73', '74–75', '76–77', '78–79', '80–82']);
  });

  it('writes negative ranges with "to" and never shows float noise', () => {
    const bins = histogram([-10, -7.5, -2.2, 0, 3.3, 12], false); // range 22: step 2.5
    expect(bins.map((b) => b.label)).toEqual([
      '-10.0 to -7.5', '-7.5 to -5.0', '-5.0 to -2.5', '-2.5 to 0.0', '0.0–2.5', '2.5–5.0', '5.0–7.5', '7.5–10.0', '10.0–12.5',
    ]);
    expect(bins.map((b) => b.count)).toEqual([1, 1, 0, 1, 1, 1, 0, 0, 1]); // -10 | -7.5 | | -2.2 | 0 | 3.3 | | | 12
  });

  it('has one bar for a constant column and none for an empty one', () => {
    expect(histogram([3.5, 3.5, NaN], false)).toEqual([{ label: '3.5', count: 2 }]);
    expect(numberHistogram(new Float64Array([NaN]), { min: NaN, max: NaN, integer: true, smallIntegerSet: [] })).toEqual([]);
  });
});

describe('categoryHistogram', () => {
  it('keeps the top 8 (ties in order of appearance) and sums the rest as "other"', () => {
    const categories = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'];
    const counts = [1, 9, 3, 3, 5, 6, 7, 8, 2, 1];
    expect(categoryHistogram(categories, counts)).toEqual([
      { label: 'b', count: 9 }, { label: 'h', count: 8 }, { label: 'g', count: 7 }, { label: 'f', count: 6 },
      { label: 'e', count: 5 }, { label: 'c', count: 3 }, { label: 'd', count: 3 }, { label: 'i', count: 2 },
      { label: 'other', count: 2 },
    ]);
  });
});

describe('formatNumber', () => {
  it('writes numbers for labels', () => {
    expect(formatNumber(3)).toBe('3');
    expect(formatNumber(0.30000000000000004)).toBe('0.3');
    expect(formatNumber(2_500_000)).toBe('2.5M');
    expect(formatNumber(15_000)).toBe('15k');
    expect(formatNumber(1.2e-5)).toBe('1.20e-5');
    expect(formatNumber(-0.00001, 2)).toBe('0.00');
  });

  it('writes huge numbers with an exponent, never "1e+299B"', () => {
    expect(formatNumber(1e308)).toBe('1e+308');
    expect(formatNumber(-2.5e15)).toBe('-2.5e+15');
    expect(formatNumber(3.2e9)).toBe('3.2B');
    expect(formatNumber(Infinity)).toBe('Infinity');
  });
});

describe('dateTimeHistogram', () => {
  const bins = (instants: number[]) => {
    const values = Float64Array.from([...instants, NaN]);
    return dateTimeHistogram(values, Math.min(...instants), Math.max(...instants));
  };

  it('bins times of one day by clock time', () => {
    const t0 = Date.UTC(2024, 2, 1, 10);
    expect(bins([t0, t0 + 20, t0 + 64_000])).toEqual([
      { label: '10:00:00–10:00:10', count: 2 }, { label: '10:00:10–10:00:20', count: 0 }, { label: '10:00:20–10:00:30', count: 0 },
      { label: '10:00:30–10:00:40', count: 0 }, { label: '10:00:40–10:00:50', count: 0 }, { label: '10:00:50–10:01:00', count: 0 },
      { label: '10:01:00–10:01:10', count: 1 },
    ]);
  });

  it('names the day with the hours when the times span days', () => {
    const labels = bins([Date.UTC(2024, 2, 1, 20), Date.UTC(2024, 2, 2, 9)]).map((b) => b.label);
    expect(labels[0]).toBe('2024-03-01 20:00–22:00');
    expect(labels[labels.length - 1]).toBe('2024-03-02 08:00–10:00');
  });

  it('bins by week ranges, by months and by years as the range grows', () => {
    expect(bins([Date.UTC(2024, 0, 1), Date.UTC(2024, 1, 10)])[0]?.label).toBe('2023-12-28 – 2024-01-03');
    expect(bins([Date.UTC(2024, 0, 15), Date.UTC(2024, 5, 2)]).map((b) => b.label)).toEqual(
      ['2024-01', '2024-02', '2024-03', '2024-04', '2024-05', '2024-06']);
    expect(bins([Date.UTC(2020, 0, 15), Date.UTC(2024, 5, 2), Date.UTC(2024, 6, 2)])).toEqual([
      { label: '2020', count: 1 }, { label: '2021', count: 0 }, { label: '2022', count: 0 }, { label: '2023', count: 0 }, { label: '2024', count: 2 },
    ]);
    expect(bins([Date.UTC(1900, 0, 1), Date.UTC(2024, 0, 1)]).map((b) => b.label)).toEqual(['1900–1919', '1920–1939', '1940–1959', '1960–1979', '1980–1999', '2000–2019', '2020–2039']);
  });

  it('gives one bar for a single instant', () => {
    expect(bins([Date.UTC(2024, 2, 1), Date.UTC(2024, 2, 1)])).toEqual([{ label: '2024-03-01', count: 2 }]);
  });

  it('has no bins without values', () => {
    expect(dateTimeHistogram(Float64Array.from([NaN]), NaN, NaN)).toEqual([]);
  });
});
