import { describe, expect, it } from 'vitest';
import { allOf, eachOf, formatCount, noun, plural, theCount } from '../../src/core/words';

describe('counted words', () => {
  it('agrees the noun with the count: 1 step, 0 and 3 steps, irregular plurals', () => {
    expect([plural(1, 'step'), plural(0, 'step'), plural(3, 'step')]).toEqual(['1 step', '0 steps', '3 steps']);
    expect([plural(1, 'bias', 'biases'), plural(2, 'bias', 'biases'), plural(1, 'class', 'classes')]).toEqual(['1 bias', '2 biases', '1 class']);
    expect([noun(1, 'step'), noun(119, 'step')]).toEqual(['step', 'steps']);
  });

  it('writes counts with thousands separators, without Intl', () => {
    expect([formatCount(2080), formatCount(-1234567), plural(65536, 'unit')]).toEqual(['2,080', '-1,234,567', '65,536 units']);
  });

  it('never says "each of the 1 channel" nor "all 1 step"', () => {
    expect([eachOf(1, 'channel'), eachOf(16, 'channel')]).toEqual(['the one channel', 'each of the 16 channels']);
    expect([allOf(1, 'step'), allOf(61, 'step')]).toEqual(['the one step', 'all 61 steps']);
    expect([theCount(1, 'value'), theCount(784, 'value')]).toEqual(['the one value', 'the 784 values']);
  });
});
