import { describe, expect, it } from 'vitest';
import { formatBytes, formatDuration, formatInteger, formatNumber, formatPercent, formatScore } from '../../src/ui/format';

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
