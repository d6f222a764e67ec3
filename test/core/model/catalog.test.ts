import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeModel } from '../../../src/core/model/analyze';
import { layerProblems, validateArg } from '../../../src/core/model/args';
import { flattenWrapped, LAYER_CATALOG, layerDef, newLayer } from '../../../src/core/model/catalog';
import { glossaryEntry } from '../../../src/core/model/glossary';
import type { Message } from '../../../src/core/i18n/message';
import { english, translator } from '../../../src/core/i18n/translate';

/** A message as English reads it; null stays null. */
function en(m: Message | null | undefined): string | null {
  return m ? english(m) : null;
}

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** An input each layer family can take. */
function inputFor(type: string): number[] {
  if (/2d$|2dTranspose$/.test(type)) return [8, 8, 3];
  if (/1d$|lstm|gru|simpleRNN|bidirectional|timeDistributed/.test(type)) return [10, 4];
  if (type === 'reshape') return [6];
  if (type === 'flatten') return [4, 2];
  return [6];
}

describe('LAYER_CATALOG', () => {
  it('holds the designer’s 21 layer types, each a tf.layers factory', () => {
    expect(LAYER_CATALOG.map((d) => d.type)).toEqual([
      'dense', 'timeDistributed', 'activation', 'dropout', 'batchNormalization', 'flatten', 'reshape', 'conv1d', 'conv2d', 'conv2dTranspose',
      'maxPooling1d', 'averagePooling1d', 'maxPooling2d', 'averagePooling2d', 'globalAveragePooling1d', 'globalAveragePooling2d',
      'masking', 'lstm', 'gru', 'simpleRNN', 'bidirectional',
    ]);
    for (const def of LAYER_CATALOG) expect(typeof (tf.layers as unknown as Record<string, unknown>)[def.type]).toBe('function');
  });

  it('links every parameter’s glossary term to an entry', () => {
    for (const def of LAYER_CATALOG) for (const p of def.params) if (p.glossary) expect(glossaryEntry(p.glossary), `${def.type}.${p.key}`).toBeDefined();
  });

  it('labels and explains every layer and parameter in English and Korean', () => {
    const enT = translator('en');
    const koT = translator('ko');
    for (const def of LAYER_CATALOG) {
      for (const t of [enT, koT]) {
        expect(t(def.summary), `${t.locale} ${def.type}`).not.toMatch(/^layers\./);
        for (const p of def.params) {
          expect(t(p.label), `${t.locale} ${def.type}.${p.key}`).not.toMatch(/^layers\./);
          expect(t(p.help).length, `${t.locale} ${def.type}.${p.key}`).toBeGreaterThan(10);
        }
      }
    }
    const units = layerDef('dense')?.params.find((p) => p.key === 'units');
    expect(units && enT(units.label)).toBe('Units');
    expect(units && koT(units.label)).toBe('유닛(units)');
    const padding = layerDef('conv1d')?.params.find((p) => p.key === 'padding');
    expect(padding && koT.parts(padding.help)).toContainEqual({ kind: 'code', text: 'same' });
  });

  it.each(LAYER_CATALOG.map((d) => [d.type]))('newLayer(%s) is valid and analysable with its defaults', (type) => {
    const layer = newLayer(type);
    expect(layer.type).toBe(type);
    expect(layerProblems(layer)).toEqual([]);
    const report = analyzeModel({ inputShape: inputFor(type), layers: [layer] });
    expect(report.valid, JSON.stringify(report.layers[0]?.advice)).toBe(true);
    expect(layerDef(type)?.className).toBe(report.layers[0]?.className);
  });

  it('starts Dense and convolutions with relu and required values', () => {
    expect(newLayer('dense')).toEqual({ type: 'dense', units: 32, activation: 'relu' });
    expect(newLayer('conv1d')).toEqual({ type: 'conv1d', filters: 32, kernelSize: 3, activation: 'relu' });
    expect(newLayer('dropout')).toEqual({ type: 'dropout', rate: 0.2 });
    expect(newLayer('reshape')).toEqual({ type: 'reshape', targetShape: [-1, 1] });
    expect(newLayer('flatten')).toEqual({ type: 'flatten' });
    expect(newLayer('masking')).toEqual({ type: 'masking', maskValue: 0 });
    expect(newLayer('conv2dTranspose')).toEqual({ type: 'conv2dTranspose', filters: 32, kernelSize: 3, activation: 'relu' });
    expect(newLayer('bidirectional')).toEqual({ type: 'bidirectional', layer: 'lstm', units: 32 });
    expect(newLayer('timeDistributed')).toEqual({ type: 'timeDistributed', layer: 'dense', units: 32 });
  });

  it('reads a wrapper nested as Keras writes it in the catalogue’s flat form', () => {
    expect(flattenWrapped({ type: 'bidirectional', layer: { type: 'gru', units: 8, returnSequences: true }, mergeMode: 'sum' })).toEqual({
      type: 'bidirectional', layer: 'gru', units: 8, returnSequences: true, mergeMode: 'sum',
    });
    expect(flattenWrapped({ type: 'timeDistributed', layer: { type: 'dense', units: 5 } })).toEqual({ type: 'timeDistributed', layer: 'dense', units: 5 });
    const flat = { type: 'bidirectional', layer: 'lstm', units: 4 };
    expect(flattenWrapped(flat)).toBe(flat);
    expect(flattenWrapped({ type: 'dense', units: 3 })).toEqual({ type: 'dense', units: 3 });
  });

  it('describes Masking in plain words: what it marks, who skips it, no weights', () => {
    const def = layerDef('masking');
    expect(def).toMatchObject({ className: 'Masking', group: 'Core' });
    expect(en(def?.summary)).toMatch(/padded steps of shorter recordings/);
    expect(en(def?.summary)).toMatch(/LSTM, GRU or SimpleRNN after it skips them; no weights/);
    expect(def?.params).toEqual([expect.objectContaining({ key: 'maskValue', kind: 'float', default: 0, glossary: 'masking' })]);
    expect(en(def?.params[0]?.help)).toMatch(/^A step whose values all equal this number counts as padding/);
  });
});

