import { describe, expect, it } from 'vitest';
import { splitTerms, termsNotFound } from '../../../src/ui/model/glossaryText';

describe('splitTerms', () => {
  it('links the first occurrence of each term, whole words only, keeping the text intact', () => {
    const line = 'Conv1D, 100 filters of width 10 on (None, 128, 9), padding valid: each filter spans all 9 features.';
    const parts = splitTerms(line, ['filters', 'padding', 'None', 'features', 'kernel']);
    expect(parts.map((p) => p.text).join('')).toBe(line);
    expect(parts.filter((p) => p.term).map((p) => [p.text, p.term])).toEqual([
      ['filters', 'filters'],
      ['None', 'None'],
      ['padding', 'padding'],
      ['features', 'features'],
    ]);
  });

  it('accepts singular or plural and any case, and prefers the longer term', () => {
    expect(splitTerms('Strides of 2; batch size 32; one filter', ['stride', 'batch', 'batch size', 'filters']).filter((p) => p.term)).toEqual([
      { text: 'Strides', term: 'stride' },
      { text: 'batch size', term: 'batch size' },
      { text: 'filter', term: 'filters' },
    ]);
    expect(splitTerms('the bias', ['bias']).filter((p) => p.term)).toEqual([{ text: 'bias', term: 'bias' }]);
  });

  it('finds a key with underscores written with spaces', () => {
    expect(splitTerms('Dense acts on the last axis; batch_size 32', ['last_axis', 'batch_size']).filter((p) => p.term)).toEqual([
      { text: 'last axis', term: 'last_axis' },
      { text: 'batch_size', term: 'batch_size' },
    ]);
  });

  it('asks the resolver for words the glossary knows under another name', () => {
    const resolve = (w: string) => (w.toLowerCase() === 'parameters' ? 'params' : undefined);
    expect(splitTerms('Parameters: 9 × 64 weights', ['params'], resolve)).toEqual([
      { text: 'Parameters', term: 'params' },
      { text: ': 9 × 64 weights' },
    ]);
    expect(splitTerms('Parameters: 9 × 64 weights', ['params'])).toEqual([{ text: 'Parameters: 9 × 64 weights' }]);
  });

  it('does not link a term inside another word', () => {
    expect(splitTerms('unitsless params_x', ['units', 'params'])).toEqual([{ text: 'unitsless params_x' }]);
  });

  it('returns the line whole when there are no terms', () => {
    expect(splitTerms('(None, 64)', [])).toEqual([{ text: '(None, 64)' }]);
  });
});

describe('termsNotFound', () => {
  it('lists the terms none of the lines contain', () => {
    expect(termsNotFound(['64 units', 'params: 640'], ['units', 'params', 'activation'])).toEqual(['activation']);
  });
});
