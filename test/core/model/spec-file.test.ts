import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src/core/errors';
import { LAYER_CATALOG } from '../../../src/core/model/catalog';
import { modelDraftSchema, parseModelSpecFile, serializeModelSpec } from '../../../src/core/model/spec-file';
import type { ModelSpec } from '../../../src/core/model/types';

const spec: ModelSpec = {
  inputShape: [128, 9],
  layers: [
    { type: 'conv1d', filters: 100, kernelSize: 10, activation: 'relu' },
    { type: 'maxPooling1d', poolSize: 3, strides: null },
    { type: 'reshape', targetShape: [-1, 4] },
    { type: 'lstm', units: 8, returnSequences: true },
    { type: 'dense', units: 6, activation: 'softmax' },
  ],
};

function failure(text: string, name?: string): AppError {
  try {
    parseModelSpecFile(text, name);
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected the spec to be rejected');
}

describe('parseModelSpecFile', () => {
  it('reads the format of docs/model-spec.md, a byte-order mark included', () => {
    const text = '\uFEFF{"inputShape": [128, 9], "layers": [{"type": "conv1d", "filters": 100, "kernelSize": 10, "activation": "relu"}]}';
    expect(parseModelSpecFile(text)).toEqual({ inputShape: [128, 9], layers: [{ type: 'conv1d', filters: 100, kernelSize: 10, activation: 'relu' }] });
  });

  it('round-trips with serializeModelSpec, one layer per line', () => {
    const text = serializeModelSpec(spec);
    expect(text.split('\n')).toEqual([
      '{',
      '  "inputShape": [128, 9],',
      '  "layers": [',
      '    {"type": "conv1d", "filters": 100, "kernelSize": 10, "activation": "relu"},',
      '    {"type": "maxPooling1d", "poolSize": 3, "strides": null},',
      '    {"type": "reshape", "targetShape": [-1, 4]},',
      '    {"type": "lstm", "units": 8, "returnSequences": true},',
      '    {"type": "dense", "units": 6, "activation": "softmax"}',
      '  ]',
      '}',
      '',
    ]);
    expect(parseModelSpecFile(text)).toEqual(spec);
  });

  it('says where the JSON breaks', () => {
    const err = failure('{\n  "inputShape": [7],\n  "layers": [\n    {"type": "dense" "units": 1}\n  ]\n}', 'model.json');
    expect(err.code).toBe('spec/bad-json');
    expect(err.message).toMatch(/^“model.json” is not valid JSON near line 4, column \d+\. Look for a missing comma or quote/);
  });

  it('lists the catalogue for an unknown type and names an unknown argument', () => {
    const err = failure('{"inputShape": [7], "layers": [{"type": "dense", "units": 4, "kernel_size": 3}, {"type": "conv3d"}]}');
    expect(err.code).toBe('spec/invalid');
    expect(err.message).toBe(
      'The model spec is not valid:\n' +
        '- Layer 1 (dense): Dense has no argument “kernel_size”; it takes units, activation, useBias, kernelInitializer, kernelRegularizer.\n' +
        `- Layer 2 (conv3d): “conv3d” is not a layer type of the designer; choose one of: ${LAYER_CATALOG.map((d) => d.type).join(', ')}.`,
    );
  });

  it('gives validateArg’s message with the layer’s position for a wrong value', () => {
    expect(failure('{"inputShape": [7], "layers": [{"type": "dense", "units": 4}, {"type": "dropout", "rate": 1.5}]}').message).toContain(
      '- Layer 2 (dropout): Rate is the share of values dropped during training: a number from 0 up to, but not including, 1 (0.2 = 20%), not 1.5.',
    );
    expect(failure('{"inputShape": [7], "layers": [{"type": "dense"}]}').message).toContain('- Layer 1 (dense): Units needs a value, such as 32.');
    expect(failure('{"inputShape": [64, 6], "layers": [{"type": "masking", "maskValue": "zero"}]}').message).toContain(
      '- Layer 1 (masking): Mask value must be a number, such as 0, not “zero”.',
    );
  });

  it('reads and writes a Masking layer (its schema comes from the catalogue)', () => {
    const masked: ModelSpec = { inputShape: [64, 6], layers: [{ type: 'masking', maskValue: 0 }, { type: 'lstm', units: 32 }, { type: 'dense', units: 4, activation: 'softmax' }] };
    const text = serializeModelSpec(masked);
    expect(text).toContain('    {"type": "masking", "maskValue": 0},');
    expect(parseModelSpecFile(text)).toEqual(masked);
    expect(parseModelSpecFile('{"inputShape": [64, 6], "layers": [{"type": "masking"}]}').layers).toEqual([{ type: 'masking' }]);
  });

  it('explains a bad input shape, a missing type, a layer that is not an object and unknown top-level keys', () => {
    expect(failure('{"inputShape": [0, 9], "layers": []}').message).toContain('“inputShape” must be a list of whole numbers of 1 or more');
    expect(failure('{"inputShape": [7], "layers": [{"units": 3}]}').message).toContain('Layer 1 needs a “type”, the name of a tf.layers factory: one of dense,');
    expect(failure('{"inputShape": [7], "layers": [3]}').message).toContain('Layer 1 must be an object such as {"type": "dense", "units": 3, "activation": "softmax"}.');
    expect(failure('{"input_shape": [7], "inputShape": [7], "layers": []}').message).toContain('The spec has an unknown key “input_shape” (write it “inputShape”)');
    expect(failure('[1, 2]').message).toContain('The spec must be a JSON object with “inputShape” and “layers”');
    expect(failure('{"inputShape": [7], "layers": {}}').message).toContain('“layers” must be a list of layers');
  });

  it('refuses a file nested far deeper than a spec can be, in words (no stack overflow)', () => {
    for (const depth of [40, 100_000]) {
      const err = failure(`{"inputShape": [3], "layers": [{"type": "dense", "units": ${'['.repeat(depth)}${']'.repeat(depth)}}]}`);
      expect(err.code).toBe('spec/too-deep');
      expect(err.message).toBe('The model file is nested too deeply to be a Layerbench model spec.');
    }
    // A value nested a few levels is still named in the message, shortened.
    expect(failure('{"inputShape": [3], "layers": [{"type": "dense", "units": [[[[[[1]]]]]]}]}').message).toMatch(/not \[\[\[\[\[…\]\]\]\]\]\./);
  });

  it('repeats at most a few hundred characters of a huge value, key or type', () => {
    const huge = 'x'.repeat(4_000_000);
    const texts = [
      JSON.stringify({ inputShape: [3], layers: [{ type: 'dense', units: 3, activation: huge }] }),
      JSON.stringify({ inputShape: [3], [huge]: 1, layers: [{ type: huge }] }),
      JSON.stringify({ inputShape: [3], layers: [{ type: 'dense', units: 3, [huge]: 1 }] }),
      JSON.stringify({ inputShape: [3], layers: [{ type: 'dense', units: Array.from({ length: 100_000 }, () => huge.slice(0, 50)) }] }),
    ];
    for (const text of texts) {
      const err = failure(text, `${huge}.json`);
      expect(err.message.length).toBeLessThan(1500);
      expect(err.message).toContain('…');
    }
  });
});

describe('the newer layers and arguments in a spec file', () => {
  const full: ModelSpec = {
    inputShape: [30, 4],
    batchSize: 16,
    layers: [
      { type: 'bidirectional', layer: 'gru', units: 8, returnSequences: true, mergeMode: 'sum', dropout: 0.2, recurrentDropout: 0.1 },
      { type: 'timeDistributed', layer: 'dense', units: 3, kernelInitializer: 'heNormal', kernelRegularizer: { l1: 0.01, l2: 0.001 } },
      { type: 'flatten' },
      { type: 'dense', units: 71750, kernelRegularizer: { l2: 0.01 } },
    ],
  };

  it('reads and writes them, the batch size on its own line', () => {
    const text = serializeModelSpec(full);
    expect(text.split('\n').slice(0, 4)).toEqual(['{', '  "inputShape": [30, 4],', '  "batchSize": 16,', '  "layers": [']);
    expect(text).toContain('    {"type": "timeDistributed", "layer": "dense", "units": 3, "kernelInitializer": "heNormal", "kernelRegularizer": {"l1": 0.01, "l2": 0.001}},');
    expect(parseModelSpecFile(text)).toEqual(full);
    expect(serializeModelSpec({ inputShape: [3], layers: [] })).not.toContain('batchSize');
  });

  it('reads a wrapper nested as Keras writes it', () => {
    const nested = '{"inputShape": [10, 8], "layers": [{"type": "bidirectional", "layer": {"type": "lstm", "units": 32, "returnSequences": true}, "mergeMode": "ave"}, {"type": "timeDistributed", "layer": {"type": "dense", "units": 1}}]}';
    expect(parseModelSpecFile(nested).layers).toEqual([
      { type: 'bidirectional', layer: 'lstm', units: 32, returnSequences: true, mergeMode: 'ave' },
      { type: 'timeDistributed', layer: 'dense', units: 1 },
    ]);
  });

  it('explains a bad batch size, a Keras spelling of it, and a wrapped layer that cannot be wrapped', () => {
    expect(failure('{"inputShape": [7], "batchSize": 0, "layers": []}').message).toContain('“batchSize” must be a whole number of 1 or more, such as 32');
    expect(failure('{"inputShape": [7], "batch_size": 32, "layers": []}').message).toContain('The spec has an unknown key “batch_size” (write it “batchSize”)');
    expect(failure('{"inputShape": [7, 2], "layers": [{"type": "bidirectional", "layer": {"type": "dense", "units": 3}}]}').message).toContain(
      '- Layer 1 (bidirectional): Recurrent layer must be one of lstm, gru, simpleRNN, not “dense”.',
    );
  });
});

describe('modelDraftSchema (worker messages)', () => {
  it('accepts the catalogue’s layers and rejects the rest', () => {
    expect(modelDraftSchema.safeParse({ layers: spec.layers }).success).toBe(true);
    expect(modelDraftSchema.safeParse({ layers: [{ type: 'dense', units: -1 }] }).success).toBe(false);
    expect(modelDraftSchema.safeParse({ layers: [{ type: 'eval' }] }).success).toBe(false);
  });
});

describe('docs/model-spec.md', () => {
  it('documents every layer type and every argument of the catalogue', () => {
    const sections = readFileSync('docs/model-spec.md', 'utf8').split('\n### ');
    for (const def of LAYER_CATALOG) {
      const section = sections.find((s) => s.startsWith(`\`${def.type}\` — ${def.className}\n`));
      expect(section, def.type).toBeDefined();
      for (const p of def.params) expect(section, `${def.type}.${p.key}`).toContain(`| \`${p.key}\` (`);
      if (def.params.length === 0) expect(section).toContain('No arguments.');
    }
  });

  it('holds a valid example spec', () => {
    const example = parseModelSpecFile(readFileSync('docs/examples/sequence-conv1d.json', 'utf8'));
    expect(example.inputShape).toEqual([128, 9]);
  });
});
