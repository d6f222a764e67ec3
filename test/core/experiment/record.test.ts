import { describe, expect, it } from 'vitest';
import { defaultExperimentName, modelLabel, newExperimentRecord, statusText } from '../../../src/core/experiment/record';
import type { DatasetIdentity, ExperimentRecord } from '../../../src/core/experiment/types';
import { DEFAULT_SETTINGS } from '../../../src/core/pipeline/run';
import { experimentRecordSchema } from '../../../src/core/experiment/schema';
import { msg } from '../../../src/core/i18n/message';
import { english, translator } from '../../../src/core/i18n/translate';

const dataset: DatasetIdentity = { name: 'penguins.csv', kind: 'table', rows: 344, sizeBytes: 100, fingerprint: 'ab'.repeat(32) };
const mlp = { layers: [{ type: 'dense', units: 64 }, { type: 'dense', units: 32 }, { type: 'dense', units: 3, activation: 'softmax' }] };
const at1041 = new Date(2026, 10, 23, 10, 41).getTime(); // local time, as the name shows it

function record(patch: Partial<ExperimentRecord>): ExperimentRecord {
  const base = newExperimentRecord({ id: 'x', now: at1041, dataset, task: 'classification', plan: { target: 'species', features: ['island'], task: 'classification' }, model: mlp, settings: DEFAULT_SETTINGS });
  return { ...base, ...patch };
}
const epochs = (n: number) => Array.from({ length: n }, (_, i) => ({ epoch: i + 1, loss: 1, elapsedMs: 1 }));

describe('experiment record', () => {
  it('names a run by dataset, model and local time', () => {
    expect(defaultExperimentName(dataset, mlp, at1041)).toBe('penguins.csv · MLP 64-32 · 11-23 10:41');
    expect(modelLabel({ layers: [{ type: 'conv2d', filters: 16 }, { type: 'maxPooling2d' }, { type: 'conv2d', filters: 32 }, { type: 'flatten' }, { type: 'dense', units: 2 }] })).toBe('CNN 16-32');
    expect(modelLabel({ layers: [{ type: 'reshape' }, { type: 'lstm', units: 32 }, { type: 'dense', units: 1 }] })).toBe('LSTM 32');
    expect(modelLabel({ layers: [{ type: 'bidirectional', layer: 'gru', units: 16 }, { type: 'dense', units: 3 }] })).toBe('BiGRU 16');
    expect(modelLabel({ layers: [{ type: 'dense', units: 1 }] })).toBe('Linear');
  });

  it('starts running, empty, without weights', () => {
    const r = record({});
    expect(r).toMatchObject({ status: 'running', history: [], hasWeights: false, notes: '', createdAt: at1041, updatedAt: at1041, version: 1 });
    expect(r.imagePlan).toBeUndefined();
  });

  it('says each status in words', () => {
    const status = (patch: Partial<ExperimentRecord>) => english(statusText(record(patch)));
    expect(status({ status: 'completed', history: epochs(100) })).toBe('Completed: 100 epochs');
    expect(status({ status: 'completed', history: epochs(1), settings: { ...DEFAULT_SETTINGS, epochs: 1 } })).toBe('Completed: 1 epoch');
    expect(status({ status: 'completed', history: epochs(23), bestEpoch: 13 })).toBe('Completed: 23 epochs (early stopping, best epoch 13)');
    expect(status({ status: 'stopped', history: epochs(7) })).toBe('Stopped at epoch 7 of 100');
    expect(status({ status: 'interrupted', history: epochs(7) })).toBe('Interrupted at epoch 7 of 100 (window closed)');
    expect(status({ status: 'running', history: epochs(3) })).toBe('Running: epoch 3 of 100');
    expect(translator('ko')(statusText(record({ status: 'completed', history: epochs(23), bestEpoch: 13 })))).toBe('완료: 에포크 23개 (조기 종료, 최고 에포크 13)');
  });

  it('says why a run failed, from an old record’s English or a message, never twice “Failed”', () => {
    const status = (patch: Partial<ExperimentRecord>) => english(statusText(record(patch)));
    // Records saved before messages hold English, with or without the status line's "Failed: ".
    expect(status({ status: 'failed', statusText: 'Out of memory.' })).toBe('Failed: Out of memory.');
    expect(status({ status: 'failed', statusText: 'Failed: Out of memory.' })).toBe('Failed: Out of memory.');
    const reason = msg('predict.failed');
    const stored = statusText(record({ status: 'failed', statusText: reason }));
    expect(english(stored)).toBe('Failed: The predictions could not be made.');
    // The recorder stores the status line itself: read again, it says the reason once.
    expect(english(statusText(record({ status: 'failed', statusText: stored })))).toBe('Failed: The predictions could not be made.');
    expect(translator('ko')(stored)).toBe('실패: 예측하지 못했습니다.');
    expect(status({ status: 'failed' })).toBe('Failed: the run stopped with an error');
  });

  it('reads a record saved before messages, whose words are English text, and a new one with messages', () => {
    const old = {
      ...record({ status: 'completed', history: epochs(50) }),
      statusText: 'Completed: 50 epochs',
      weightsNotKept: 'The trained model was not kept: the storage space was full when training ended.',
    };
    const parsed = experimentRecordSchema.safeParse(old);
    expect(parsed.success).toBe(true);
    expect(parsed.data?.weightsNotKept).toBe(old.weightsNotKept);
    const now = { ...old, statusText: statusText(old), weightsNotKept: msg('train.save.weightsNotKept', { why: 'quota', evaluation: 'yes' }) };
    const again = experimentRecordSchema.safeParse(now);
    expect(again.success).toBe(true);
    expect(again.data?.weightsNotKept).toEqual(now.weightsNotKept);
    expect(experimentRecordSchema.safeParse({ ...old, weightsNotKept: 42 }).success).toBe(false);
  });
});
