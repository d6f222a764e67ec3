/**
 * `layerbench train --split-out FILE`: the rows trained on and held out, as the app splits them,
 * so that another tool (bench/quality's scikit-learn baselines) can fit on exactly the same rows.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDatasetFile } from '../../src/cli/data-files';
import { planForTarget } from '../../src/core/features/propose';
import { splitRows } from '../../src/core/features/split';
import { buildCli, lastJsonLine, runCli } from './run-cli';

const dir = mkdtempSync(join(tmpdir(), 'lb-split-out-'));
beforeAll(buildCli);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface SplitFile { seed: number; stratified: boolean; train: number[]; test: number[] }

function trainWithSplit(file: string, target: string, seed: number): { report: Record<string, unknown>; split: SplitFile } {
  const out = join(dir, `${target}-${seed}.json`);
  const r = runCli(['train', file, '--target', target, '--epochs', '1', '--seed', String(seed), '--backend', 'cpu', '--split-out', out, '--json']);
  expect(r.code, r.stderr).toBe(0);
  return { report: lastJsonLine(r.stdout), split: JSON.parse(readFileSync(out, 'utf8')) as SplitFile };
}

describe('layerbench train --split-out', () => {
  it('writes the data rows trained on and held out: the app’s seeded, stratified split', async () => {
    const { report, split } = trainWithSplit('resources/samples/penguins.csv', 'species', 3);
    expect(split.seed).toBe(3);
    expect(split.stratified).toBe(true);
    expect(split.train).toHaveLength(report.trainRows as number);
    expect(split.test).toHaveLength(report.testRows as number);
    const all = [...split.train, ...split.test].sort((a, b) => a - b);
    expect(all).toEqual(Array.from({ length: 344 }, (_, i) => i)); // every data row once, counted from 0

    const dataset = await loadDatasetFile('resources/samples/penguins.csv');
    const expected = splitRows(dataset, planForTarget(dataset, 'species').plan, { seed: 3, testFraction: 0.2 });
    expect(split.test).toEqual(Array.from(expected.test));
  });

  it('leaves out the rows without a target value, and a seed gives its own split', () => {
    // auto-mpg: every row has mpg; the split is a plain shuffle for regression.
    const a = trainWithSplit('resources/samples/auto-mpg.csv', 'mpg', 1).split;
    const b = trainWithSplit('resources/samples/auto-mpg.csv', 'mpg', 2).split;
    expect(a.stratified).toBe(false);
    expect(a.train.length + a.test.length).toBe(398);
    expect(a.test).not.toEqual(b.test);
    // penguins: 11 rows have no sex; as the target they take part in neither side.
    const sex = trainWithSplit('resources/samples/penguins.csv', 'sex', 1).split;
    expect(sex.train.length + sex.test.length).toBe(333);
  });
});
