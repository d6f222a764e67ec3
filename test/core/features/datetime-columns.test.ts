/**
 * Date/time columns after the data step: never proposed as a feature or a target, refused with
 * a clear message when chosen, kept in the fingerprint and across the worker boundary.
 */
import { describe, expect, it } from 'vitest';
import { parseCsvText } from '../../../src/core/data/csv';
import { fingerprintDataset } from '../../../src/core/experiment/fingerprint';
import { conformColumns } from '../../../src/core/experiment/predict-columns';
import { fitPreprocessing } from '../../../src/core/features/fit';
import { proposePlan, proposeTask } from '../../../src/core/features/propose';
import { validatePlan } from '../../../src/core/features/validate';
import type { Preprocessing } from '../../../src/core/features/types';
import { indexImageCsv } from '../../../src/core/sources/images/index-csv';
import { typedDatasetSchema } from '../../../src/core/record-schemas';
import { categoryColumn, dateTimeColumn, makeDataset, numberColumn, textColumn } from '../helpers/dataset';
import { english } from '../../../src/core/i18n/translate';
import type { Message } from '../../../src/core/i18n/message';

const n = 30;
const seq = <T>(f: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => f(i));
const ds = makeDataset('sensors.csv', [
  dateTimeColumn('timestamp', seq((i) => new Date(Date.UTC(2024, 2, 1, 10) + i * 20).toISOString())),
  textColumn('recording', seq((i) => `rec-${Math.floor(i / 10)}`), 'code'),
  numberColumn('ax', seq((i) => Math.sin(i))),
  categoryColumn('activity', seq((i) => (i < 15 ? 'walk' : 'run'))),
]);
const all = Uint32Array.from(seq((i) => i));

describe('the test builders', () => {
  it('build a date/time column from cells and a text column with codes', () => {
    const t = ds.columns[0];
    expect(t?.kind).toBe('datetime');
    if (t?.kind !== 'datetime') return;
    expect([t.min, t.max, t.hasTime, t.missing]).toEqual([Date.UTC(2024, 2, 1, 10), Date.UTC(2024, 2, 1, 10) + 29 * 20, true, 0]);
    const dmy = dateTimeColumn('d', ['3/1/2024', '13/1/2024', null]);
    expect(Array.from(dmy.values)).toEqual([Date.UTC(2024, 0, 3), Date.UTC(2024, 0, 13), NaN]);
    const rec = ds.columns[1];
    if (rec?.kind !== 'text') throw new Error('not text');
    expect(rec.dictionary).toEqual(['rec-0', 'rec-1', 'rec-2']);
    expect(Array.from(rec.codes ?? []).slice(8, 12)).toEqual([0, 0, 1, 1]);
    expect(textColumn('x', ['a', 'b'], 'identifier', { codes: false }).codes).toBeUndefined();
    expect(ds.suggestedExclusions.map((e) => e.column)).toEqual(['timestamp', 'recording']);
  });
});

describe('proposing', () => {
  it('never proposes a date/time column as the target or a feature', () => {
    const proposal = proposePlan(ds);
    expect(proposal.plan.target).toBe('activity');
    expect(proposal.plan.features).toEqual(['ax']);
    const noExclusions = { ...ds, suggestedExclusions: [] };
    expect(proposePlan(noExclusions).plan.features).not.toContain('timestamp');
  });

  it('says why a date/time target has no task', () => {
    expect(english(proposeTask(ds, 'timestamp').reason)).toBe('“timestamp” holds dates and times, which say when each row was recorded; they cannot be predicted.');
  });
});

