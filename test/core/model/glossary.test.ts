import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeModel } from '../../../src/core/model/analyze';
import { translator, english } from '../../../src/core/i18n/translate';
import { GLOSSARY, glossaryEntry } from '../../../src/core/model/glossary';

/** An entry's text in English, '' when there is no entry. */
function textOf(term: string): string {
  const entry = glossaryEntry(term);
  return entry ? english(entry.text) : '';
}

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
    expect(textOf('input_dim')).toContain('input_dim=3 means the same as input_shape=(3,)');
    expect(glossaryEntry('mask_value')?.term).toBe('masking');
    expect(glossaryEntry('maskValue')?.term).toBe('masking');
  });

  it('explains masking: padded steps, skipped by recurrent layers only, apart from a convolution’s padding', () => {
    const masking = textOf('Masking');
    expect(masking).toContain('padding steps after their last real step, every value 0');
    expect(masking).toContain('the LSTM, GRU or SimpleRNN after it skips them');
    expect(masking).toContain('Only recurrent layers can skip steps');
    expect(textOf('padding')).toContain('see Masking');
    expect(textOf('return_sequences')).toContain('a Dense that should answer at every step');
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
    expect(textOf('dim')).toContain('(None, 128, 9) is 3-D, with 3 axes');
    expect(textOf('dim')).toContain('input_dim=9');
    expect(textOf('axis')).toContain('Axis -1 is the last axis');
    expect(textOf('depth')).toContain('the number of layers');
    expect(textOf('depth')).toContain('one channel per filter');
    expect(textOf('steps')).toContain('“Steps”, “timesteps” and “time steps” mean the same here');
  });

  it('says the batch size is the size of the groups the data is fed in, for training and prediction alike', () => {
    const batchSize = textOf('batch size');
    expect(batchSize).toContain('The size of the groups the examples are fed to the network in, for training and prediction alike');
    expect(batchSize).not.toMatch(/only while training/);
    expect(textOf('batch')).toContain('while training and while predicting alike');
    expect(textOf('None')).not.toMatch(/32 while training, 1 when/);
  });

  it('writes shapes as the app does, (7) not (7,), except inside Python code', () => {
    for (const entry of GLOSSARY) {
      // Python needs the comma: shape=(7,) and input_shape=(3,) are code, written after "=".
      const outsideCode = english(entry.text).replace(/\w+=\(\d+,\)/g, '');
      expect(outsideCode, entry.term).not.toMatch(/\(\d+,\)/);
    }
    expect(textOf('input_shape')).toContain('(7) for a row of 7 numbers');
  });
});

describe('GLOSSARY in both languages', () => {
  const ko = translator('ko');
  const en = translator('en');

  it('gives every entry a title and a text in English and Korean, the Korean with the Keras name beside it', () => {
    for (const entry of GLOSSARY) {
      for (const t of [en, ko]) {
        expect(t(entry.title), `${t.locale} ${entry.term}`).not.toMatch(/^glossary\./);
        expect(t(entry.text).length, `${t.locale} ${entry.term}`).toBeGreaterThan(20);
      }
      expect(ko(entry.text), entry.term).toMatch(/[\uac00-\ud7a3]/);
    }
    expect(ko(glossaryEntry('units')!.title)).toBe('유닛(units)');
    expect(ko(glossaryEntry('input_shape')!.title)).toBe('입력 형태(input_shape)');
    expect(ko(glossaryEntry('return_sequences')!.text)).toContain('순환 레이어');
    expect(ko(glossaryEntry('return_sequences')!.text)).not.toContain('반복 레이어');
  });

  it('links only to entries that exist, and sets Keras names apart as code', () => {
    for (const entry of GLOSSARY) {
      for (const t of [en, ko]) {
        for (const part of t.parts(entry.text)) {
          if (part.kind === 'term') expect(glossaryEntry(part.term)?.term, `${t.locale} ${entry.term} → ${part.term}`).toBe(part.term);
        }
      }
    }
    const batch = en.parts(glossaryEntry('batch')!.text);
    expect(batch).toContainEqual({ kind: 'term', term: 'batch_size', text: 'Batch size' });
    expect(ko.parts(glossaryEntry('batch')!.text)).toContainEqual({ kind: 'term', term: 'batch_size', text: '배치 크기' });
    expect(en.parts(glossaryEntry('input_dim')!.text)).toContainEqual({ kind: 'code', text: 'input_shape=(3,)' });
  });
});

