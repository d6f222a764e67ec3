/**
 * `layerbench summary` as a user runs it, on the bundled command. It is bundled here into its own
 * file (not out/cli, which train.test.ts rebuilds at the same time in another worker).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';

const BUNDLE = '.tmp/cli-summary-test/layerbench.mjs';
let dir = '';

function runCli(args: string[]) {
  const result = spawnSync(process.execPath, [BUNDLE, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function specFile(name: string, content: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

beforeAll(async () => {
  mkdirSync('.tmp/cli-summary-test', { recursive: true });
  await build({
    entryPoints: ['src/cli/main.ts'], outfile: BUNDLE, bundle: true, platform: 'node', format: 'esm', target: 'node20',
    packages: 'external', define: { __LAYERBENCH_VERSION__: '"test"' }, logLevel: 'warning',
  });
  dir = mkdtempSync(join(tmpdir(), 'layerbench-summary-'));
});

const noStackTrace = /\n\s+at .+:\d+:\d+/;

describe('layerbench summary', () => {
  it('prints Keras’ table, the totals and the arithmetic', () => {
    const { code, stdout, stderr } = runCli(['summary', 'docs/examples/sequence-conv1d.json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('Input shape: (None, 128, 9)');
    expect(lines).toContain('┃ Layer (type)                                      ┃ Output Shape     ┃ Param # ┃');
    expect(lines).toContain('│ conv1d (Conv1D)                                   │ (None, 119, 100) │   9,100 │');
    expect(lines).toContain('│ max_pooling1d (MaxPooling1D)                      │ (None, 36, 100)  │       0 │');
    expect(lines).toContain(' Total params: 270,326 (1.03 MB)');
    expect(lines).toContain(' Trainable params: 270,326 (1.03 MB)');
    expect(lines).toContain(' Non-trainable params: 0 (0.00 B)');
    expect(lines).toContain('  Conv1D, 100 filters of width 10 on (None, 128, 9), padding valid: 128 − 10 + 1 = 119 steps; each filter spans all 9 input features, so the output is (None, 119, 100); activation relu: negative values become 0.');
    expect(lines).toContain('  Parameters: (10 × 9 + 1) × 100 = 9,100.');
  });

  it('prints one JSON object as the last line with --json', () => {
    const file = specFile('lstm.json', {
      inputShape: [10, 8],
      layers: [{ type: 'lstm', units: 32, returnSequences: true }, { type: 'gru', units: 16 }, { type: 'batchNormalization' }, { type: 'dense', units: 3, activation: 'softmax' }],
    });
    const { code, stdout } = runCli(['summary', file, '--json']);
    expect(code).toBe(0);
    const out = JSON.parse(stdout.trim().split('\n').pop() ?? '') as Record<string, unknown>;
    // LSTM 4 × (32 × 40 + 32) = 5,248; GRU (reset_after=False) 3 × (16 × 48 + 16) = 2,352; BN 4 × 16 = 64; Dense 16 × 3 + 3 = 51.
    expect(out).toEqual({
      inputShape: [null, 10, 8],
      layers: [
        { type: 'lstm', name: 'lstm', className: 'LSTM', outputShape: [null, 10, 32], params: 5248 },
        { type: 'gru', name: 'gru', className: 'GRU', outputShape: [null, 16], params: 2352 },
        { type: 'batchNormalization', name: 'batch_normalization', className: 'BatchNormalization', outputShape: [null, 16], params: 64 },
        { type: 'dense', name: 'dense', className: 'Dense', outputShape: [null, 3], params: 51 },
      ],
      outputShape: [null, 3],
      totalParams: 7715,
      trainableParams: 7683,
      nonTrainableParams: 32,
      valid: true,
      advice: [],
    });
  });

  it('exits 1 with the app’s advice for a layer that cannot take its input', () => {
    const file = specFile('rnn-on-table.json', { inputShape: [2], layers: [{ type: 'dense', units: 4 }, { type: 'lstm', units: 8 }, { type: 'dense', units: 1 }] });
    const { code, stdout, stderr } = runCli(['summary', file]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.split('\n')).toEqual([
      'Error: the model in “rnn-on-table.json” cannot be built as it is.',
      'Layer 2, lstm (LSTM): LSTM reads a sequence one step after another: it expects 3 axes, (None, timesteps, features), but it got (None, 4): one row of 4 values, with no steps. Reshape each row to (4, 1): 4 timesteps of 1 feature, read one by one.',
      '  Expected: (None, timesteps, features)',
      '  Got: (None, 4)',
      '  Fix: Reshape to (4, 1)',
      '',
    ]);
  });

  it.each([
    ['bad-json.json', '{"inputShape": [7], "layers": [', /Error: “bad-json.json” is not valid JSON near line 1, column 32\. The file ends too early/],
    ['bad-arg.json', { inputShape: [7], layers: [{ type: 'conv1d', filters: 3, kernel_size: 3 }] }, /Layer 1 \(conv1d\): Conv1D has no argument “kernel_size”.*Did you mean “kernelSize”\?/],
    ['bad-type.json', { inputShape: [7], layers: [{ type: 'conv3d' }] }, /Layer 1 \(conv3d\): “conv3d” is not a layer type of the designer; choose one of: dense,/],
    ['bad-reshape.json', { inputShape: [20], layers: [{ type: 'reshape', targetShape: [3, 5] }] }, /Reshape to \(3, 5\) needs 3 × 5 = 15 values per example[^]*Fix: Reshape to \(4, 5\) instead/],
    ['empty.json', { inputShape: [7], layers: [] }, /It has no layers/],
  ])('exits 1 for %s, in words, without a stack trace', (name, content, message) => {
    const { code, stdout, stderr } = runCli(['summary', specFile(name, content)]);
    expect(code).toBe(1);
    expect(stderr).toMatch(message);
    expect(stderr + stdout).not.toMatch(noStackTrace);
  });

  it('exits 1 in words for a spec nested 100,000 deep, and repeats at most a few hundred characters of a 4 MB value', () => {
    const deep = runCli(['summary', specFile('deep.json', `{"inputShape": [3], "layers": [{"type": "dense", "units": ${'['.repeat(100_000)}${']'.repeat(100_000)}}]}`)]);
    expect(deep.code).toBe(1);
    expect(deep.stderr).toBe('Error: The model file is nested too deeply to be a Layerbench model spec.\n');
    const huge = runCli(['summary', specFile('huge.json', { inputShape: [3], layers: [{ type: 'dense', units: 3, activation: 'x'.repeat(4_000_000) }] })]);
    expect(huge.code).toBe(1);
    expect(huge.stderr).toMatch(/Activation must be one of .*, not “x{200}…”\./);
    expect(huge.stderr.length).toBeLessThan(600);
  });

  it('says a folder is a folder, without a system error code', () => {
    const folder = runCli(['summary', dir]);
    expect(folder.code).toBe(1);
    expect(folder.stderr).toMatch(/is a folder, not a model spec file\./);
    expect(folder.stderr).not.toMatch(/\bE[A-Z]{3,}\b/);
  });

  it('exits 1 for a missing file and 2 for a usage mistake', () => {
    const missing = runCli(['summary', join(dir, 'nope.json')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/Cannot open “.*nope.json”/);
    const usage = runCli(['summary']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/Name the model spec file/);
    expect(usage.stderr).toMatch(/layerbench summary SPEC.json \[--task classification --classes N \| --task regression\]\s+\[--keras\] \[--json\]/);
    expect(runCli(['summary', 'a.json', '--wide']).code).toBe(2);
  });

  describe('--task, --classes, --keras', () => {
    const spec = (units: number, activation: string) => ({ inputShape: [10], layers: [{ type: 'dense', units: 64, activation: 'relu' }, { type: 'dense', units, activation }] });

    it('names every layer’s activation in its explanation', () => {
      const { code, stdout } = runCli(['summary', specFile('relu.json', spec(3, 'softmax'))]);
      expect(code).toBe(0);
      const lines = stdout.split('\n');
      expect(lines).toContain('  Dense(64, relu) on (None, 10): each of the 64 units takes all 10 inputs of a row, so the output is (None, 64); activation relu: negative values become 0.');
      expect(lines).toContain('  Parameters: 10 × 64 weights + 64 biases = 704.');
      expect(lines).toContain('  Dense(3, softmax) on (None, 64): each of the 3 units takes all 64 inputs of a row, so the output is (None, 3); activation softmax: the 3 values become probabilities that sum to 1.');
    });

    it('runs the app’s head advice for a task: a softmax head on a regression target exits 1 with the fix', () => {
      const file = specFile('softmax-regression.json', spec(3, 'softmax'));
      const { code, stdout, stderr } = runCli(['summary', file, '--task', 'regression']);
      expect(code).toBe(1);
      expect(stdout).toBe('');
      expect(stderr).toMatch(/Layer 2, dense_1 \(Dense\): Softmax turns the outputs into probabilities/);
      // No data, so no target's name: not "a regression target like the target".
      expect(stderr).toContain('a regression target needs one unbounded number: use one linear unit.');
      expect(stderr).toContain('  Expected: Dense(1, linear)');
      expect(stderr).toContain('  Got: Dense(3, softmax)');
      expect(stderr).toContain('  Fix: Use one linear unit');
      // The same model is fine for three classes.
      const ok = runCli(['summary', file, '--task', 'classification', '--classes', '3']);
      expect(ok.code).toBe(0);
      expect(ok.stdout.split('\n')[1]).toBe('Task: classification into 3 classes; the last layer is checked against it, as in the app.');
    });

    it('flags a linear head on classes, and a head with the wrong number of units', () => {
      const linear = runCli(['summary', specFile('linear-classes.json', spec(3, 'linear')), '--task', 'classification', '--classes', '3']);
      expect(linear.code).toBe(1);
      expect(linear.stderr).toMatch(/linear units give unbounded numbers, not class probabilities/i);
      expect(linear.stderr).toContain('  Fix: Use softmax');
      const units = runCli(['summary', specFile('units.json', spec(4, 'softmax')), '--task', 'classification', '--classes', '3']);
      expect(units.code).toBe(1);
      expect(units.stderr).toContain('  Fix: Set units to 3');
    });

    it('accepts one sigmoid unit for two classes', () => {
      const { code, stderr } = runCli(['summary', specFile('sigmoid.json', spec(1, 'sigmoid')), '--task', 'classification', '--classes', '2']);
      expect(stderr).toBe('');
      expect(code).toBe(0);
    });

    it('prints the app’s Keras code with --keras, compiled with the task’s loss', () => {
      const file = specFile('keras.json', spec(3, 'softmax'));
      const { code, stdout } = runCli(['summary', file, '--task', 'classification', '--classes', '3', '--keras']);
      expect(code).toBe(0);
      const at = stdout.indexOf('Keras code (Python, Keras 3), as the app shows it:');
      expect(at).toBeGreaterThan(stdout.indexOf('How each number follows:'));
      const python = stdout.slice(at);
      expect(python).toContain('    keras.Input(shape=(10,)),\n    layers.Dense(64, activation="relu"),\n    layers.Dense(3, activation="softmax"),\n])');
      expect(python).toContain('loss="categorical_crossentropy"');
      expect(python).toContain('optimizer=keras.optimizers.Adam(learning_rate=0.001)');
      // Without a task there is no loss to compile with: the layers only, as the spec says.
      const bare = runCli(['summary', file, '--keras']).stdout;
      expect(bare).toContain('layers.Dense(3, activation="softmax"),');
      expect(bare).not.toContain('model.compile(');
    });

    it('puts the advice, the task and the code into --json, also for a model with an error', () => {
      const file = specFile('json-head.json', spec(3, 'softmax'));
      const bad = runCli(['summary', file, '--task', 'regression', '--keras', '--json']);
      expect(bad.code).toBe(1);
      const out = JSON.parse(bad.stdout.trim().split('\n').pop() ?? '') as Record<string, unknown>;
      expect(out.valid).toBe(false);
      expect(out.task).toEqual({ task: 'regression' });
      expect(out.advice).toEqual([
        expect.objectContaining({ layer: 2, name: 'dense_1', severity: 'error', expected: 'Dense(1, linear)', got: 'Dense(3, softmax)', fixes: ['Use one linear unit'] }),
      ]);
      expect(out.kerasCode).toMatch(/loss="mean_squared_error"/);
      const good = runCli(['summary', file, '--task', 'classification', '--classes', '3', '--json']);
      expect(good.code).toBe(0);
      const ok = JSON.parse(good.stdout.trim().split('\n').pop() ?? '') as Record<string, unknown>;
      expect(ok).toMatchObject({ valid: true, task: { task: 'classification', classes: 3 }, advice: [] });
      expect(ok).not.toHaveProperty('kerasCode');
    });

    it.each([
      [['--task', 'classification'], /--task classification needs the number of classes: add --classes N/],
      [['--classes', '3'], /--classes goes with --task classification/],
      [['--task', 'regression', '--classes', '2'], /a regression model predicts one number, so leave --classes out/],
      [['--task', 'clustering'], /--task must be classification or regression, not “clustering”/],
      [['--task', 'classification', '--classes', '1'], /--classes must be from 2 to 65,536, not 1/],
      [['--task', 'classification', '--classes', 'three'], /--classes needs a whole number, but got “three”/],
      [['--Task', 'regression'], /Did you mean --task\?/],
    ])('refuses %j in words, with exit code 2', (flags, message) => {
      const { code, stderr } = runCli(['summary', 'docs/examples/sequence-conv1d.json', ...flags]);
      expect(code).toBe(2);
      expect(stderr).toMatch(message);
      expect(stderr).not.toMatch(noStackTrace);
    });
  });
});
