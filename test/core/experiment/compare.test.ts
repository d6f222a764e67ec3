import { describe, expect, it } from 'vitest';
import { compareMetrics, compareSettings, findReproduction } from '../../../src/core/experiment/compare';
import { newExperimentRecord } from '../../../src/core/experiment/record';
import type { ExperimentRecord } from '../../../src/core/experiment/types';
import type { ClassificationEvaluation } from '../../../src/core/evaluate/types';
import { DEFAULT_SETTINGS } from '../../../src/core/pipeline/run';
import { english, translator } from '../../../src/core/i18n/translate';

function evaluation(accuracy: number, macroF1: number): ClassificationEvaluation {
  return {
    task: 'classification', rows: 2, classes: ['a', 'b'], confusion: [[1, 0], [0, 1]], accuracy, macroF1, perClass: [],
    baseline: { label: 'a', accuracy: 0.5 },
    predictions: { actual: new Int32Array(2), predicted: new Int32Array(2), confidence: new Float32Array(2) },
  };
}

function run(id: string, createdAt: number, patch: Partial<ExperimentRecord> = {}): ExperimentRecord {
  const base = newExperimentRecord({
    id, now: createdAt, task: 'classification', settings: DEFAULT_SETTINGS,
    dataset: { name: 'p.csv', kind: 'table', rows: 10, sizeBytes: 99, fingerprint: '0123456789abcdef' },
    plan: { target: 'y', features: ['a', 'b'], task: 'classification' },
    model: { layers: [{ type: 'dense', units: 8, activation: 'relu' }, { type: 'dense', units: 2, activation: 'softmax' }] },
  });
  return {
    ...base, name: id, status: 'completed', backend: { backend: 'cpu', label: 'CPU', reason: '' },
    history: [{ epoch: 1, loss: 0.5, valLoss: 0.6, elapsedMs: 10 }], elapsedMs: 2000, evaluation: evaluation(0.9, 0.8), ...patch,
  };
}

/** The rows as an English reader sees them. */
function settingsInEnglish(records: readonly ExperimentRecord[]) {
  return compareSettings(records).map((r) => ({ ...r, label: english(r.label), values: r.values.map((v) => (typeof v === 'string' ? v : english(v))) }));
}

