import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../../src/core/errors';
import { imageSampleFolder, listSamples, loadSample, resolveSamplesDir } from '../../../../electron/main/services/samples';

const entries = [
  { id: 'iris', title: 'Iris', description: 'Flowers', task: 'classification', fileName: 'iris.csv', target: 'species' },
  { id: 'housing', title: 'Housing', description: 'Prices', task: 'regression', fileName: 'housing.tsv' },
  { id: 'shapes', kind: 'images', title: 'Shapes', description: 'Circles and squares', task: 'classification', folder: 'shapes' },
];

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'layerbench-samples-'));
  mkdirSync(join(dir, 'ok'));
  writeFileSync(join(dir, 'ok', 'index.json'), JSON.stringify({ samples: entries }));
  writeFileSync(join(dir, 'ok', 'iris.csv'), 'sepal,species\n5.1,setosa\n');
  writeFileSync(join(dir, 'secret.csv'), 'do not read');
  mkdirSync(join(dir, 'tampered'));
  writeFileSync(join(dir, 'tampered', 'index.json'), JSON.stringify([{ ...entries[0], fileName: '../secret.csv' }]));
  mkdirSync(join(dir, 'broken'));
  writeFileSync(join(dir, 'broken', 'index.json'), '{ not json');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected a rejection');
}

describe('resolveSamplesDir', () => {
  const where = { isPackaged: false, resourcesPath: '/opt/Layerbench/resources', rendererRoot: join('/app', 'out', 'renderer'), appRoot: '/app' };

  it('prefers the renderer build copy and falls back to resources/samples when not packaged', () => {
    const built = join('/app', 'out', 'renderer', 'samples');
    const source = join('/app', 'resources', 'samples');
    expect(resolveSamplesDir(where, (p) => p === join(built, 'index.json'))).toBe(built);
    expect(resolveSamplesDir(where, () => false)).toBe(source);
  });

  it('uses the folder beside app.asar in a packaged app, whatever else exists', () => {
    expect(resolveSamplesDir({ ...where, isPackaged: true }, () => true)).toBe(join('/opt/Layerbench/resources', 'samples'));
  });
});

describe('listSamples', () => {
  it('reads and validates index.json', async () => {
    const samples = await listSamples(join(dir, 'ok'));
    expect(samples.map((s) => s.id)).toEqual(['iris', 'housing', 'shapes']);
    expect(samples[0]?.target).toBe('species');
  });

  it('reports a missing or damaged index in plain words', async () => {
    expect((await rejection(listSamples(join(dir, 'nowhere')))).code).toBe('samples/missing');
    expect((await rejection(listSamples(join(dir, 'broken')))).code).toBe('samples/index-invalid');
    // A file name with a path in it never reaches the file system.
    expect((await rejection(listSamples(join(dir, 'tampered')))).code).toBe('samples/index-invalid');
  });
});

describe('loadSample', () => {
  it('loads a listed sample by id', async () => {
    const file = await loadSample(join(dir, 'ok'), 'iris');
    expect(file.name).toBe('iris.csv');
    expect(new TextDecoder().decode(file.bytes)).toBe('sepal,species\n5.1,setosa\n');
  });

  it('refuses ids that are not in the index, including path-like ones', async () => {
    for (const id of ['penguins', '../secret', 'iris.csv', '']) {
      const err = await rejection(loadSample(join(dir, 'ok'), id));
      expect(err.code).toBe('samples/unknown');
    }
  });

  it('says so when a listed file is missing', async () => {
    const err = await rejection(loadSample(join(dir, 'ok'), 'housing'));
    expect(err.code).toBe('dataset/unreadable');
    expect(err.message).toContain('“housing.tsv”');
  });
});

describe('image samples', () => {
  it('gives the folder of an image sample, and refuses to load it as a table', async () => {
    expect(await imageSampleFolder(join(dir, 'ok'), 'shapes')).toEqual({ path: join(dir, 'ok', 'shapes'), name: 'shapes' });
    expect((await rejection(loadSample(join(dir, 'ok'), 'shapes'))).code).toBe('samples/not-a-table');
    expect((await rejection(imageSampleFolder(join(dir, 'ok'), 'iris'))).code).toBe('samples/unknown');
  });
});
