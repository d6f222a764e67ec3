/**
 * The Keras code Layerbench writes (keras.ts), run under real Keras 3 (JAX backend): every model
 * of keras-specs.ts must build there with the layer names, output shapes and parameter counts
 * that Layerbench's own summary shows. All models are built by one Python process
 * (keras_driver.py). Without Python or the packages, the cases are skipped and say why.
 */
import * as tf from '@tensorflow/tfjs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeModel } from '../../../src/core/model/analyze';
import { kerasCode } from '../../../src/core/model/keras';
import { summaryFromReport } from '../../../src/core/model/summary';
import { coverageGaps, KERAS_CASES, type KerasCase } from './keras-specs';
import { kerasPython, REPO_ROOT, runProgram } from './keras-python';

interface KerasLayer {
  readonly name: string;
  readonly class: string;
  readonly output_shape: (number | null)[];
  readonly params: number;
}
type KerasModel =
  | { readonly name: string; readonly layers: KerasLayer[]; readonly total: number; readonly trainable: number; readonly non_trainable: number }
  | { readonly name: string; readonly error: string };

const DRIVER = join(REPO_ROOT, 'test', 'core', 'model', 'keras_driver.py');
const SETUP_TIMEOUT_MS = 15 * 60_000;

let built: Map<string, KerasModel> | null = null;
let skipReason = '';
let kerasVersion = '';

beforeAll(async () => {
  await tf.setBackend('cpu');
  const python = await kerasPython();
  if ('skip' in python) {
    skipReason = `Keras run skipped: ${python.skip}`;
    console.warn(skipReason);
    return;
  }
  const input = JSON.stringify(KERAS_CASES.map((c) => ({ name: c.name, code: kerasCode(c.spec, c.head) })));
  const run = await runProgram(python.python, [DRIVER], { input, timeoutMs: 5 * 60_000 });
  if (run.code !== 0) throw new Error(`keras_driver.py failed (exit ${String(run.code)}): ${run.stderr.slice(-2000)}`);
  const out = JSON.parse(run.stdout) as { keras: string; models: KerasModel[] };
  kerasVersion = out.keras;
  built = new Map(out.models.map((m) => [m.name, m]));
}, SETUP_TIMEOUT_MS);

describe('the Keras run’s table', () => {
  it('covers every layer type, argument and choice of the catalogue, and a fixed batch size', () => {
    expect(coverageGaps()).toEqual([]);
  });

  it('names each case once', () => {
    expect(new Set(KERAS_CASES.map((c) => c.name)).size).toBe(KERAS_CASES.length);
  });
});

describe('generated Keras code under Keras 3', () => {
  it.for(KERAS_CASES.map((c): [string, KerasCase] => [c.name, c]))('%s', ([, c], ctx) => {
    if (!built) ctx.skip(skipReason);
    const code = kerasCode(c.spec, c.head);
    const keras = built?.get(c.name);
    if (!keras || 'error' in keras) {
      expect.fail(`Keras ${kerasVersion} could not build the generated code:\n${code}\n${keras && 'error' in keras ? keras.error : 'no result'}`);
    }
    const report = analyzeModel(c.spec, c.head);
    const errors = report.layers.flatMap((l) => l.advice.filter((a) => a.severity === 'error').map((a) => `${l.name}: ${a.message}`));
    expect(errors).toEqual([]);
    const summary = summaryFromReport(report);
    expect(summary.rows.map((r) => [r.name, r.outputShape, r.params]), code).toEqual(
      keras.layers.map((l) => [`${l.name} (${l.class})`, l.output_shape, l.params]),
    );
    expect([summary.totalParams, summary.trainableParams, summary.nonTrainableParams]).toEqual([keras.total, keras.trainable, keras.non_trainable]);
  });
});
