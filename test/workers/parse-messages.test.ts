import { describe, expect, it } from 'vitest';
import type { FeaturePlan } from '../../src/core/features/types';
import { analysePlan as analyse } from '../../src/core/pipeline/analyse';
import { planAnalysisSchema } from '../../src/core/record-schemas';
import type { SplitOptions } from '../../src/core/sources/kind';
import { parseResponseSchema, parseWorkerRequestSchema } from '../../src/workers/messages';
import { categoryColumn, makeDataset, numberColumn } from '../core/helpers/dataset';

// Ten rows, the fewest a plan may have.
const dataset = makeDataset('ten.csv', [
  numberColumn('x', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]),
  categoryColumn('kind', ['p', 'q', 'p', 'q', 'p', 'q', 'p', 'q', 'p', 'q']),
]);
const plan: FeaturePlan = { target: 'kind', features: ['x'], task: 'classification' };
const analysePlan = (ds: typeof dataset, p: FeaturePlan, opts: SplitOptions) => analyse({ kind: 'table', summary: ds, plan: p }, opts);

describe('parse worker messages', () => {
  it('accepts an analyse request and refuses one without a valid plan or settings', () => {
    const request = { type: 'analyse', requestId: 3, plan: { kind: 'table', plan }, settings: { testFraction: 0.5, seed: 1 } };
    expect(parseWorkerRequestSchema.safeParse(request).success).toBe(true);
    expect(parseWorkerRequestSchema.safeParse({ ...request, plan: { kind: 'table', plan: { target: 'kind', features: ['x'], task: 'guess' } } }).success).toBe(false);
    expect(parseWorkerRequestSchema.safeParse({ ...request, plan }).success).toBe(false);
    expect(parseWorkerRequestSchema.safeParse({ ...request, settings: { testFraction: 1, seed: 1 } }).success).toBe(false);
    expect(parseWorkerRequestSchema.safeParse({ ...request, requestId: 1.5 }).success).toBe(false);
  });

  it('still accepts a parse request, with or without keeping the dataset', () => {
    const file = new Blob(['a,b\n1,2\n']);
    expect(parseWorkerRequestSchema.safeParse({ type: 'parse', file, name: 'f.csv', sizeBytes: 8 }).success).toBe(true);
    expect(parseWorkerRequestSchema.safeParse({ type: 'parse', file, name: 'f.csv', sizeBytes: 8, keep: true }).success).toBe(true);
    expect(parseWorkerRequestSchema.safeParse({ type: 'parse', file: 'text', name: 'f.csv', sizeBytes: 8 }).success).toBe(false);
  });

  it('carries a real analysis, a valid one and one with problems, as it is', () => {
    const valid = analysePlan(dataset, plan, { testFraction: 0.5, seed: 1 });
    expect(valid.shape?.text).toBe('(None, 1)');
    const answer = parseResponseSchema.parse({ type: 'analysis', requestId: 9, analysis: valid });
    expect(answer).toEqual({ type: 'analysis', requestId: 9, analysis: valid });
    const withProblems = analysePlan(dataset, { ...plan, features: [] }, { testFraction: 0.5, seed: 1 });
    expect(withProblems.problems).toHaveLength(1);
    expect(planAnalysisSchema.safeParse(withProblems).success).toBe(true);
  });

  it('refuses an analysis without its row counts or with a malformed shape', () => {
    const valid = analysePlan(dataset, plan, { testFraction: 0.5, seed: 1 });
    const { trainCount: _dropped, ...withoutRows } = valid;
    expect(planAnalysisSchema.safeParse(withoutRows).success).toBe(false);
    expect(planAnalysisSchema.safeParse({ ...valid, shape: { ...valid.shape, inputShape: [3] } }).success).toBe(false);
    expect(parseResponseSchema.safeParse({ type: 'analysis', analysis: valid }).success).toBe(false);
  });
});
