/** `layerbench train … --out DIR` through the built CLI: the four files, loadable by tfjs. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadModelFolder } from '../../src/cli/model-folder';

const BIN = 'bin/layerbench.mjs';
let root = '';

beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build-cli.mjs'], { stdio: 'inherit' });
  root = mkdtempSync(join(tmpdir(), 'layerbench-out-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('layerbench train --out', () => {
  it('writes model.json, weights.bin, preprocessing.json, model.py and manifest.json atomically (no temporary folder left)', async () => {
    const out = join(root, 'penguins-model');
    const r = spawnSync(process.execPath, [BIN, 'train', 'resources/samples/penguins.csv', '--target', 'species', '--epochs', '3', '--backend', 'cpu', '--out', out, '--json'], { encoding: 'utf8', timeout: 120_000 });
    expect(r.stderr).not.toMatch(/Error/);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout.trim().split('\n').pop() ?? '') as { out: string; classes: string[] };
    expect(report.out).toBe(out);
    expect(readdirSync(out).sort()).toEqual(['manifest.json', 'model.json', 'model.py', 'preprocessing.json', 'requirements.txt', 'train.py', 'weights.bin']);
    expect(readdirSync(root)).toEqual(['penguins-model']);
    const pre = JSON.parse(readFileSync(join(out, 'preprocessing.json'), 'utf8')) as { format: string; task: string; output: { classes: string[] }; inputShape: unknown[] };
    expect(pre).toMatchObject({ format: 'layerbench-preprocessing', task: 'classification', inputShape: [null, 10] });
    expect(pre.output.classes).toEqual(report.classes);
    await tf.setBackend('cpu');
    const model = await loadModelFolder(out);
    expect(model.outputs[0]?.shape).toEqual([null, 3]);
    model.dispose();
  });

  it('says so plainly when the folder cannot be written', () => {
    // A folder inside a plain file cannot be created (ENOTDIR).
    const file = join(root, 'a-file');
    writeFileSync(file, 'x');
    const r = spawnSync(process.execPath, [BIN, 'train', 'resources/samples/penguins.csv', '--epochs', '1', '--backend', 'cpu', '--out', join(file, 'model')], { encoding: 'utf8', timeout: 120_000 });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/Cannot write the model into “.*model”: “.*a-file” is a file, not a folder\./);
    expect(r.stdout).toBe(''); // refused before training, which prints "training on …" first
    expect(readFileSync(file, 'utf8')).toBe('x');
  });

  it('refuses, before training, to replace a folder of the user\'s own files, and replaces a model folder whole', () => {
    const mine = join(root, 'my-folder');
    mkdirSync(mine);
    writeFileSync(join(mine, 'notes.txt'), 'keep me');
    const r = spawnSync(process.execPath, [BIN, 'train', 'resources/samples/penguins.csv', '--epochs', '1', '--backend', 'cpu', '--out', mine], { encoding: 'utf8', timeout: 120_000 });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/Cannot write the model into “.*my-folder”: that folder already holds files that are not a Layerbench model \(notes\.txt\), and Layerbench never replaces those/);
    expect(r.stdout).toBe(''); // nothing trained: "training on …" is the first line of a run
    expect(readdirSync(mine)).toEqual(['notes.txt']);

    const out = join(root, 'penguins-model');
    const before = readFileSync(join(out, 'manifest.json'), 'utf8');
    const again = spawnSync(process.execPath, [BIN, 'train', 'resources/samples/penguins.csv', '--epochs', '2', '--seed', '9', '--backend', 'cpu', '--out', out], { encoding: 'utf8', timeout: 120_000 });
    expect(again.status).toBe(0);
    expect(readFileSync(join(out, 'manifest.json'), 'utf8')).not.toBe(before);
    expect(readdirSync(root).sort()).toEqual(['a-file', 'my-folder', 'penguins-model']);
  });
});
