/**
 * Export → files in a folder → served over http → tf.loadLayersModel('http://…/model.json'):
 * the loaded model predicts what the app's model predicts.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { experimentFileName, modelExportFiles } from '../../../src/core/experiment/export';
import { checkManifestEntry, parseManifest } from '../../../src/core/experiment/manifest';
import { predictTable } from '../../../src/core/experiment/predict';
import { modelFromWeights } from '../../../src/core/experiment/weights';
import { preprocessingSchema } from '../../../src/core/experiment/schema';
import { trainSmall, type Trained } from './fixtures';

let t: Trained;
let dir = '';
let server: Server;
let base = '';

beforeAll(async () => {
  t = await trainSmall('resources/samples/auto-mpg.csv', 'mpg');
  dir = mkdtempSync(join(tmpdir(), 'layerbench-export-'));
  for (const f of modelExportFiles(t.record, t.weights)) writeFileSync(join(dir, f.name), f.data);
  server = createServer((req, res) => {
    try {
      const body = readFileSync(join(dir, (req.url ?? '').replace(/^\//, '')));
      res.writeHead(200).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  t.model.dispose();
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

describe('model export', () => {
  it('writes the six files and their manifest, in the tfjs Layers format and the documented preprocessing format', () => {
    const files = modelExportFiles(t.record, t.weights);
    expect(files.map((f) => f.name)).toEqual(['model.json', 'weights.bin', 'preprocessing.json', 'model.py', 'train.py', 'requirements.txt', 'manifest.json']);
    const modelJson = JSON.parse(files[0]!.data as string) as { format: string; weightsManifest: { paths: string[] }[] };
    expect(modelJson.format).toBe('layers-model');
    expect(modelJson.weightsManifest[0]!.paths).toEqual(['weights.bin']);
    expect((files[1]!.data as Uint8Array).byteLength).toBe(t.weights.weightData.byteLength);
    const pre = JSON.parse(files[2]!.data as string) as { format: string; version: number; preprocessing: unknown; output: { kind: string } };
    expect(pre.format).toBe('layerbench-preprocessing');
    expect(pre.version).toBe(1);
    expect(pre.output.kind).toBe('standardised-value');
    expect(preprocessingSchema.parse(pre.preprocessing)).toEqual(t.record.preprocessing);
    expect(files[3]!.data as string).toMatch(/keras\.Sequential\(\[/);
    // manifest.json lists the other six exactly as written: each one passes its check.
    const manifest = parseManifest(files[6]!.data as string, 'out');
    expect(manifest.files.map((f) => f.name)).toEqual(['model.json', 'weights.bin', 'preprocessing.json', 'model.py', 'train.py', 'requirements.txt']);
    manifest.files.forEach((entry, i) => {
      const data = files[i]!.data;
      expect(() => checkManifestEntry(entry, typeof data === 'string' ? new TextEncoder().encode(data) : data, 'out')).not.toThrow();
    });
    expect(experimentFileName(t.record)).toMatch(/^auto-mpg-mlp-2026-11-2[34]-\d{4}$/);
  });

  it('loads with tf.loadLayersModel over http and predicts what the app predicts (1e-6)', async () => {
    const loaded = await tf.loadLayersModel(`${base}/model.json`);
    const pre = t.record.preprocessing!;
    const fromHttp = await predictTable(loaded, pre, t.dataset);
    const inApp = await predictTable(t.model, pre, t.dataset);
    const stored = await modelFromWeights(t.weights);
    const fromStore = await predictTable(stored, pre, t.dataset);
    expect(fromHttp.rows).toBe(t.dataset.rowCount);
    for (let r = 0; r < fromHttp.rows; r++) {
      expect(Math.abs(fromHttp.values![r]! - inApp.values![r]!)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(inApp.values![r]!)));
      expect(fromStore.values![r]).toBe(fromHttp.values![r]);
    }
    loaded.dispose();
    stored.dispose();
  });
});
