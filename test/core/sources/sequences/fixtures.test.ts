/**
 * The sequence fixtures (test/fixtures/sequences/generate.ts) read by the CSV parser and then by
 * the sequences kind: what a user opening these files would see.
 */
import { english } from '../../../../src/core/i18n/translate';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sequencesKind } from '../../../../src/core/sources/sequences/kind';
import type { SequenceSummary } from '../../../../src/core/sources/sequences/types';
import { encodeSequencesForPrediction } from '../../../../src/core/sources/sequences/predict';
import { FIXTURES, parseFile, parseFixture, SAMPLES } from '../../data/fixtures';

const opts = { testFraction: 0.2, seed: 1 };

async function open(name: string, skip: () => void): Promise<SequenceSummary> {
  if (!existsSync(join(FIXTURES, 'sequences', name))) skip();
  return sequencesKind.inspect(await parseFixture(`sequences/${name}`));
}

describe('sequence fixtures', () => {
  it('unordered-dupes.csv: reordered rows, repeated stamps and a short recording are notes', async (ctx) => {
    const summary = await open('unordered-dupes.csv', () => ctx.skip());
    const plan = sequencesKind.proposePlan(summary).plan;
    expect(plan).toMatchObject({ layout: 'grouped', idColumn: 'unit', orderColumn: 't_ms', target: 'label', length: 20 });
    const a = sequencesKind.analyse(summary, plan, opts);
    expect(a.problems).toEqual([]);
    const notes = a.notes.map((n) => n.message);
    expect(notes).toContain('3 rows in 2 recordings (“u2” and “u5”) came after a later time in “t_ms”; the steps were put in order of “t_ms”.');
    expect(notes).toContain('2 steps in 2 recordings (“u4” and “u7”) have the same time in “t_ms” as the step before; both are kept, in file order.');
    expect(notes).toContain('The recordings have from 2 to 20 steps: of 8 recordings, 1 shorter than 20 is padded at the end with zero steps (the training mean).');
  });

  it('bad-time.csv: the three unreadable times are named by their rows', async (ctx) => {
    const summary = await open('bad-time.csv', () => ctx.skip());
    const a = sequencesKind.analyse(summary, sequencesKind.proposePlan(summary).plan, opts);
    expect(a.notes[0]?.message).toBe('3 rows (rows 26, 94, and 139) have no readable date or time in “time”, so their place in their recordings (“b2”, “b5”, and “b7”) is unknown; they are left out.');
  });

  it('label-changes.csv: the recordings whose label changes are named, with windows as the fix', async (ctx) => {
    const summary = await open('label-changes.csv', () => ctx.skip());
    const plan = sequencesKind.proposePlan(summary).plan;
    const a = sequencesKind.analyse(summary, plan, opts);
    expect(a.problems[0]?.message).toContain('“label” changes inside 2 recordings: “r3” (walk, run), “r6” (sit, stand).');
    const windows = sequencesKind.analyse(summary, { ...plan, layout: 'windows', length: 8, stride: 4 }, opts);
    expect(windows.problems).toEqual([]);
    expect(windows.unit).toBe('windows');
  });

  it('machine-states.csv and forecast.csv: one long recording cut into windows, classified or predicted', async (ctx) => {
    const machine = await open('machine-states.csv', () => ctx.skip());
    expect(machine.detection.likely).toBe(true);
    expect(machine.detection.proposal?.plan).toMatchObject({ layout: 'windows', target: 'state', orderColumn: 'time', length: 64, stride: 32 });
    const forecast = await open('forecast.csv', () => ctx.skip());
    expect(forecast.detection.proposal?.plan).toMatchObject({ layout: 'windows', target: 'y', task: 'regression', features: ['x1', 'x2'] });
    const shape = sequencesKind.explainInput(forecast, forecast.detection.proposal!.plan, opts);
    expect(english(shape.axes[1]!.description)).toBe('rows in each window; 2,000 rows give 61 windows of 64 with a stride of 32');
  });

  it('grouped-iso.csv: per-recording device and speed are attributes, never step columns', async (ctx) => {
    const summary = await open('grouped-iso.csv', () => ctx.skip());
    expect(summary.detection.proposal?.plan).toMatchObject({
      layout: 'grouped', idColumn: 'session', orderColumn: 'time', target: 'gait', features: ['acc_v', 'acc_ap', 'acc_ml', 'gyro'],
    });
  });

  it('sequence-predict.csv: new recordings read with the preprocessing of a model trained on the activity sample', async (ctx) => {
    if (!existsSync(join(SAMPLES, 'activity.csv'))) ctx.skip();
    const training = await sequencesKind.inspect(await parseFile(join(SAMPLES, 'activity.csv')));
    const prepared = await sequencesKind.prepare(training.dataset, sequencesKind.proposePlan(training).plan, opts);
    const fresh = await open('sequence-predict.csv', () => ctx.skip());
    const input = encodeSequencesForPrediction(fresh.dataset, prepared.encoded.preprocessing);
    expect(input.inputShape).toEqual([null, 64, 6]);
    expect(input.keys).toEqual(Array.from({ length: 10 }, (_, i) => `new-${String(i + 1).padStart(3, '0')}`));
    expect(input.problems.map((p) => p.message)).toContain(
      'The recordings have from 52 to 76 steps: of 10 recordings, 1 shorter than 64 is padded at the end with zero steps (the training mean), and 1 longer one is cut to its first 64 steps.',
    );
  });
});
