import { describe, expect, it } from 'vitest';
import { detachString, isMissingCell, parseNumberCell, trimCell } from '../../../src/core/data/cell';

describe('parseNumberCell', () => {
  it('reads the same double as Number() for ordinary numbers', () => {
    const cases = ['0', '3', '-0.25', '+7', '.5', '5.', '12.3456', '1e-3', '2.5E+4', '-1.2e2', '0.1', '0.3', '123456789012345',
      '0.30000000000000004', '1.7976931348623157e308', '4.9e-324', '00012', '  42  ', '\t8\t', '-0'];
    for (const text of cases) expect(parseNumberCell(text, false), text).toBe(Number(text));
  });

  it('reads a decimal comma only when told to', () => {
    expect(parseNumberCell('1,5', true)).toBe(1.5);
    expect(parseNumberCell('-0,25', true)).toBe(-0.25);
    expect(parseNumberCell('1,5', false)).toBeNaN();
    expect(parseNumberCell('1.5', true)).toBe(1.5);
    expect(parseNumberCell('0,12345678901234567', true)).toBe(Number('0.12345678901234567'));
  });

  it('refuses text, empty cells, markers and malformed numbers', () => {
    for (const text of ['', ' ', 'abc', 'NaN', 'Infinity', '-', '.', '1.2.3', '1e', '1e+', '12abc', '1 2', '0x10', '1,5,2', '--1', '1e400']) {
      expect(parseNumberCell(text, true), JSON.stringify(text)).toBeNaN();
    }
  });
});

describe('isMissingCell', () => {
  it('knows the missing markers in any case, with blanks around them', () => {
    for (const text of ['', '   ', 'NA', 'na', 'N/A', 'n/a', '#N/A', 'null', 'NULL', 'NaN', 'nan', '?', '-', ' NA ']) {
      expect(isMissingCell(text), JSON.stringify(text)).toBe(true);
    }
  });

  it('does not take words or numbers for missing', () => {
    for (const text of ['0', 'none', 'nab', 'n', 'missing value', '--', 'Nancy']) expect(isMissingCell(text), text).toBe(false);
  });
});

describe('trimCell and detachString', () => {
  it('trims only when there is something to trim', () => {
    expect(trimCell('  Oslo ')).toBe('Oslo');
    const same = 'Oslo';
    expect(trimCell(same)).toBe(same);
  });

  it('keeps the text of a string', () => {
    const long = 'x'.repeat(40) + 'y';
    expect(detachString(long.slice(1))).toBe('x'.repeat(39) + 'y');
    expect(detachString('short')).toBe('short');
  });
});
