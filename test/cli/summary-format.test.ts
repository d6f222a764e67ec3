/**
 * The summary command's text carries the app's advice: the same message, and each fix as a
 * "Fix:" line, for an invalid model (formatAdvice) and for notes on a valid one (formatSummary).
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeModel } from '../../src/core/model/analyze';
import { formatAdvice, formatSummary } from '../../src/cli/summary-format';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('summary text', () => {
  it('names a batch size in the input shape, with the fix', () => {
    const report = analyzeModel({ inputShape: [30, 50, 50, 3], layers: [{ type: 'conv2d', filters: 8, kernelSize: 3 }, { type: 'flatten' }, { type: 'dense', units: 1 }] });
    const lines = formatAdvice(report, 'model.json');
    expect(lines[0]).toBe('Error: the model in “model.json” cannot be built as it is.');
    expect(lines[1]).toMatch(/^Layer 1, conv2d \(Conv2D\): .*The first number, 30, looks like a batch size: Keras keeps the batch as None/);
    expect(lines).toContain('  Fix: Use input shape (50, 50, 3)');
    expect(lines.join('\n')).not.toContain('(30, 50, 150)');
  });

  it('says a model that builds but cannot learn is not a build failure', () => {
    const report = analyzeModel({ inputShape: [8], layers: [{ type: 'dense', units: 16, activation: 'relu' }, { type: 'dense', units: 1, activation: 'softmax' }] });
    const lines = formatAdvice(report, 'model.json');
    expect(lines[0]).toBe('Error: the model in “model.json” builds, but cannot be trained as it is.');
    expect(lines).toContain('  Fix: Use Dense(1, linear)');
    // A warning listed beside the error reads as a note.
    const stacked = formatAdvice(analyzeModel({ inputShape: [8], layers: [{ type: 'dense', units: 4 }, { type: 'dense', units: 1, activation: 'softmax' }] }), 'm.json');
    expect(stacked.some((l) => l.startsWith('Layer 1, dense (Dense): Note: Dense layers without an activation in between collapse into one linear map'))).toBe(true);
  });

  it('prints a note on a valid model with its fix', () => {
    const report = analyzeModel({ inputShape: [8], layers: [{ type: 'dense', units: 64 }, { type: 'dense', units: 32 }, { type: 'dense', units: 1 }] });
    expect(report.valid).toBe(true);
    const lines = formatSummary(report);
    const at = lines.findIndex((l) => l.startsWith('  Note: Dense layers without an activation in between collapse into one linear map'));
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toBe('    Fix: Use relu in layers 1 and 2');
  });
});
