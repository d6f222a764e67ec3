import { describe, expect, it } from 'vitest';
import { formatBytes, formatDuration, formatInteger, formatNumber, formatPercent, formatTick } from '../../../src/core/i18n/format';

describe('numbers per language', () => {
  it('groups thousands and rounds to significant digits in both languages', () => {
    for (const locale of ['en', 'ko'] as const) {
      expect(formatInteger(1234567, locale)).toBe('1,234,567');
      expect(formatNumber(2.31234, locale)).toBe('2.31');
      expect(formatNumber(1234.5, locale)).toBe('1,235');
      expect(formatPercent(0.9712, locale)).toBe('97.1%');
    }
  });

  it('never writes e-notation for tiny values', () => {
    expect(formatNumber(0.0000691, 'en')).toBe('0.000069');
    expect(formatNumber(-0.00001234, 'ko')).toBe('-0.000012');
    expect(formatNumber(1e-15, 'en')).toBe('0');
  });

  it('says durations and sizes in the language', () => {
    expect(formatDuration(75_000, 'en')).toBe('1 min 15 s');
    expect(formatDuration(75_000, 'ko')).toBe('1분 15초');
    expect(formatDuration(300, 'ko')).toBe('1초 미만');
    expect(formatDuration(120_000, 'en')).toBe('2 min');
    expect(formatBytes(1, 'en')).toBe('1 byte');
    expect(formatBytes(100, 'en')).toBe('100 bytes');
    expect(formatBytes(100, 'ko')).toBe('100바이트');
    expect(formatBytes(1536, 'ko')).toBe('1.5 KB');
  });

  it('writes compact ticks the way each language counts', () => {
    expect(formatTick(12_000, 'en')).toBe('12K');
    expect(formatTick(12_000, 'ko')).toBe('1.2만');
  });
});
