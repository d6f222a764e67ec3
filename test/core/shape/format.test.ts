import { describe, expect, it } from 'vitest';
import { readableNumber } from '../../../src/core/shape/format';

describe('readableNumber', () => {
  it.each([
    [43.9219298245614, '43.9'],
    [5.459583713926532, '5.46'],
    [0.0123456, '0.0123'],
    [-0.5, '-0.5'],
    [0, '0'],
    [12, '12'],
    [100, '100'],
    [999.4, '999'],
    [999.6, '1,000'],
    [1234.5, '1,235'],
    [4207.05, '4,207'],
    [-1234567.8, '-1,234,568'],
    [1.0000001, '1'],
    [2.5e-9, '2.5e-9'],
    [Number.NaN, 'NaN'],
  ])('%s → %s', (x, text) => {
    expect(readableNumber(x)).toBe(text);
  });
});