describe('compare', () => {
  it('says how the rows of recordings became examples, and that another length is another run', () => {
    const plan = { layout: 'grouped' as const, target: 'y', task: 'classification' as const, features: ['ax', 'ay'], idColumn: 'rec', orderColumn: 't', length: 64, stride: 1 };
    const a = run('a', 1, { sequencePlan: plan });
    const b = run('b', 2, { sequencePlan: { ...plan, layout: 'windows', idColumn: null, length: 32, stride: 16 } });
    const features = settingsInEnglish([a, b]).find((r) => r.label === 'Features');
    expect(features?.values).toEqual(['recordings by “rec”, 64 steps, ordered by “t”: ax, ay', 'windows of 32 rows every 16, ordered by “t”: ax, ay']);
    expect(features?.differs).toBe(true);
    expect(findReproduction([a], b)).toBeNull();
    expect(findReproduction([a], run('c', 3, { sequencePlan: plan }))?.of.id).toBe('a');
  });

  it('flags the settings that differ', () => {
    const a = run('a', 1);
    const b = run('b', 2, { settings: { ...DEFAULT_SETTINGS, learningRate: 0.01 } });
    const rows = settingsInEnglish([a, b]);
    const lr = rows.find((r) => r.label === 'Learning rate');
    expect(lr).toEqual({ key: 'learningRate', label: 'Learning rate', values: ['0.001', '0.01'], differs: true });
    expect(rows.find((r) => r.label === 'Dataset')).toEqual({ key: 'dataset', label: 'Dataset', values: ['p.csv (01234567)', 'p.csv (01234567)'], differs: false });
    expect(rows.find((r) => r.label === 'Model layers')?.values[0]).toBe('Dense(8, activation="relu") → Dense(2, activation="softmax")');
    expect(rows.filter((r) => r.differs).map((r) => r.label)).toEqual(['Learning rate']);
  });

  it('puts metrics in one table with the best flagged', () => {
    const rows = compareMetrics([run('a', 1), run('b', 2, { evaluation: evaluation(0.95, 0.7), history: [{ epoch: 1, loss: 0.4, elapsedMs: 1 }] })]).map((r) => ({ ...r, label: english(r.label) }));
    expect(rows.map((r) => r.label)).toEqual(['Accuracy', 'Macro F1', 'Final loss', 'Final validation loss', 'Epochs run', 'Time']);
    expect(rows[0]).toEqual({ key: 'accuracy', label: 'Accuracy', values: [0.9, 0.95], best: 1, format: 'percent' });
    expect(rows[1]?.best).toBe(0);
    expect(rows[2]?.best).toBe(1);
    expect(rows[3]).toEqual({ key: 'finalValLoss', label: 'Final validation loss', values: [0.6, null], best: 0, format: 'number' });
    expect(rows[5]).toMatchObject({ values: [2, 2], best: null });
  });

  it('adds the linear model’s accuracy, unranked, when a run has one (older runs show a dash)', () => {
    const withLinear = { ...evaluation(0.9, 0.8), linear: { accuracy: 0.93, macroF1: 0.9, steps: 100, elapsedMs: 50 } };
    const rows = compareMetrics([run('old', 1), run('new', 2, { evaluation: withLinear })]);
    const linear = rows.find((r) => r.key === 'linearAccuracy');
    expect(linear).toMatchObject({ values: [null, 0.93], best: null, format: 'percent' });
    expect(english(linear!.label)).toBe('Linear model’s accuracy');
    expect(translator('ko')(linear!.label)).toBe('선형 모델의 정확도');
    expect(rows.map((r) => r.key).indexOf('linearAccuracy')).toBe(2);
  });

  it('finds the run a new one reproduces, and says whether the metrics agree', () => {
    const first = run('first', 1);
    const other = run('other seed', 2, { settings: { ...DEFAULT_SETTINGS, seed: 7 } });
    const same = run('again', 3);
    const found = findReproduction([other, first], same);
    expect(found?.of.id).toBe('first');
    expect(found?.agrees).toBe(true);
    expect(found?.message).toEqual({ code: 'experiment.reproduction.agrees', params: { name: '\u201cfirst\u201d' } });
    expect(english(found!.message)).toBe('Same data, settings, seed and backend as \u201cfirst\u201d: the metrics agree to 1e-6.');
    const drifted = findReproduction([first], run('drift', 3, { evaluation: evaluation(0.9123, 0.8) }));
    expect(drifted?.agrees).toBe(false);
    expect(drifted?.maxDifference).toBeCloseTo(0.0123, 10);
    expect(english(drifted!.message)).toMatch(/the metrics differ by up to 0\.0123\.$/);
    expect(translator('ko')(drifted!.message)).toMatch(/최대 0\.0123만큼 다릅니다/);
    expect(findReproduction([first], run('gpu', 3, { backend: { backend: 'webgl', label: 'WebGL', reason: '' } }))).toBeNull();
    expect(findReproduction([first], run('other data', 3, { dataset: { ...first.dataset, fingerprint: 'ff' } }))).toBeNull();
    expect(findReproduction([run('stopped', 1, { status: 'stopped' })], same)).toBeNull();
  });

  it('names settings and values in Korean, with the plural only English needs', () => {
    const ko = translator('ko');
    const a = run('a', 1, { settings: { ...DEFAULT_SETTINGS, earlyStoppingPatience: 1 } });
    const rows = compareSettings([a]);
    const early = rows.find((r) => r.key === 'earlyStopping');
    expect(english(early!.values[0] as never)).toBe('after 1 epoch without improvement');
    expect(english({ code: 'experiment.value.earlyStopping', params: { patience: 5 } })).toBe('after 5 epochs without improvement');
    expect(ko(early!.label)).toBe('조기 종료');
    expect(ko(early!.values[0] as never)).toBe('1개 에포크 동안 개선이 없으면');
    const task = rows.find((r) => r.key === 'task');
    expect(ko(task!.values[0] as never)).toBe('분류');
    for (const row of rows) {
      expect(ko(row.label)).toMatch(/[\uac00-\ud7a3]/);
      for (const v of row.values) if (typeof v !== 'string') expect(ko(v)).not.toMatch(/[{}]/);
    }
  });
});
