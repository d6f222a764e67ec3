/**
 * The `layerbench` command as a user runs it: through bin/layerbench.mjs on the built bundle,
 * checking the JSON contract, the numbers it reports and the plain failures.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, lastJsonLine, runCli } from './run-cli';




beforeAll(buildCli);

describe('layerbench train --json', () => {
  it('classifies the penguins on the held-out rows and beats the majority baseline', () => {
    const { code, stdout } = runCli(['train', 'resources/samples/penguins.csv', '--target', 'species', '--epochs', '30', '--seed', '3', '--json']);
    expect(code).toBe(0);
    const out = lastJsonLine(stdout);
    expect(out.task).toBe('classification');
    expect(out.inputShape).toEqual([null, 10]);
    expect(out.classes).toEqual(['Adelie', 'Chinstrap', 'Gentoo']);
    expect(out.rows).toBe(344);
    expect(out.backend).toBe('wasm');
    const metrics = out.metrics as Record<string, number>;
    const baseline = out.baseline as Record<string, number>;
    expect(metrics.accuracy).toBeGreaterThan(0.9);
    expect(baseline.accuracy).toBeCloseTo(0.4348, 3); // Adelie: 30 of the 69 held-out rows
    expect((out.trainRows as number) + (out.testRows as number)).toBe(344);
  });

  it('trains through WebGPU in Node (Dawn; SwiftShader where there is no GPU)', () => {
    const { code, stdout, stderr } = runCli(['train', 'resources/samples/penguins.csv', '--epochs', '2', '--backend', 'webgpu', '--json']);
    expect(stderr).not.toMatch(/Error/);
    expect(code).toBe(0);
    const out = lastJsonLine(stdout);
    expect(out.backend).toBe('webgpu');
    expect(out.backendLabel).toMatch(/^WebGPU/);
    expect(out.epochs).toBe(2);
  });

  it('gives the same metrics for the same seed', () => {
    const args = ['train', 'resources/samples/penguins.csv', '--epochs', '5', '--seed', '11', '--json'];
    const a = lastJsonLine(runCli(args).stdout);
    const b = lastJsonLine(runCli(args).stdout);
    expect(a.metrics).toEqual(b.metrics);
  });

  it('regresses mpg with MAE, RMSE and R² in the target units', () => {
    const { code, stdout } = runCli(['train', 'resources/samples/auto-mpg.csv', '--target', 'mpg', '--epochs', '60', '--backend', 'cpu', '--json']);
    expect(code).toBe(0);
    const out = lastJsonLine(stdout);
    expect(out.task).toBe('regression');
    expect(out.backend).toBe('cpu');
    expect(out.classes).toBeUndefined();
    const m = out.metrics as Record<string, number>;
    const base = out.baseline as Record<string, number>;
    expect(m.r2).toBeGreaterThan(0.7);
    expect(m.mae).toBeLessThan(base.mae as number);
    expect(m.rmse).toBeGreaterThanOrEqual(m.mae as number);
    expect(base.r2).toBeLessThanOrEqual(0);
  });
});

describe('layerbench failures are sentences, not stack traces', () => {
  const cases: [string[], RegExp][] = [
    [['train', 'test/fixtures/empty.csv'], /empty/],
    [['train', 'test/fixtures/header-only.csv'], /no data rows/],
    [['train', 'test/fixtures/ragged.csv'], /line \d+/],
    [['train', 'test/fixtures/binary.csv'], /binary/],
    [['train', 'test/fixtures/wide-1200-columns.csv'], /1,000 columns/],
    [['train', 'test/fixtures/one-class.csv', '--target', 'label'], /single class/],
    [['train', 'test/fixtures/target-all-missing.csv', '--target', 'target'], /no value/],
    [['train', 'test/fixtures/one-class.csv', '--target', 'nope'], /“nope” is not in/],
    [['train', 'no/such/file.csv'], /Cannot open/],
    [['train', 'resources/samples/penguins.csv', '--epochs', 'ten'], /whole number/],
    [['train', 'resources/samples/penguins.csv', '--backend', 'tpu'], /--backend must be one of/],
  ];
  it.each(cases)('%j', (args, message) => {
    const { code, stdout, stderr } = runCli(args);
    expect(code).not.toBe(0);
    expect(stderr).toMatch(message);
    expect(stderr + stdout).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });
});
