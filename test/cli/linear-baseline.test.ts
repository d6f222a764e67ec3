/**
 * `layerbench train` reports a linear model trained on the same split and encoding beside the
 * trivial baseline: under `baselines.linear` in --json, as a line and a sentence in the text report.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, lastJsonLine, runCli } from './run-cli';

beforeAll(buildCli);

describe('layerbench train: the linear baseline', () => {
  it('--json: baselines.trivial is the old baseline, baselines.linear the linear model’s scores, the same for the same seed', () => {
    const args = ['train', 'resources/samples/penguins.csv', '--target', 'species', '--epochs', '5', '--seed', '3', '--json'];
    const out = lastJsonLine(runCli(args).stdout);
    const baselines = out.baselines as { trivial: Record<string, unknown>; linear: Record<string, number> };
    expect(baselines.trivial).toEqual(out.baseline);
    // The penguins are nearly linearly separable on bill and flipper measurements.
    expect(baselines.linear.accuracy).toBeGreaterThan(0.95);
    expect(baselines.linear.macroF1).toBeGreaterThan(0.9);
    expect(baselines.linear.steps).toBeGreaterThan(0);
    expect(Object.keys(baselines.linear).sort()).toEqual(['accuracy', 'elapsedMs', 'macroF1', 'steps']);
    const again = lastJsonLine(runCli(args).stdout).baselines as typeof baselines;
    expect({ ...again.linear, elapsedMs: 0 }).toEqual({ ...baselines.linear, elapsedMs: 0 });
  });

  it('--json on a regression: the linear model’s MAE, RMSE and R²', () => {
    const out = lastJsonLine(runCli(['train', 'resources/samples/auto-mpg.csv', '--target', 'mpg', '--epochs', '5', '--json']).stdout);
    const linear = (out.baselines as { linear: Record<string, number> }).linear;
    expect(linear.r2).toBeGreaterThan(0.7);
    expect(linear.rmse).toBeGreaterThanOrEqual(linear.mae as number);
    expect((out.baselines as { trivial: unknown }).trivial).toEqual(out.baseline);
  });

  it('the text report gives the linear model’s line and what the difference means, in English and Korean', () => {
    const args = ['train', 'resources/samples/penguins.csv', '--target', 'species', '--epochs', '3', '--seed', '3'];
    const en = runCli(args).stdout;
    expect(en).toMatch(/^ {2}linear model {2}accuracy [\d.]+%, macro F1 [\d.]+ {2}\(no hidden layer, trained in [\d.]+ s\)$/m);
    // Three epochs leave the network behind a linear model: one of the three sentences, whichever it is.
    expect(en).toMatch(/^ {2}(The network is .* points more accurate than a linear model|A linear model does as well|A linear model is .* points more accurate)/m);
    const ko = runCli([...args, '--lang', 'ko']).stdout;
    expect(ko).toMatch(/^ {2}선형 모델 {2}정확도 /m);
    expect(ko).toMatch(/^ {2}(네트워크의 정확도가 선형 모델보다|선형 모델도 비슷하게 잘합니다|선형 모델의 정확도가)/m);
  });
});
