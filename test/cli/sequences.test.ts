/**
 * `layerbench inspect` and `train` on recordings as a user runs them (the built bundle): the
 * layout the file proposes or the options choose, the (None, steps, features) shape, a model
 * that learns the activities, and one prediction per new recording from the saved model.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, lastJsonLine, runCli } from './run-cli';

const ACTIVITY = 'resources/samples/activity.csv';
const FIXTURES = 'test/fixtures/sequences';
/** The activities of sequence-predict.csv's new-001 … new-010, as test/fixtures/sequences/generate.ts made them. */
const TRUE_ACTIVITIES = ['running', 'sitting', 'walking', 'climbing_stairs', 'standing', 'walking', 'standing', 'running', 'climbing_stairs', 'sitting'];



beforeAll(buildCli);

describe('layerbench inspect on recordings', () => {
  it('reads the activity sample as grouped recordings of (None, 64, 6), never using the id, the time or the subject as a step column', () => {
    const { code, stdout } = runCli(['inspect', ACTIVITY, '--json']);
    expect(code).toBe(0);
    const out = lastJsonLine(stdout);
    expect(out).toMatchObject({ kind: 'sequences', layout: 'grouped', idColumn: 'recording_id', orderColumn: 'timestamp', target: 'activity', task: 'classification' });
    expect(out.inputShape).toEqual([null, 64, 6]);
    expect(out.sequences).toBe(160);
    expect(out.features).toEqual(['acc_x', 'acc_y', 'acc_z', 'gyro_x', 'gyro_y', 'gyro_z']);
    expect(out.classes).toEqual(['climbing_stairs', 'running', 'sitting', 'standing', 'walking'].map((label) => ({ label, count: 32 })));
    const roles = Object.fromEntries((out.columns as { name: string; role: string }[]).map((c) => [c.name, c.role]));
    expect(roles).toMatchObject({ recording_id: 'id', timestamp: 'order', activity: 'target', subject: 'attribute', acc_x: 'step' });
    expect((out.notes as string[]).join(' ')).toMatch(/24 shorter than 64 are padded/);
  });

  it('reads one long machine recording as windows, and a plain table stays a table', () => {
    const machine = lastJsonLine(runCli(['inspect', join(FIXTURES, 'machine-states.csv'), '--json']).stdout);
    expect(machine).toMatchObject({ kind: 'sequences', layout: 'windows', orderColumn: 'time', target: 'state', length: 64, stride: 32 });
    expect((machine.inputShape as unknown[]).slice(0, 2)).toEqual([null, 64]);
    const penguins = lastJsonLine(runCli(['inspect', 'resources/samples/penguins.csv', '--json']).stdout);
    expect(penguins.kind).toBe('table');
    expect(penguins.inputShape).toEqual([null, 10]);
  });

  it('takes the layout from the options: windows of a chosen length and stride over the recordings', () => {
    const out = lastJsonLine(runCli(['inspect', ACTIVITY, '--sequence-id', 'recording_id', '--window', '32', '--stride', '16', '--json']).stdout);
    expect(out).toMatchObject({ kind: 'sequences', layout: 'windows', idColumn: 'recording_id', length: 32, stride: 16 });
    expect(out.inputShape).toEqual([null, 32, 6]);
  });
});

describe('layerbench train and predict on recordings', () => {
  it('learns the activities far above the baseline, and the saved model predicts one line per new recording', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'layerbench-seq-')), 'model');
    const { code, stdout, stderr } = runCli(['train', ACTIVITY, '--epochs', '40', '--seed', '3', '--out', dir, '--json']);
    expect(stderr).not.toMatch(/Error/);
    expect(code).toBe(0);
    const out = lastJsonLine(stdout);
    expect(out).toMatchObject({ kind: 'sequences', layout: 'grouped', unit: 'recordings', trainRows: 128, testRows: 32 });
    expect(out.inputShape).toEqual([null, 64, 6]);
    expect((out.model as { layers: { type: string }[] }).layers[0]?.type).toBe('conv1d');
    expect((out.metrics as { accuracy: number }).accuracy).toBeGreaterThan(0.8);
    expect((out.baseline as { accuracy: number }).accuracy).toBeLessThan(0.3);
    const preprocessing = JSON.parse(readFileSync(join(dir, 'preprocessing.json'), 'utf8')) as { sequence: unknown; inputShape: unknown };
    expect(preprocessing.inputShape).toEqual([null, 64, 6]);
    expect(preprocessing.sequence).toMatchObject({ layout: 'grouped', idColumn: 'recording_id', orderColumn: 'timestamp', length: 64, padding: 'post', maskValue: 0 });

    const predicted = runCli(['predict', dir, join(FIXTURES, 'sequence-predict.csv')]);
    expect(predicted.code).toBe(0);
    const lines = predicted.stdout.trim().split('\n');
    expect(lines[0]).toBe('recording_id,predicted_activity,probability_climbing_stairs,probability_running,probability_sitting,probability_standing,probability_walking,note');
    const rows = lines.slice(1).map((l) => l.split(','));
    expect(rows.map((r) => r[0])).toEqual(Array.from({ length: 10 }, (_, i) => `new-${String(i + 1).padStart(3, '0')}`));
    const right = rows.filter((r, i) => r[1] === TRUE_ACTIVITIES[i]).length;
    expect(right).toBeGreaterThanOrEqual(8);
    expect(predicted.stderr).toMatch(/1 shorter than 64 is padded/);
  });

  it('says in plain words what cannot be done, naming the column or the recordings', () => {
    const changes = runCli(['train', join(FIXTURES, 'label-changes.csv')]);
    expect(changes.code).toBe(1);
    expect(changes.stderr).toMatch(/^Error: “label” changes inside 2 recordings: “r3” \(walk, run\), “r6” \(sit, stand\)/m);
    const noColumn = runCli(['inspect', ACTIVITY, '--sequence-id', 'session']);
    expect(noColumn.code).toBe(1);
    expect(noColumn.stderr).toMatch(/--sequence-id names “session”, but “activity\.csv” has no such column/);
    const stride = runCli(['inspect', ACTIVITY, '--stride', '8']);
    expect(stride.code).toBe(2);
    expect(stride.stderr).toMatch(/--stride goes with --window/);
    for (const r of [changes, noColumn, stride]) expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