describe('validating and fitting', () => {
  it('refuses a date/time feature, offering to exclude it', () => {
    const problems = validatePlan(ds, { target: 'activity', features: ['ax', 'timestamp'], task: 'classification' });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.code).toBe('plan/feature-unusable');
    expect(problems[0]?.message).toMatch(/^The feature column “timestamp” holds dates and times/);
    expect(english(problems[0]?.fix?.label as Message)).toBe('Exclude “timestamp”');
  });

  it('refuses a date/time target', () => {
    for (const task of ['classification', 'regression'] as const) {
      const problems = validatePlan(ds, { target: 'timestamp', features: ['ax'], task });
      expect(problems.map((p) => p.code)).toEqual(['plan/target-datetime']);
      expect(problems[0]?.message).toMatch(/^The target column “timestamp” holds dates and times/);
    }
  });

  it('throws a message naming the column when asked to encode one', () => {
    expect(() => fitPreprocessing(ds, { target: 'activity', features: ['timestamp'], task: 'classification' }, all))
      .toThrow(/“timestamp” of sensors\.csv holds dates and times/);
    expect(() => fitPreprocessing(ds, { target: 'timestamp', features: ['ax'], task: 'classification' }, all))
      .toThrow(/target column “timestamp” of sensors\.csv holds dates and times/);
    expect(() => fitPreprocessing(ds, { target: 'timestamp', features: ['ax'], task: 'regression' }, all))
      .toThrow(/target column “timestamp” of sensors\.csv holds dates and times/);
  });
});

describe('fingerprints and messages', () => {
  it('changes the fingerprint when an instant changes, not when the format does', async () => {
    const iso = await parseCsvText('t,x\n2024-03-01T10:00:00,1\n2024-03-02T10:00:00,2\n', 'a.csv');
    const us = await parseCsvText('t,x\n3/1/2024 10:00:00,1\n3/2/2024 10:00:00,2\n', 'a.csv');
    const later = await parseCsvText('t,x\n2024-03-01T10:00:01,1\n2024-03-02T10:00:00,2\n', 'a.csv');
    expect(fingerprintDataset(iso)).toBe(fingerprintDataset(us));
    expect(fingerprintDataset(iso)).not.toBe(fingerprintDataset(later));
  });

  it('passes the worker schema with its values and a text column with codes', () => {
    const parsed = typedDatasetSchema.parse(ds);
    const t = parsed.columns[0];
    expect(t?.kind === 'datetime' ? Array.from(t.values) : null).toEqual(Array.from(ds.columns[0]?.kind === 'datetime' ? ds.columns[0].values : []));
    const rec = parsed.columns[1];
    expect(rec?.kind === 'text' ? rec.dictionary : null).toEqual(['rec-0', 'rec-1', 'rec-2']);
  });
});

describe('predicting on a file whose column reads as dates', () => {
  const pre: Preprocessing = {
    task: 'classification', target: 'y', imputation: 'mean', classes: ['a', 'b'],
    slots: [{ kind: 'one-hot', column: 'day', category: '2024-03-01' }, { kind: 'one-hot', column: 'day', category: '2024-03-02' }],
  };

  it('reads a small file’s date cells as the categories the model knows', async () => {
    const file = await parseCsvText('day\n2024-03-01\n2024-03-02\n', 'new.csv');
    expect(file.columns[0]?.kind).toBe('datetime');
    const { dataset, errors } = conformColumns(file, pre);
    expect(errors).toEqual([]);
    const day = dataset.columns[0];
    expect(day?.kind === 'category' ? day.categories : null).toEqual(['2024-03-01', '2024-03-02']);
  });

  it('says so when a large file’s dates cannot be read back', async () => {
    const lines = Array.from({ length: 80 }, (_, i) => `2024-03-${String((i % 28) + 1).padStart(2, '0')}`);
    const { errors } = conformColumns(await parseCsvText(`day\n${lines.join('\n')}\n`, 'new.csv'), pre);
    expect(errors[0]?.message).toBe('The column “day” of new.csv holds dates and times, which cannot be read as the categories the model was trained on.');
  });
});

describe('image CSVs', () => {
  it('does not take a date column for the target, and refuses it when named', async () => {
    const csv = 'file,taken\na.png,2024-03-01\nb.png,2024-03-02\nc.png,2024-03-03\n';
    await expect(indexImageCsv(csv, 'images.csv')).rejects.toThrow(/no column with a label or a number/);
    await expect(indexImageCsv(csv, 'images.csv', { target: 'taken' })).rejects.toThrow(/“taken” cannot be the target of images\.csv: it holds dates and times/);
  });
});
