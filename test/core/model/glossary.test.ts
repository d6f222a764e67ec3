import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeModel } from '../../../src/core/model/analyze';
import { GLOSSARY, glossaryEntry } from '../../../src/core/model/glossary';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('GLOSSARY', () => {
  it('explains the words users ask about', () => {
    for (const term of ['units', 'input_shape', 'input_dim', 'None', 'batch size', 'filters', 'kernel', 'stride', 'padding', 'channels', 'timesteps', 'features', 'params', 'return_sequences', 'activation', 'softmax']) {
      expect(glossaryEntry(term), term).toBeDefined();
    }
    expect(new Set(GLOSSARY.map((e) => e.term)).size).toBe(GLOSSARY.length);
  });

  it('finds an entry under the spellings people use', () => {
    expect(glossaryEntry('kernelInitializer')?.term).toBe('kernel_initializer');
    expect(glossaryEntry('kernel_regularizer')?.term).toBe('kernel_regularizer');
    expect(glossaryEntry('recurrentDropout')?.term).toBe('recurrent_dropout');
    expect(glossaryEntry('mergeMode')?.term).toBe('bidirectional');
    expect(glossaryEntry('Conv2DTranspose')?.term).toBe('transposed_convolution');
    expect(glossaryEntry('TimeDistributed')?.term).toBe('time_distributed');
    expect(glossaryEntry('channels_first')?.term).toBe('data_format');
    expect(glossaryEntry('kernelSize')?.term).toBe('kernel');
    expect(glossaryEntry('kernel_size')?.term).toBe('kernel');
    expect(glossaryEntry('returnSequences')?.term).toBe('return_sequences');
    expect(glossaryEntry('Param #')?.term).toBe('params');
    expect(glossaryEntry('Non-trainable')?.term).toBe('trainable');
    expect(glossaryEntry('inputDim')?.term).toBe('input_dim');
    expect(glossaryEntry('strides')?.term).toBe('stride');
    expect(glossaryEntry('wibble')).toBeUndefined();
    expect(glossaryEntry('input_dim')?.text).toContain('input_dim=3 means the same as input_shape=(3,)');
    expect(glossaryEntry('mask_value')?.term).toBe('masking');
    expect(glossaryEntry('maskValue')?.term).toBe('masking');
  });

  it('explains masking: padded steps, skipped by recurrent layers only, apart from a convolution’s padding', () => {
    const masking = glossaryEntry('Masking')?.text ?? '';
    expect(masking).toContain('padding steps after their last real step, every value 0');
    expect(masking).toContain('the LSTM, GRU or SimpleRNN after it skips them');
    expect(masking).toContain('Only recurrent layers can skip steps');
    expect(glossaryEntry('padding')?.text).toContain('see Masking');
    expect(glossaryEntry('return_sequences')?.text).toContain('a Dense that should answer at every step');
  });

  it('has an entry for every term an explanation links to', () => {
    const report = analyzeModel({
      inputShape: [28, 28, 1],
      layers: [
        { type: 'conv2d', filters: 4, kernelSize: 3, strides: 2 }, { type: 'maxPooling2d' }, { type: 'batchNormalization' },
        { type: 'reshape', targetShape: [-1, 4] }, { type: 'conv1d', filters: 4, kernelSize: 2 }, { type: 'averagePooling1d' },
        { type: 'lstm', units: 4, returnSequences: true }, { type: 'gru', units: 4, returnSequences: true }, { type: 'simpleRNN', units: 4, returnSequences: true },
        { type: 'dense', units: 3 }, { type: 'globalAveragePooling1d' }, { type: 'dropout', rate: 0.1 }, { type: 'activation', activation: 'relu' },
        { type: 'reshape', targetShape: [3, 1, 1] }, { type: 'globalAveragePooling2d' },
      ],
    });
    const masked = analyzeModel({ inputShape: [64, 6], layers: [{ type: 'masking', maskValue: 0 }, { type: 'lstm', units: 4 }] });
    expect(masked.layers[0]?.terms).toContain('masking');
    for (const term of masked.layers.flatMap((l) => l.terms)) expect(glossaryEntry(term), term).toBeDefined();
    expect(report.valid, JSON.stringify(report.layers.map((l) => l.advice))).toBe(true);
    const terms = new Set(report.layers.flatMap((l) => l.terms));
    expect(terms.size).toBeGreaterThan(10);
    for (const term of terms) expect(glossaryEntry(term), term).toBeDefined();
  });
});

describe('GLOSSARY: the words people use for shapes', () => {
  it('has dim / dimension, depth, axis, timesteps vs steps and batch, under their spellings', () => {
    for (const [word, term] of [
      ['dim', 'dimension'], ['dims', 'dimension'], ['dimension', 'dimension'], ['dimensions', 'dimension'], ['ndim', 'dimension'],
      ['depth', 'depth'], ['axis', 'axis'], ['axes', 'axis'],
      ['timesteps', 'timesteps'], ['steps', 'timesteps'], ['time steps', 'timesteps'], ['timestep', 'timesteps'],
      ['batch', 'batch'], ['batches', 'batch'], ['batch size', 'batch_size'], ['batch_size', 'batch_size'], ['batchSize', 'batch_size'],
    ] as const) {
      expect(glossaryEntry(word)?.term, word).toBe(term);
    }
    expect(glossaryEntry('dim')?.text).toContain('(None, 128, 9) is 3-D, with 3 axes');
    expect(glossaryEntry('dim')?.text).toContain('input_dim=9');
    expect(glossaryEntry('axis')?.text).toContain('Axis -1 is the last axis');
    expect(glossaryEntry('depth')?.text).toContain('the number of layers');
    expect(glossaryEntry('depth')?.text).toContain('one channel per filter');
    expect(glossaryEntry('steps')?.text).toContain('“Steps”, “timesteps” and “time steps” mean the same here');
  });

  it('says the batch size is the size of the groups the data is fed in, for training and prediction alike', () => {
    const batchSize = glossaryEntry('batch size')?.text ?? '';
    expect(batchSize).toContain('The size of the groups the examples are fed to the network in, for training and prediction alike');
    expect(batchSize).not.toMatch(/only while training/);
    expect(glossaryEntry('batch')?.text).toContain('while training and while predicting alike');
    expect(glossaryEntry('None')?.text).not.toMatch(/32 while training, 1 when/);
  });

  it('writes shapes as the app does, (7) not (7,), except inside Python code', () => {
    for (const entry of GLOSSARY) {
      // Python needs the comma: shape=(7,) and input_shape=(3,) are code, written after "=".
      const outsideCode = entry.text.replace(/\w+=\(\d+,\)/g, '');
      expect(outsideCode, entry.term).not.toMatch(/\(\d+,\)/);
    }
    expect(glossaryEntry('input_shape')?.text).toContain('(7) for a row of 7 numbers');
  });
});
