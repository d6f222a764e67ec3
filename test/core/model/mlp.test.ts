import { describe, expect, it } from 'vitest';
import { proposeHead } from '../../../src/core/model/head';
import { DEFAULT_MLP, mlpToSpec, validateMlp } from '../../../src/core/model/mlp';
import type { MlpConfig } from '../../../src/core/model/types';

describe('mlpToSpec', () => {
  it('turns the default MLP and a 3-class head into tf.layers factory calls', () => {
    const head = proposeHead('classification', 3, { target: 'species' });
    expect(mlpToSpec(7, DEFAULT_MLP, head)).toEqual({
      inputShape: [7],
      layers: [
        { type: 'dense', units: 64, activation: 'relu' },
        { type: 'dense', units: 32, activation: 'relu' },
        { type: 'dense', units: 3, activation: 'softmax' },
      ],
    });
  });

  it('adds Dropout after each hidden layer when the rate is above 0', () => {
    const mlp: MlpConfig = { hidden: [{ units: 16, activation: 'tanh' }], dropout: 0.2 };
    const spec = mlpToSpec(4, mlp, proposeHead('regression', 1, { target: 'mpg' }));
    expect(spec.layers).toEqual([
      { type: 'dense', units: 16, activation: 'tanh' },
      { type: 'dropout', rate: 0.2 },
      { type: 'dense', units: 1, activation: 'linear' },
    ]);
  });

  it('allows no hidden layer at all (a linear or logistic model)', () => {
    const spec = mlpToSpec(2, { hidden: [], dropout: 0 }, proposeHead('regression', 1, { target: 'y' }));
    expect(spec.layers).toEqual([{ type: 'dense', units: 1, activation: 'linear' }]);
  });
});

describe('validateMlp', () => {
  it('accepts the default', () => {
    expect(validateMlp(DEFAULT_MLP)).toEqual([]);
  });

  it.each([
    [0, 'mlp/bad-units'],
    [2.5, 'mlp/bad-units'],
    [4097, 'mlp/bad-units'],
    [Number.NaN, 'mlp/bad-units'],
  ])('rejects %s units', (units, code) => {
    const problems = validateMlp({ hidden: [{ units: 8, activation: 'relu' }, { units, activation: 'relu' }], dropout: 0 });
    expect(problems.map((p) => p.code)).toEqual([code]);
    expect(problems[0]?.message).toMatch(/^Hidden layer 2 has/);
  });

  it('accepts the limits 1 and 4096 units, dropout 0 and 0.9, 8 layers', () => {
    expect(validateMlp({ hidden: [{ units: 1, activation: 'relu' }, { units: 4096, activation: 'elu' }], dropout: 0.9 })).toEqual([]);
    expect(validateMlp({ hidden: Array.from({ length: 8 }, () => ({ units: 4, activation: 'relu' as const })), dropout: 0 })).toEqual([]);
  });

  it('rejects dropout outside [0, 0.9] and more than 8 hidden layers', () => {
    expect(validateMlp({ ...DEFAULT_MLP, dropout: 0.95 }).map((p) => p.code)).toEqual(['mlp/bad-dropout']);
    expect(validateMlp({ ...DEFAULT_MLP, dropout: -0.1 }).map((p) => p.code)).toEqual(['mlp/bad-dropout']);
    const nine = Array.from({ length: 9 }, () => ({ units: 4, activation: 'relu' as const }));
    expect(validateMlp({ hidden: nine, dropout: 0 }).map((p) => p.code)).toEqual(['mlp/too-many-layers']);
  });

  it('rejects an unknown activation and a head with no units', () => {
    const bad = { hidden: [{ units: 4, activation: 'swish' }], dropout: 0 } as unknown as MlpConfig;
    expect(validateMlp(bad).map((p) => p.code)).toEqual(['mlp/bad-activation']);
    expect(validateMlp({ ...DEFAULT_MLP, head: { units: 0, activation: 'linear' } }).map((p) => p.code)).toEqual(['mlp/bad-units']);
  });
});
