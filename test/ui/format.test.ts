import { describe, expect, it } from 'vitest';
import { formatBytes, formatChartValue, formatDuration, formatFixed, formatInteger, formatNumber, formatPercent, formatScore, formatTick, formatTicks } from '../../src/ui/format';

describe('formatNumber', () => {
  it('keeps three significant digits and thousands separators', () => {
    expect(formatNumber(2.31234)).toBe('2.31');
    expect(formatNumber(23.456)).toBe('23.5');
    expect(formatNumber(0.012345)).toBe('0.0123');
    expect(formatNumber(1234.5)).toBe('1,235');
    expect(formatNumber(-0.5)).toBe('-0.5');
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(Number.NaN)).toBe('—');
  });
});

describe('other formats', () => {
  it('formats integers, percentages, scores, durations and sizes for reading', () => {
    expect(formatInteger(1234567)).toBe('1,234,567');
    expect(formatPercent(0.9712)).toBe('97.1%');
    expect(formatPercent(0.35)).toBe('35%');
    expect(formatScore(1)).toBe('1.00');
    expect(formatScore(-0.00357, 3)).toBe('-0.004');
    expect(formatScore(-0.0004, 3)).toBe('0.000');
    expect(formatDuration(75_000)).toBe('1 min 15 s');
    expect(formatDuration(4_200)).toBe('4 s');
    expect(formatDuration(300)).toBe('less than a second');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(512)).toBe('512 bytes');
  });
});

describe('chart numbers: never in e-notation', () => {
  it('legends and tooltips write tiny and huge values out', () => {
    expect(formatChartValue(6.91e-5, false)).toBe('0.000069');
    expect(formatChartValue(1e-9, false)).toBe('0.000000001');
    expect(formatChartValue(12345678, false)).toBe('12,345,678');
    expect(formatChartValue(0.123456789, false)).toBe('0.1235');
    expect(formatChartValue(0.83456, true)).toBe('83.5%');
    expect(formatChartValue(null, false)).toBe('–');
    for (const v of [6.91e-5, 1e-9, 12345678, 1e21, -3.2e-7]) expect(formatChartValue(v, false)).not.toMatch(/e[-+]?\d/i);
  });

  it('axis ticks: as many decimals as the step needs, however small', () => {
    expect(formatTicks([0, 2e-5, 4e-5, 6e-5], false)).toEqual(['0.00000', '0.00002', '0.00004', '0.00006']);
    expect(formatTicks([0, 5e-10, 1e-9], false)).toEqual(['0.0000000000', '0.0000000005', '0.0000000010']);
    expect(formatTicks([0, 5_000_000, 10_000_000, 15_000_000], false)).toEqual(['0', '5M', '10M', '15M']);
    expect(formatTick(12345678)).toBe('12.3M');
    expect(formatTicks([0, 0.5, 1], true)).toEqual(['0%', '50%', '100%']);
    expect(formatFixed(-0.00001, 3)).toBe('0.000');
  });
});
