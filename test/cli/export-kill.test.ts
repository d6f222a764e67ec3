/**
 * `train … --out DIR` killed at every point between two file operations of its save
 * (LAYERBENCH_FAULT_PAUSE_EXPORT, src/cli/replace-folder.ts): `predict DIR` afterwards gives
 * exactly the old model's predictions or exactly the new one's, never a mix.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { modelFromFolder, openModelFolder, preprocessingOf } from '../../src/cli/model-folder';
import { parseCsvText } from '../../src/core/data/csv';
import { predictTable } from '../../src/core/experiment/predict';
import { english } from '../../src/core/i18n/translate';
import { buildCli, runCli } from './run-cli';

const BIN = 'bin/layerbench.mjs';
const TRAIN = ['train', 'resources/samples/penguins.csv', '--target', 'species', '--backend', 'cpu'];
const A_ARGS = [...TRAIN, '--epochs', '2', '--seed', '1'];
const B_ARGS = [...TRAIN, '--epochs', '6', '--seed', '7'];

let root = '';
let rows = '';
let predictA = '';
let predictB = '';
/** The save point between the two renames, as the first kill test found it. */
let asideAt = 0;

function predict(dir: string): { code: number | null; stdout: string; stderr: string } {
  return runCli(['predict', dir, rows]);
}

/**
 * What `predict DIR` reads and predicts, in this process (the same model-folder.ts, without
 * starting a CLI per kill point): the classes and probabilities, or the refusal's message.
 */
async function predictHere(dir: string): Promise<{ predictions?: string; refused?: string; notes: readonly string[] }> {
  let folder;
  try {
    folder = openModelFolder(dir);
  } catch (err) {
    return { refused: err instanceof Error ? err.message : String(err), notes: [] };
  }
  const model = await modelFromFolder(folder);
  try {
    const table = await predictTable(model, preprocessingOf(folder), await parseCsvText(readFileSync(rows, 'utf8'), 'rows.csv'));
    return { predictions: JSON.stringify([table.predicted, Array.from(table.probabilities ?? [])]), notes: folder.notes.map((n) => english(n)) };
  } finally {
    model.dispose();
  }
}

/** Trains B into `dir`, paused at save point `n` and killed there; the point's name, or null when the save has fewer points. */
function trainKilledAt(dir: string, n: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...B_ARGS, '--out', dir], {
      env: { ...process.env, LAYERBENCH_FAULT_PAUSE_EXPORT: String(n), LAYERBENCH_FAULT_PAUSE_MS: '60000' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    let point: string | null = null;
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
      const m = /layerbench-fault-pause (\d+) (.*)\n/.exec(stderr);
      if (m && point === null) {
        point = m[2] ?? '';
        child.kill('SIGKILL');
      }
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (point === null && code !== 0) reject(new Error(`train exited ${code}: ${stderr}`));
      else resolve(point);
    });
  });
}

let hereA = '';
let hereB = '';

