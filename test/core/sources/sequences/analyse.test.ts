import { describe, expect, it } from 'vitest';
import { sequencesKind } from '../../../../src/core/sources/sequences/kind';
import { groupedDataset, longDataset, summaryOf } from './helpers';

const opts = { testFraction: 0.25, seed: 9 };

describe('sequencesKind.analyse', () => {
  it('gives the shape, the counts in recordings, the classes in output order and 3 previews per class', () => {
    const summary = summaryOf(groupedDataset({ recordings: 24 }));
    const plan = sequencesKind.proposePlan(summary).plan;
    const a = sequencesKind.analyse(summary, plan, opts);
    expect(a.problems).toEqual([]);
    expect(a.shape?.text).toBe('(None, 64, 3)');
    expect([a.unit, a.trainCount, a.testCount, a.task, a.target]).toEqual(['recordings', 18, 6, 'classification', 'activity']);
    expect(a.classes).toEqual(['run', 'sit', 'walk']);
    expect(a.previewExamples).toHaveLength(9);
    // Classes in output order: run (rec-002, …), sit (rec-003, …), walk (rec-001, …).
    const labels = a.previewExamples.map((key) => sequencesKind.describeExample(summary, plan, key));
    expect(labels.map((v) => (v?.kind === 'sequence' ? v.label : ''))).toEqual(['run', 'run', 'run', 'sit', 'sit', 'sit', 'walk', 'walk', 'walk']);
    const again = sequencesKind.analyse(summary, plan, opts);
    expect(again).toEqual(a);
    expect(sequencesKind.split(summary, plan, opts).test.length).toBe(a.testCount);
    const prepared = sequencesKind.prepare(summary.dataset, plan, opts);
    return prepared.then((p) => expect(p.shape).toEqual(a.shape));
  });

  it('names the recordings with the fewest real steps, and the mask value padded steps hold, for the model’s advice', () => {
    const summary = summaryOf(groupedDataset({ recordings: 12, stepsOf: (r) => (r === 4 || r === 7 ? 2 : 64) }));
    const plan = { ...sequencesKind.proposePlan(summary).plan, length: 64 };
    const a = sequencesKind.analyse(summary, plan, opts);
    expect(a.shortest).toEqual({ steps: 2, count: 2, names: ['rec-005', 'rec-008'] });
    expect(a.maskValue).toBe(0);
    const even = summaryOf(groupedDataset({ recordings: 12 }));
    expect(sequencesKind.analyse(even, sequencesKind.proposePlan(even).plan, opts).shortest).toBeUndefined();
  });

  it('counts windows, with 6 previews for regression', () => {
    const summary = summaryOf(longDataset(3000, 300));
    const plan = { ...sequencesKind.proposePlan(summary).plan, target: 'b', task: 'regression' as const, features: ['a'] };
    const a = sequencesKind.analyse(summary, plan, opts);
    expect(a.problems).toEqual([]);
    expect(a.unit).toBe('windows');
    expect(a.classes).toEqual([]);
    expect(a.previewExamples).toHaveLength(6);
    expect(a.trainCount + a.testCount).toBeLessThanOrEqual(92); // (3000 − 64) / 32 + 1 windows, less the straddling ones
    expect(a.notes.map((n) => n.code)).toContain('sequence/window-blocks');
  });

  it('never throws: problems come back as values', () => {
    const summary = summaryOf(longDataset());
    const plan = sequencesKind.proposePlan(summary).plan;
    const broken = sequencesKind.analyse(summary, { ...plan, target: 'nope', length: Number.NaN }, opts);
    expect(broken.shape).toBeNull();
    expect(broken.problems.map((p) => p.code)).toEqual(['sequence/target-not-found', 'sequence/bad-length']);
    const badFraction = sequencesKind.analyse(summary, plan, { testFraction: 2, seed: 1 });
    expect(badFraction.problems[0]?.code).toBe('split/bad-test-fraction');
    expect(() => sequencesKind.split(summary, { ...plan, features: [] }, opts)).toThrow('No step column is chosen');
  });

  it('inspects a table into its summary', async () => {
    const ds = groupedDataset();
    const summary = await sequencesKind.inspect(ds);
    expect(summary.dataset).toBe(ds);
    expect(summary.detection.likely).toBe(true);
    expect(sequencesKind.kind).toBe('sequences');
  });
});