describe('validateArg', () => {
  it.each([
    ['dense', 'units', 64],
    ['dense', 'units', 1],
    ['conv1d', 'kernelSize', 10],
    ['conv1d', 'kernelSize', [10]],
    ['conv2d', 'kernelSize', [3, 5]],
    ['conv2d', 'strides', 2],
    ['maxPooling2d', 'strides', null],
    ['maxPooling1d', 'strides', undefined],
    ['dropout', 'rate', 0],
    ['dropout', 'rate', 0.5],
    ['conv1d', 'padding', 'same'],
    ['lstm', 'returnSequences', true],
    ['dense', 'activation', 'softmax'],
    ['reshape', 'targetShape', [-1, 1]],
    ['reshape', 'targetShape', [4, 5]],
    ['batchNormalization', 'momentum', 0.9],
    ['masking', 'maskValue', 0],
    ['masking', 'maskValue', -1.5],
    ['dense', 'units', 71750],
    ['dense', 'units', 1_000_000],
    ['dense', 'kernelInitializer', 'heNormal'],
    ['conv2d', 'kernelRegularizer', { l2: 0.01 }],
    ['conv1d', 'kernelRegularizer', { l1: 0.01, l2: 0 }],
    ['lstm', 'dropout', 0.2],
    ['gru', 'recurrentDropout', 0],
    ['bidirectional', 'layer', 'simpleRNN'],
    ['bidirectional', 'mergeMode', 'ave'],
    ['timeDistributed', 'layer', 'dense'],
    ['conv2dTranspose', 'strides', [2, 1]],
  ])('%s.%s = %j is fine', (type, key, value) => {
    expect(validateArg(type, key, value)).toBeNull();
  });

  it.each([
    ['dense', 'units', 0, 'Units must be a whole number from 1 to 1,000,000 (the number of neurons), not 0.'],
    ['dense', 'units', 2.5, 'Units must be a whole number from 1 to 1,000,000 (the number of neurons), not 2.5.'],
    ['dense', 'units', '64', 'Units must be a whole number from 1 to 1,000,000 (the number of neurons), not “64”.'],
    ['dense', 'units', undefined, 'Units needs a value, such as 32.'],
    ['conv1d', 'filters', -1, 'Filters must be a whole number from 1 to 65,536 (the number of patterns the layer looks for), not -1.'],
    ['conv1d', 'kernelSize', [3, 3], 'Kernel size must be a whole number from 1 to 4,096, such as 3, not [3, 3].'],
    ['conv2d', 'kernelSize', [3, 3, 3], 'Kernel size must be a whole number from 1 to 4,096, such as 3 (meaning 3×3), or a pair such as [3, 5] (height × width), not [3, 3, 3].'],
    ['conv2d', 'strides', 0, 'Strides must be a whole number from 1 to 4,096, such as 3 (meaning 3×3), or a pair such as [3, 5] (height × width), not 0.'],
    ['dropout', 'rate', 1, 'Rate is the share of values dropped during training: a number from 0 up to, but not including, 1 (0.2 = 20%), not 1.'],
    ['dropout', 'rate', -0.1, 'Rate is the share of values dropped during training: a number from 0 up to, but not including, 1 (0.2 = 20%), not -0.1.'],
    ['conv1d', 'padding', 'causal', 'Padding must be one of valid, same, not “causal”.'],
    ['dense', 'activation', 'swishy', 'Activation must be one of relu, linear, sigmoid, tanh, softmax, elu, selu, softplus, softsign, swish, not “swishy”.'],
    ['lstm', 'returnSequences', 'yes', 'Return sequences must be true or false, not “yes”.'],
    ['reshape', 'targetShape', [-1, -1], 'Target shape may hold only one -1 (the number worked out from the others), not [-1, -1].'],
    ['reshape', 'targetShape', [0, 3], 'Target shape must be a list of whole numbers of 1 or more, such as [128, 9]; one of them may be -1, worked out from the others, not [0, 3].'],
    ['batchNormalization', 'epsilon', 0, 'Epsilon must be a small number above 0, such as 0.001, not 0.'],
    ['conv1d', 'kernel_size', 3, 'Conv1D has no argument “kernel_size”; it takes filters, kernelSize, strides, padding, activation, useBias, kernelInitializer, kernelRegularizer. Did you mean “kernelSize”? Arguments are written as tf.layers takes them (camelCase).'],
    ['lstm', 'unit', 8, 'LSTM has no argument “unit”; it takes units, activation, returnSequences, dropout, recurrentDropout. Did you mean “units”?'],
    ['flatten', 'units', 8, 'Flatten takes no arguments, so “units” cannot be set.'],
    ['masking', 'maskValue', '0', 'Mask value must be a number, such as 0, not “0”.'],
    ['masking', 'maskValue', Number.NaN, 'Mask value must be a number, such as 0, not NaN.'],
    ['masking', 'mask_value', 0, 'Masking has no argument “mask_value”; it takes maskValue. Did you mean “maskValue”? Arguments are written as tf.layers takes them (camelCase).'],
    ['dense', 'units', 1_000_001, 'Units must be a whole number from 1 to 1,000,000 (the number of neurons), not 1000001.'],
    ['conv2d', 'filters', 65_537, 'Filters must be a whole number from 1 to 65,536 (the number of patterns the layer looks for), not 65537.'],
    ['lstm', 'recurrentDropout', 1, 'Recurrent dropout is the share of values dropped during training: a number from 0 up to, but not including, 1 (0.2 = 20%), not 1.'],
    ['simpleRNN', 'dropout', -0.5, 'Dropout is the share of values dropped during training: a number from 0 up to, but not including, 1 (0.2 = 20%), not -0.5.'],
    ['dense', 'kernelInitializer', 'he_normal', 'Kernel initializer must be one of glorotUniform, glorotNormal, heNormal, heUniform, lecunNormal, lecunUniform, randomNormal, randomUniform, truncatedNormal, zeros, ones, not “he_normal”. Did you mean “heNormal”? Values are written as tf.layers takes them (camelCase).'],
    ['dense', 'kernelRegularizer', 'l2', 'Kernel regularizer must be {"l2": 0.01}, {"l1": 0.01}, or {"l1": 0.01, "l2": 0.01}: the factor of each penalty, a number of 0 or more; not “l2”.'],
    ['dense', 'kernelRegularizer', { l3: 0.1 }, 'Kernel regularizer must be {"l2": 0.01}, {"l1": 0.01}, or {"l1": 0.01, "l2": 0.01}: the factor of each penalty, a number of 0 or more; not {"l3": 0.1}.'],
    ['dense', 'kernelRegularizer', { l2: -1 }, 'Kernel regularizer must be {"l2": 0.01}, {"l1": 0.01}, or {"l1": 0.01, "l2": 0.01}: the factor of each penalty, a number of 0 or more; not {"l2": -1}.'],
    ['bidirectional', 'layer', 'dense', 'Recurrent layer must be one of lstm, gru, simpleRNN, not “dense”.'],
    ['bidirectional', 'mergeMode', 'max', 'Merge mode must be one of concat, sum, mul, ave, not “max”.'],
    ['bidirectional', 'layer', undefined, 'Recurrent layer needs a value, such as “lstm”.'],
  ])('%s.%s = %j: %s', (type, key, value, message) => {
    expect(en(validateArg(type, key, value))).toBe(message);
  });

  it('names the catalogue for an unknown type', () => {
    expect(en(validateArg('conv3d', 'filters', 3))).toMatch(/^“conv3d” is not a layer type of the designer; choose one of: dense, timeDistributed, activation, .*simpleRNN, bidirectional\.$/);
  });
});

describe('layerProblems', () => {
  it('lists every bad, unknown and missing argument of a layer', () => {
    const inEnglish = (layer: Parameters<typeof layerProblems>[0]) => layerProblems(layer).map((p) => ({ key: p.key, message: en(p.message) }));
    expect(inEnglish({ type: 'conv1d', filters: 0, wibble: 1 })).toEqual([
      { key: 'filters', message: expect.stringMatching(/^Filters must be/) as string },
      { key: 'wibble', message: expect.stringMatching(/^Conv1D has no argument “wibble”/) as string },
      { key: 'kernelSize', message: 'Kernel size needs a value, such as 3.' },
    ]);
    expect(inEnglish({ type: 'nope' })).toEqual([{ key: null, message: expect.stringMatching(/^“nope” is not a layer type/) as string }]);
  });
});