beforeAll(async () => {
  buildCli();
  await tf.setBackend('cpu');
  root = mkdtempSync(join(tmpdir(), 'layerbench-kill-'));
  rows = join(root, 'rows.csv');
  // Rows of every species, so that two models that differ at all predict differently here.
  const lines = readFileSync('resources/samples/penguins.csv', 'utf8').trim().split('\n');
  writeFileSync(rows, `${[lines[0], ...lines.slice(1).filter((_, i) => i % 7 === 0)].join('\n')}\n`);
  for (const [name, args] of [['A', A_ARGS], ['B', B_ARGS]] as const) {
    const r = runCli([...args, '--out', join(root, name)]);
    if (r.code !== 0) throw new Error(r.stderr);
  }
  predictA = predict(join(root, 'A')).stdout;
  predictB = predict(join(root, 'B')).stdout;
  hereA = (await predictHere(join(root, 'A'))).predictions ?? '';
  hereB = (await predictHere(join(root, 'B'))).predictions ?? '';
}, 120_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('train --out killed during its save', () => {
  it('the two models predict differently on the rows (else the test below could not see a mix)', () => {
    expect(predictA).toMatch(/predicted_species/);
    expect(predictB).toMatch(/predicted_species/);
    expect(predictA).not.toBe(predictB);
    expect(hereA).not.toBe('');
    expect(hereA).not.toBe(hereB);
  });

  it('leaves DIR with exactly the old model or exactly the new one at every point', async () => {
    const seen: string[] = [];
    for (let n = 1; n <= 40; n++) {
      const parent = join(root, `kill-${n}`);
      const dir = join(parent, 'model');
      mkdirSync(parent);
      cpSync(join(root, 'A'), dir, { recursive: true });
      const point = await trainKilledAt(dir, n);
      if (point === null) break;
      seen.push(point);
      // Until the new folder is renamed in, DIR is the old model (put back by predict when it was moved aside).
      const expectNew = /new model moved in|old model removed/.test(point);
      const r = await predictHere(dir);
      expect({ point, refused: r.refused }).toEqual({ point, refused: undefined });
      expect({ point, same: r.predictions === (expectNew ? hereB : hereA) }).toEqual({ point, same: true });
      if (point === 'old model moved aside') expect(r.notes.join(' ')).toMatch(/interrupted; the model it was replacing has been put back/);
      expect(existsSync(dir)).toBe(true);
      rmSync(parent, { recursive: true, force: true });
    }
    asideAt = seen.indexOf('old model moved aside') + 1;
    // Every file half and wholly written, then both renames and the removal: the save has 14 points.
    expect(seen).toContain('half of weights.bin written');
    expect(seen).toContain('manifest.json written');
    expect(seen).toContain('old model moved aside');
    expect(seen).toContain('new model moved in');
    expect(seen.length).toBeGreaterThanOrEqual(14);
  }, 300_000);

  it('after a kill between the two renames, predict puts the old model back, and a later save removes the leftovers', async () => {
    const parent = join(root, 'aside');
    const dir = join(parent, 'model');
    mkdirSync(parent);
    cpSync(join(root, 'A'), dir, { recursive: true });
    expect(asideAt).toBeGreaterThan(0);
    expect(await trainKilledAt(dir, asideAt)).toBe('old model moved aside');
    expect(existsSync(dir)).toBe(false);
    expect(readdirSync(parent).sort().map((n) => n.replace(/-[0-9a-f]{12}$/, ''))).toEqual(['model.old', 'model.tmp']);
    const copy = join(root, 'aside-copy');
    cpSync(parent, copy, { recursive: true });

    const cli = predict(dir);
    expect(cli.code).toBe(0);
    expect(cli.stdout).toBe(predictA);
    expect(cli.stderr).toMatch(/Note: The last save into “.*model” was interrupted; the model it was replacing has been put back\./);
    expect(existsSync(dir)).toBe(true);

    const r = runCli([...B_ARGS, '--out', join(copy, 'model')]);
    expect(r.code).toBe(0);
    expect(readdirSync(copy)).toEqual(['model']);
    expect(predict(join(copy, 'model')).stdout).toBe(predictB);
  }, 120_000);

  it('refuses a folder whose files come from two models, naming the file', () => {
    const mixed = join(root, 'mixed');
    cpSync(join(root, 'A'), mixed, { recursive: true });
    for (const name of ['model.json', 'weights.bin']) cpSync(join(root, 'B', name), join(mixed, name));
    const r = predict(mixed);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/Error: (model\.json|weights\.bin) in “.*mixed” does not belong to this model: it was changed or replaced/);
  });

  it('refuses a cut-short weights.bin as too short, and never shows an errno as the message', () => {
    const cut = join(root, 'cut');
    cpSync(join(root, 'A'), cut, { recursive: true });
    const bytes = readFileSync(join(cut, 'weights.bin'));
    writeFileSync(join(cut, 'weights.bin'), bytes.subarray(0, 64));
    const r = predict(cut);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/weights\.bin in “.*cut” does not belong to this model: it is shorter than when the model was saved \(64 of [\d,]+ bytes\)/);
    expect(r.stderr).not.toMatch(/model\.json/);
    const dirAsWeights = join(root, 'dir-weights');
    cpSync(join(root, 'A'), dirAsWeights, { recursive: true });
    rmSync(join(dirAsWeights, 'weights.bin'));
    mkdirSync(join(dirAsWeights, 'weights.bin'));
    const d = spawnSync(process.execPath, [BIN, 'predict', dirAsWeights, rows], { encoding: 'utf8' });
    expect(d.status).toBe(1);
    expect(d.stderr).toMatch(/weights\.bin in “.*” is a folder, not a file/);
    expect(d.stderr).not.toMatch(/\bE[A-Z]{3,}\b/);
  });
});
