/**
 * train.py (src/core/experiment/train-py) on sequence data under real Keras 3 with the JAX
 * backend: recordings grouped by an id, ordered by a time column (some rows out of order, a row
 * without an id, an unlabelled recording, empty step cells), padded or cut to a length; and
 * windows over interleaved machines ordered by ISO time stamps. The examples it encodes must be
 * Layerbench's own (the same examples on each side, the same numbers to 1e-5), and the model it
 * trains must score on them within 0.05 of the one Layerbench trains with the same settings.
 * Without Python or the packages the cases are skipped and say why.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsvText } from '../../../../src/core/data/csv';
import type { ModelDraft } from '../../../../src/core/model/designer-types';
import { DEFAULT_SETTINGS } from '../../../../src/core/pipeline/run';
import type { SequencePlan } from '../../../../src/core/sources/sequences/types';
import type { TrainingSettings } from '../../../../src/core/train/types';
import { accuracy, bothRuns, checkEncoded, useKeras } from './train-py-runs';

const keras3 = useKeras('lb-train-py-seq-');

function seeded(seed: number): () => number {
  let state = seed;
  return () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 4294967296;
}

/**
 * 50 recordings of 20–40 steps (ax, ay, az): "wobble" swings ax and sits ay high, "steady" is flat
 * with ay low. Rows 3 and 4 of every fifth recording are swapped (the time column puts them back),
 * one row has no id, recording 49 has no label, and a few ay cells are empty.
 */
function groupedCsv(): string {
  const rand = seeded(7);
  const lines = ['recording,t,ax,ay,az,label'];
  for (let r = 0; r < 50; r++) {
    const wobble = r % 2 === 0;
    const steps = 20 + Math.floor(rand() * 21);
    const rows: string[] = [];
    for (let t = 0; t < steps; t++) {
      const ax = wobble ? Math.sin(t * 1.3) * 1.5 + (rand() - 0.5) * 0.3 : (rand() - 0.5) * 0.3;
      const ay = (wobble ? 0.6 : -0.6) + (rand() - 0.5) * 0.4;
      const az = (rand() - 0.5) * 2;
      const empty = (r * 7 + t) % 53 === 0;
      const label = r === 49 ? '' : wobble ? 'wobble' : 'steady';
      rows.push(`rec-${String(r).padStart(2, '0')},${(t * 0.05).toFixed(2)},${ax.toFixed(4)},${empty ? '' : ay.toFixed(4)},${az.toFixed(4)},${label}`);
    }
    if (r % 5 === 0) [rows[3], rows[4]] = [rows[4] as string, rows[3] as string];
    lines.push(...rows);
    if (r === 10) lines.push(',0.00,1,1,1,steady');
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Three machines logged together (their rows interleaved, ISO time stamps every 250 ms), each
 * switching between "idle" and "busy" every 60–140 rows; v1 says the state at once, v2 is noise.
 */
function windowsCsv(): string {
  const rand = seeded(21);
  const lines = ['time,machine,v1,v2,state'];
  const start = Date.UTC(2024, 2, 1, 10, 0, 0);
  const machines = ['press', 'lathe', 'drill'].map(() => ({ busy: rand() < 0.5, left: 60 + Math.floor(rand() * 80) }));
  for (let t = 0; t < 360; t++) {
    const stamp = new Date(start + t * 250).toISOString().replace('T', ' ').replace('Z', '');
    machines.forEach((m, i) => {
      if (m.left-- === 0) {
        m.busy = !m.busy;
        m.left = 60 + Math.floor(rand() * 80);
      }
      const v1 = (m.busy ? 2 : 0) + (rand() - 0.5) * 0.6;
      lines.push(`${stamp},${['press', 'lathe', 'drill'][i] as string},${v1.toFixed(4)},${(rand() * 3).toFixed(4)},${m.busy ? 'busy' : 'idle'}`);
    });
  }
  return `${lines.join('\n')}\n`;
}

/** Our run and train.py's on the same file; checks the examples, returns both accuracies and the largest input difference. */
async function compare(name: string, csv: string, plan: SequencePlan, model: ModelDraft, s: TrainingSettings) {
  const file = join(keras3.work, `${name}.csv`);
  writeFileSync(file, csv);
  const dataset = await parseCsvText(csv, `${name}.csv`);
  const { prepared, evaluation, keras, dump } = await bothRuns(keras3, name, { data: { kind: 'sequences', source: dataset, plan }, model, settings: s }, file, `${name}.csv`);
  const worst = await checkEncoded(prepared, dump, s);
  expect(keras.confusion?.flat().reduce((a, b) => a + b, 0)).toBe(prepared.encoded.testRows);
  return { ours: accuracy(evaluation), keras: keras.accuracy ?? 0, worst, bestEpoch: keras.bestEpoch, epochs: keras.epochs, prepared };
}

const settings = (over: Partial<TrainingSettings>): TrainingSettings => ({ ...DEFAULT_SETTINGS, ...over });

describe('train.py on sequences under Keras 3 (JAX)', () => {
  it('grouped recordings padded or cut to 32 steps: the same recordings and steps, accuracy within 0.05', async (ctx) => {
    if (!keras3.python) return ctx.skip(keras3.skipReason);
    const plan: SequencePlan = {
      layout: 'grouped', target: 'label', task: 'classification', features: ['ax', 'ay', 'az'],
      idColumn: 'recording', orderColumn: 't', length: 32, stride: 1,
    };
    const model: ModelDraft = {
      layers: [
        { type: 'conv1d', filters: 8, kernelSize: 3, activation: 'relu' },
        { type: 'globalAveragePooling1d' },
        { type: 'dense', units: 2, activation: 'softmax' },
      ],
    };
    const s = settings({ epochs: 40, batchSize: 8, learningRate: 0.01, earlyStoppingPatience: 10, seed: 4 });
    const r = await compare('recordings', groupedCsv(), plan, model, s);
    // 49 labelled recordings of the 50 (the one without a label takes no side).
    expect(r.prepared.encoded.trainRows + r.prepared.encoded.testRows).toBe(49);
    console.info(`grouped: encoded max |diff| ${r.worst}; accuracy ours ${r.ours}, Keras ${r.keras} (best epoch ${r.bestEpoch} of ${r.epochs})`);
    expect(Math.abs(r.keras - r.ours)).toBeLessThanOrEqual(0.05);
  }, 180_000);

  it('windows of 10 steps every 5 over interleaved machines (ISO time stamps): the same windows, accuracy within 0.05', async (ctx) => {
    if (!keras3.python) return ctx.skip(keras3.skipReason);
    const plan: SequencePlan = {
      layout: 'windows', target: 'state', task: 'classification', features: ['v1', 'v2'],
      idColumn: 'machine', orderColumn: 'time', length: 10, stride: 5,
    };
    const model: ModelDraft = { layers: [{ type: 'flatten' }, { type: 'dense', units: 16, activation: 'relu' }, { type: 'dense', units: 2, activation: 'softmax' }] };
    const s = settings({ epochs: 30, batchSize: 16, learningRate: 0.01, earlyStoppingPatience: 8, seed: 9 });
    const r = await compare('machines', windowsCsv(), plan, model, s);
    console.info(`windows: ${r.prepared.encoded.trainRows} + ${r.prepared.encoded.testRows} windows; encoded max |diff| ${r.worst}; accuracy ours ${r.ours}, Keras ${r.keras}`);
    expect(Math.abs(r.keras - r.ours)).toBeLessThanOrEqual(0.05);
  }, 180_000);
});
