/**
 * Candidate defaults for the table network, trained in one process on the same prepared data
 * (no CLI start-up per run): used to choose DEFAULT_SETTINGS and the table template, not part
 * of any test. Writes one JSON line per (table, seed, candidate) to .tmp/quality/sweep.jsonl
 * (bench/quality/summarise-sweep.mjs compares them with scikit-learn), with the linear baseline
 * our engine trains (src/core/evaluate/linear-baseline.ts) once per table and seed.
 * After a change of the defaults, `before` keeps the old template and settings.
 *
 *   node --import tsx bench/quality/sweep.ts [candidate …] [--tables a,b] [--seeds 42,1]
 */
import '@tensorflow/tfjs-backend-wasm';
import { appendFileSync, mkdirSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs';
import { openData, kindPlanOf, kindRunOf } from '../../src/cli/open-data';
import { analysePlan, proposeModel } from '../../src/core/pipeline/analyse';
import { requireBackend } from '../../src/cli/backends';
import { runPipeline } from '../../src/core/pipeline/run';
import { DEFAULT_SETTINGS } from '../../src/core/train/settings';
import type { LayerSpec } from '../../src/core/model/types';
import type { TrainingSettings } from '../../src/core/train/types';
import type { Evaluation } from '../../src/core/evaluate/types';
import { SEEDS, TABLES } from './tables.mjs';

interface Candidate {
  /** The hidden layers; the head the data needs is added after them. */
  readonly layers: readonly LayerSpec[];
  readonly settings: Partial<TrainingSettings>;
}

const relu = (units: number, l2?: number): LayerSpec => ({ type: 'dense', units, activation: 'relu', ...(l2 !== undefined ? { kernelRegularizer: { l2 } } : {}) });
const dropout = (rate: number): LayerSpec => ({ type: 'dropout', rate });

/** Before: the template and settings up to this study (50 epochs, patience 10, no penalty). */
const BEFORE = { epochs: 50, earlyStoppingPatience: 10 };
const e = (epochs: number, earlyStoppingPatience: number, more: Partial<TrainingSettings> = {}): Partial<TrainingSettings> => ({ epochs, earlyStoppingPatience, ...more });

const CANDIDATES: Record<string, Candidate> = {
  before: { layers: [relu(64), relu(32)], settings: BEFORE },
  e200p20: { layers: [relu(64), relu(32)], settings: e(200, 20) },
  'e200p20-drop': { layers: [relu(64), dropout(0.2), relu(32), dropout(0.2)], settings: e(200, 20) },
  'e200p20-l2': { layers: [relu(64, 0.001), relu(32, 0.001)], settings: e(200, 20) },
  'l2-e50': { layers: [relu(64, 0.001), relu(32, 0.001)], settings: BEFORE },
  // The one chosen: src/core/model/templates.ts and DEFAULT_SETTINGS.
  'l2-e100p20': { layers: [relu(64, 0.001), relu(32, 0.001)], settings: e(100, 20) },
  'l2x10-e200p20': { layers: [relu(64, 0.01), relu(32, 0.01)], settings: e(200, 20) },
  'l2-e300p30': { layers: [relu(64, 0.001), relu(32, 0.001)], settings: e(300, 30) },
  'l2-lr3e-3-e100p15': { layers: [relu(64, 0.001), relu(32, 0.001)], settings: e(100, 15, { learningRate: 0.003 }) },
};

function score(ev: Evaluation): number {
  return ev.task === 'classification' ? ev.accuracy : ev.r2;
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const flagValues = new Set([arg('--tables'), arg('--seeds'), arg('--out')]);
  const names = process.argv.slice(2).filter((a) => !a.startsWith('--') && !flagValues.has(a));
  const chosen = names.length > 0 ? names : Object.keys(CANDIDATES);
  const tables = arg('--tables')?.split(',');
  const seeds = arg('--seeds')?.split(',').map(Number) ?? SEEDS;
  const out = arg('--out') ?? '.tmp/quality/sweep.jsonl';
  mkdirSync('.tmp/quality', { recursive: true });
  await requireBackend('wasm');
  for (const table of TABLES.filter((t) => !tables || tables.includes(t.name))) {
    const data = await openData(table.file, { target: table.target });
    for (const seed of seeds) {
      let first = true;
      for (const name of chosen) {
        const c = CANDIDATES[name];
        if (!c) throw new Error(`no candidate ${name}`);
        const settings: TrainingSettings = { ...DEFAULT_SETTINGS, ...c.settings, seed };
        const run = kindRunOf(data);
        const proposed = proposeModel(analysePlan(kindPlanOf(data), settings))?.layers ?? [];
        const head = proposed[proposed.length - 1];
        if (!head) throw new Error(`no model for ${table.name}`);
        const started = Date.now();
        // The linear baseline depends on the data and the seed only: trained with the first candidate.
        const result = await runPipeline({ data: run, model: { layers: [...c.layers, head] }, settings, linearBaseline: first });
        const line: Record<string, unknown> = {
          table: table.name, seed, candidate: name, task: result.evaluation.task,
          score: score(result.evaluation), epochs: result.outcome.history.length, bestEpoch: result.outcome.bestEpoch,
          params: result.prepared.report.totalParams, ms: Date.now() - started,
        };
        const linear = result.evaluation.linear;
        if (linear) line.linear = 'accuracy' in linear ? linear.accuracy : linear.r2;
        first = false;
        result.model.dispose();
        appendFileSync(out, `${JSON.stringify(line)}\n`);
        console.log(JSON.stringify(line));
      }
    }
  }
  console.log('tensors left', tf.memory().numTensors);
}

await main();
