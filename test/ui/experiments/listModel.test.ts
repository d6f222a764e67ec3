import { describe, expect, it } from 'vitest';
import { DEFAULT_QUERY, keyMetric, visibleExperiments } from '../../../src/ui/experiments/listModel';
import { classification, record, regression } from './records';

const older = record('a', { name: 'Zebra run', createdAt: 1000, status: 'completed', evaluation: classification(0.8) });
const newer = record('b', { name: 'alpha run', createdAt: 3000, status: 'stopped', evaluation: classification(0.95), notes: 'more epochs' });
const failed = record('c', { name: 'Middle', createdAt: 2000, status: 'failed' });
const all = [older, newer, failed];
const ids = (list: readonly { id: string }[]) => list.map((r) => r.id);

describe('visibleExperiments', () => {
  it('sorts newest first by default, by name case-insensitively, and by result with runs without one last', () => {
    expect(ids(visibleExperiments(all, DEFAULT_QUERY))).toEqual(['b', 'c', 'a']);
    expect(ids(visibleExperiments(all, { ...DEFAULT_QUERY, sort: 'name' }))).toEqual(['b', 'c', 'a']);
    expect(ids(visibleExperiments([older, failed], { ...DEFAULT_QUERY, sort: 'name' }))).toEqual(['c', 'a']);
    expect(ids(visibleExperiments(all, { ...DEFAULT_QUERY, sort: 'metric' }))).toEqual(['b', 'a', 'c']);
  });

  it('filters by status and by every word of the text (name, notes, dataset, target)', () => {
    expect(ids(visibleExperiments(all, { ...DEFAULT_QUERY, status: 'completed' }))).toEqual(['a']);
    expect(ids(visibleExperiments(all, { ...DEFAULT_QUERY, text: 'EPOCHS' }))).toEqual(['b']);
    expect(ids(visibleExperiments(all, { ...DEFAULT_QUERY, text: 'penguins species' }))).toEqual(['b', 'c', 'a']);
    expect(ids(visibleExperiments(all, { ...DEFAULT_QUERY, text: 'penguins zebra' }))).toEqual(['a']);
    expect(visibleExperiments(all, { ...DEFAULT_QUERY, text: 'mpg' })).toEqual([]);
  });

  it('does not reorder the list it is given', () => {
    const input = [...all];
    visibleExperiments(input, { ...DEFAULT_QUERY, sort: 'name' });
    expect(ids(input)).toEqual(['a', 'b', 'c']);
  });
});

describe('keyMetric', () => {
  it('is the accuracy for classification, R² for regression, none without an evaluation', () => {
    expect(keyMetric(older)).toEqual({ label: { code: 'experiment.metric.accuracy' }, value: 0.8, text: '80%' });
    expect(keyMetric(record('r', { evaluation: regression(0.8766) }))).toEqual({ label: { code: 'experiment.metric.r2' }, value: 0.8766, text: 'R² 0.877' });
    expect(keyMetric(failed)).toBeNull();
  });
});
