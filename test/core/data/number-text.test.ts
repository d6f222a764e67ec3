import { describe, expect, it } from 'vitest';
import { FLOAT32_MAX, parseLenientNumber, TOO_LARGE, unusableNumberLabel } from '../../../src/core/data/number-text';

const value = (text: string, decimalComma: boolean): number | null => parseLenientNumber(text, decimalComma)?.value ?? null;

describe('parseLenientNumber: thousands separators consistent with the decimal mark', () => {
  it('reads points, blanks, no-break spaces and apostrophes as thousands when the decimal mark is a comma', () => {
    expect(value('1.279,0', true)).toBe(1279);
    expect(value('1.279.000', true)).toBe(1279000);
    expect(value('1 279,5', true)).toBe(1279.5);
    expect(value('1\u202f279,5', true)).toBe(1279.5);
    expect(value('1\u00a0279,5', true)).toBe(1279.5);
    expect(value("1'279,5", true)).toBe(1279.5);
    expect(parseLenientNumber('1.279,0', true)?.separator).toBe('.');
  });

  it('reads commas, blanks and apostrophes (Swiss) as thousands when the decimal mark is a point', () => {
    expect(value('1,279.0', false)).toBe(1279);
    expect(value('1,279', false)).toBe(1279);
    expect(value('-1,279,000.25', false)).toBe(-1279000.25);
    expect(value("1'279.0", false)).toBe(1279);
    expect(value('1 279.0', false)).toBe(1279);
  });

  it('reads Indian lakh grouping with commas: 12,34,567 is 1,234,567', () => {
    expect(value('12,34,567', false)).toBe(1234567);
    expect(value('1,00,000.50', false)).toBe(100000.5);
  });

  it('refuses groups that are not thousands, and marks that do not fit the file', () => {
    for (const text of ['1,2', '1,2345', '12,34', '1,234,56,789', '0,123', '1,279,0', '1.279,0']) {
      expect(parseLenientNumber(text, false), text).toBeNull();
    }
    // With a decimal comma, "12,34,567" has two decimal marks; "1.279" stays the plain reader's (1.279).
    for (const text of ['12,34,567', '1.2.3', '12.03.2024', '1 2', '1,279.0']) expect(parseLenientNumber(text, true), text).toBeNull();
  });

  it('leaves plain numbers to the plain reader', () => {
    for (const text of ['12', '-3.5', '1e3']) expect(parseLenientNumber(text, false), text).toBeNull();
  });
});

describe('parseLenientNumber: currency, percent, parentheses', () => {
  it('removes one currency symbol or a percent sign, before or after, and keeps the value as written', () => {
    expect(parseLenientNumber('12%', false)).toEqual({ value: 12, symbol: '%', separator: '', parentheses: false, ambiguousDot: false });
    expect(value('12 %', true)).toBe(12);
    expect(parseLenientNumber('€1,279.00', false)).toMatchObject({ value: 1279, symbol: '€', separator: ',' });
    expect(value('$12.50', false)).toBe(12.5);
    expect(parseLenientNumber('1.279,00 €', true)).toMatchObject({ value: 1279, symbol: '€', separator: '.' });
    expect(value('₩12,000', false)).toBe(12000);
    expect(value('¥300', false)).toBe(300);
    expect(value('£5', false)).toBe(5);
    expect(value('-$3', false)).toBe(-3);
    expect(value('$-3', false)).toBe(-3);
    expect(value('2,5 %', true)).toBe(2.5);
  });

  it('reads accounting parentheses as minus', () => {
    expect(parseLenientNumber('(12.5)', false)).toMatchObject({ value: -12.5, parentheses: true });
    expect(value('($1,200.00)', false)).toBe(-1200);
  });

  it('refuses two symbols, doubled signs and words', () => {
    for (const text of ['$12€', '%', '$', '--3', '-(3)', 'abc', 'USD', 'x12%', '12%%', '']) {
      expect(parseLenientNumber(text, false), JSON.stringify(text)).toBeNull();
    }
  });

  it('flags "1.279" in a decimal-comma file as a point that may group thousands', () => {
    expect(parseLenientNumber('€1.279', true)).toMatchObject({ value: 1.279, ambiguousDot: true });
    expect(parseLenientNumber('€1.5', true)).toMatchObject({ value: 1.5, ambiguousDot: false });
  });
});

describe('unusableNumberLabel', () => {
  it('names NaN, infinities, spreadsheet errors and numbers beyond float32', () => {
    expect(unusableNumberLabel('NaN')).toBe('NaN');
    expect(unusableNumberLabel(' nan ')).toBe('NaN');
    for (const t of ['Infinity', '-inf', '+Inf', 'INF', '-Infinity', '∞']) expect(unusableNumberLabel(t), t).toBe('Infinity');
    expect(unusableNumberLabel('#DIV/0!')).toBe('#DIV/0!');
    expect(unusableNumberLabel('#n/a')).toBe('#N/A');
    expect(unusableNumberLabel('#VALUE!')).toBe('#VALUE!');
    expect(unusableNumberLabel('1e308')).toBe(TOO_LARGE);
    expect(unusableNumberLabel('-1e400')).toBe(TOO_LARGE);
    expect(unusableNumberLabel('3.5e38')).toBe(TOO_LARGE);
    expect(unusableNumberLabel('1' + '0'.repeat(40))).toBe(TOO_LARGE);
  });

  it('leaves ordinary numbers, words and float32-sized values alone', () => {
    for (const t of ['3.4e38', '12', 'info', 'Nancy', 'inflation', '#1', 'n', '', '1e-400']) expect(unusableNumberLabel(t), t).toBeNull();
    expect(3.4e38 <= FLOAT32_MAX).toBe(true);
  });
});
