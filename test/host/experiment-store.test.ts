import 'fake-indexeddb/auto'; // idb needs the IDB* classes as globals; each test still gets its own factory
import { english, translator } from '../../src/core/i18n/translate';
import * as tf from '@tensorflow/tfjs';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { AppError, type AppErrorInfo } from '../../src/core/errors';
import type { ClassificationEvaluation } from '../../src/core/evaluate/types';
import { newExperimentRecord } from '../../src/core/experiment/record';
import type { ExperimentRecord, ExperimentStore, StoredWeights } from '../../src/core/experiment/types';
import { weightsFromModel } from '../../src/core/experiment/weights';
import { DEFAULT_SETTINGS } from '../../src/core/train/settings';
import { EXPERIMENT_DB_NAME, EXPERIMENT_DB_VERSION, openExperimentStore } from '../../src/host/experiment-store';
import { createMemoryExperimentStore } from '../../src/host/memory-experiment-store';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

function record(id: string, createdAt: number, patch: Partial<ExperimentRecord> = {}): ExperimentRecord {
  const base = newExperimentRecord({
    id,
    now: createdAt,
    dataset: { name: 'penguins.csv', kind: 'table', rows: 344, sizeBytes: 13_478, fingerprint: 'ab'.repeat(32) },
    task: 'classification',
    plan: { target: 'species', features: ['bill_length_mm', 'island'], task: 'classification' },
    model: { layers: [{ type: 'dense', units: 8, activation: 'relu' }, { type: 'dense', units: 3, activation: 'softmax' }] },
    settings: DEFAULT_SETTINGS,
  });
  return { ...base, ...patch };
}

const epochs = (n: number) => Array.from({ length: n }, (_, i) => ({ epoch: i + 1, loss: 1 / (i + 1), elapsedMs: 10 * (i + 1) }));

const evaluation: ClassificationEvaluation = {
  task: 'classification',
  rows: 3,
  classes: ['Adelie', 'Gentoo'],
  confusion: [[2, 0], [1, 0]],
  accuracy: 2 / 3,
  perClass: [
    { label: 'Adelie', precision: 2 / 3, recall: 1, f1: 0.8, support: 2 },
    { label: 'Gentoo', precision: 0, recall: 0, f1: 0, support: 1 },
  ],
  macroF1: 0.4,
  baseline: { label: 'Adelie', accuracy: 2 / 3 },
  predictions: { actual: Int32Array.from([0, 0, 1]), predicted: Int32Array.from([0, 0, 0]), confidence: Float32Array.from([0.9, 0.8, 0.6]) },
};

/** A real tfjs model's weights, every value set to `value` so that which save is stored can be told. */
async function weightsOf(value: number, epoch: number): Promise<StoredWeights> {
  const model = tf.sequential({ layers: [tf.layers.dense({ units: 2, inputShape: [3] })] });
  model.setWeights(model.getWeights().map((w) => tf.fill(w.shape, value)));
  try {
    return await weightsFromModel(model, epoch);
  } finally {
    model.dispose();
  }
}

const valuesOf = (w: StoredWeights | undefined) => Array.from(new Float32Array(w?.weightData ?? new ArrayBuffer(0)));

interface Backing {
  open(): Promise<ExperimentStore>;
  /** A fresh handle on the same data, as after restarting the app (the memory store: the same one). */
  reopen(): Promise<ExperimentStore>;
}

function indexedDbBacking(onCorrupt?: (p: AppErrorInfo) => void): Backing {
  const factory = new IDBFactory();
  return {
    open: () => openExperimentStore(factory, { ...(onCorrupt ? { onCorrupt } : {}) }),
    reopen: () => openExperimentStore(factory, { ...(onCorrupt ? { onCorrupt } : {}) }),
  };
}

function memoryBacking(): Backing {
  const store = createMemoryExperimentStore();
  return { open: async () => store, reopen: async () => store };
}

describe.each([
  ['IndexedDB', () => indexedDbBacking()],
  ['memory', memoryBacking],
])('%s experiment store', (_name, makeBacking) => {
  it('puts and gets records and weights, lists newest first, and keeps typed arrays', async () => {
    const backing = makeBacking();
    const store = await backing.open();
    const weights = await weightsOf(0.5, 3);
    await store.put(record('old', 1000, { history: epochs(3) }));
    await store.put(record('new', 2000, { status: 'completed', history: epochs(3), evaluation, bestEpoch: 3 }), weights);
    await store.put(record('mid', 1500));

    const again = await backing.reopen();
    expect((await again.list()).map((r) => r.id)).toEqual(['new', 'mid', 'old']);
    const got = await again.get('new');
    expect(got?.hasWeights).toBe(true); // set because weights were written with it
    expect(got?.history).toEqual(epochs(3));
    const ev = got?.evaluation as ClassificationEvaluation;
    expect(ev.predictions.actual).toBeInstanceOf(Int32Array);
    expect(Array.from(ev.predictions.predicted)).toEqual([0, 0, 0]);
    expect(ev.predictions.confidence[2]).toBeCloseTo(0.6, 6);

    const back = await again.getWeights('new');
    expect(back?.epoch).toBe(3);
    expect(back?.weightSpecs.map((s) => s.shape)).toEqual([[3, 2], [2]]);
    expect(valuesOf(back)).toEqual(Array(8).fill(0.5));
    expect(await again.getWeights('old')).toBeUndefined();
    expect(await again.get('nope')).toBeUndefined();
  });

  it('a put without weights keeps the stored weights', async () => {
    const store = await makeBacking().open();
    await store.put(record('a', 1), await weightsOf(1, 1));
    await store.put(record('a', 1, { history: epochs(2), hasWeights: true }));
    expect((await store.get('a'))?.history).toHaveLength(2);
    expect(valuesOf(await store.getWeights('a'))).toEqual(Array(8).fill(1));
  });

  it('renames and writes notes; rejects an unknown id and an empty name', async () => {
    const store = await makeBacking().open();
    await store.put(record('a', 1));
    const renamed = await store.update('a', { name: '  First try  ' });
    expect(renamed.name).toBe('First try');
    const noted = await store.update('a', { notes: 'bigger batch next' });
    expect(noted).toMatchObject({ name: 'First try', notes: 'bigger batch next' });
    expect(await store.get('a')).toMatchObject({ name: 'First try', notes: 'bigger batch next' });

    await expect(store.update('missing', { name: 'x' })).rejects.toMatchObject({ code: 'experiment/not-found' });
    await expect(store.update('a', { name: '   ' })).rejects.toBeInstanceOf(AppError);
    expect((await store.get('a'))?.name).toBe('First try');
  });

  it('removes a record with its weights and restores both (undo)', async () => {
    const backing = makeBacking();
    const store = await backing.open();
    const original = record('a', 1, { history: epochs(2) });
    await store.put(original, await weightsOf(2, 2));
    await store.put(record('b', 2));

    const removed = await store.remove('a');
    expect(removed?.record.id).toBe('a');
    expect(valuesOf(removed?.weights)).toEqual(Array(8).fill(2));
    expect(await store.get('a')).toBeUndefined();
    expect(await store.getWeights('a')).toBeUndefined();
    expect((await store.list()).map((r) => r.id)).toEqual(['b']);
    expect(await store.remove('a')).toBeUndefined();

    await store.put(removed!.record, removed!.weights);
    const again = await backing.reopen();
    expect(await again.get('a')).toEqual({ ...original, hasWeights: true });
    expect(valuesOf(await again.getWeights('a'))).toEqual(Array(8).fill(2));
  });

  it('a put that cannot be cloned (DataCloneError) leaves the previous record and weights', async () => {
    const store = await makeBacking().open();
    await store.put(record('a', 1, { history: epochs(1) }), await weightsOf(1, 1));
    const good = await weightsOf(9, 5);
    const unclonable: StoredWeights = { ...good, modelTopology: { build: () => 'a function cannot be stored' } };
    await expect(store.put(record('a', 1, { history: epochs(5) }), unclonable)).rejects.toMatchObject({ name: 'DataCloneError' });
    expect((await store.get('a'))?.history).toHaveLength(1);
    expect(valuesOf(await store.getWeights('a'))).toEqual(Array(8).fill(1));
  });

  it('saveRun replaces the run\'s fields and keeps the name and notes the user gave meanwhile', async () => {
    const store = await makeBacking().open();
    const started = record('r', 1, { updatedAt: 1 });
    await store.put(started);
    await store.update('r', { name: 'Wide net', notes: 'try dropout' });
    const { version: _v, id: _i, name: _n, notes: _o, createdAt: _c, ...run } = started;
    const saved = await store.saveRun('r', { ...run, history: epochs(2), updatedAt: 5, backend: { backend: 'cpu', label: 'CPU', reason: 'test' } }, await weightsOf(4, 2));
    expect(saved).toMatchObject({ name: 'Wide net', notes: 'try dropout', history: epochs(2), hasWeights: true, createdAt: 1 });
    expect(await store.get('r')).toEqual(saved);
    expect(valuesOf(await store.getWeights('r'))).toEqual(Array(8).fill(4));
    // Even a run that still carries its old name and notes cannot write them back.
    const stale = { ...run, name: 'old name', notes: '', status: 'completed' as const, history: epochs(3), updatedAt: 6 };
    expect(await store.saveRun('r', stale)).toMatchObject({ name: 'Wide net', notes: 'try dropout', status: 'completed', hasWeights: false });
    expect(valuesOf(await store.getWeights('r'))).toEqual(Array(8).fill(4)); // no weights given: left as they are
  });

  it('saveRun does not bring back a deleted record, and "drop" deletes the weights', async () => {
    const store = await makeBacking().open();
    const started = record('r', 1);
    const { version: _v, id: _i, name: _n, notes: _o, createdAt: _c, ...run } = started;
    await store.put(started, await weightsOf(1, 1));
    await store.remove('r');
    expect(await store.saveRun('r', { ...run, history: epochs(2) }, await weightsOf(2, 2))).toBeUndefined();
    expect(await store.get('r')).toBeUndefined();
    expect(await store.getWeights('r')).toBeUndefined();
    expect(await store.list()).toEqual([]);

    await store.put(started, await weightsOf(1, 1));
    const dropped = await store.saveRun('r', { ...run, hasWeights: true, weightsNotKept: 'The trained model was not kept.' }, 'drop');
    expect(dropped).toMatchObject({ hasWeights: false, weightsNotKept: 'The trained model was not kept.' });
    expect(await store.getWeights('r')).toBeUndefined();
  });

  it('marks runs left running as interrupted, once, keeping their weights', async () => {
    const store = await makeBacking().open();
    await store.put(record('r', 1, { history: epochs(7) }), await weightsOf(3, 6));
    await store.put(record('c', 2, { status: 'completed', history: epochs(50) }));
    expect(await store.markInterrupted(5000)).toBe(1);
    const r = await store.get('r');
    expect(r).toMatchObject({ status: 'interrupted', updatedAt: 5000 });
    expect(typeof r?.statusText === 'object' ? english(r.statusText) : r?.statusText).toBe('Interrupted at epoch 7 of 100 (window closed)');
    expect((await store.get('c'))?.status).toBe('completed');
    expect(valuesOf(await store.getWeights('r'))).toEqual(Array(8).fill(3));
    expect(await store.markInterrupted(6000)).toBe(0);
  });
});

describe('IndexedDB experiment store', () => {
  it('a transaction that dies after writing the record, before the weights, leaves the previous record and weights', async () => {
    const backing = indexedDbBacking();
    const store = await backing.open();
    await store.put(record('a', 1, { history: epochs(1) }), await weightsOf(1, 1));
    const newer = await weightsOf(7, 4);

    // The crash: the record's put has been issued; the weights' put kills the transaction.
    const put = IDBObjectStore.prototype.put;
    let recordWritten = false;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
      if (this.name === 'weights') {
        this.transaction.abort();
        throw new DOMException('simulated crash', 'AbortError');
      }
      recordWritten = true;
      return put.call(this, value, key);
    });
    await expect(store.put(record('a', 1, { history: epochs(4) }), newer)).rejects.toThrow();
    expect(recordWritten).toBe(true);
    vi.restoreAllMocks();

    const again = await backing.reopen();
    expect((await again.get('a'))?.history).toHaveLength(1);
    expect((await again.getWeights('a'))?.epoch).toBe(1);
    expect(valuesOf(await again.getWeights('a'))).toEqual(Array(8).fill(1));
  });

  it('skips and reports corrupt records and weights instead of failing', async () => {
    const problems: AppErrorInfo[] = [];
    const factory = new IDBFactory();
    const store = await openExperimentStore(factory, { onCorrupt: (p) => problems.push(p) });
    await store.put(record('good', 1));
    await rawPut(factory, 'experiments', { id: 'bad', name: 'Broken run', createdAt: 2, status: 'completed' });
    await rawPut(factory, 'weights', { modelTopology: {}, weightSpecs: [{ name: 'k', shape: [2], dtype: 'float32' }], weightData: new ArrayBuffer(4), epoch: 1 }, 'good');

    expect((await store.list()).map((r) => r.id)).toEqual(['good']);
    expect(await store.get('bad')).toBeUndefined();
    expect(await store.getWeights('good')).toBeUndefined();
    expect(problems.map((p) => p.code)).toEqual(['experiment/corrupt-record', 'experiment/corrupt-record', 'experiment/corrupt-weights']);
    expect(problems[0]?.message).toContain('“Broken run”');
    // The user can still delete it.
    expect(await store.remove('bad')).toBeUndefined();
    expect(await rawCount(factory)).toBe(1);
  });

  it('a run save whose weights cannot be written keeps the previous record and weights', async () => {
    const store = await indexedDbBacking().open();
    const started = record('a', 1, { history: epochs(1) });
    const { version: _v, id: _i, name: _n, notes: _o, createdAt: _c, ...run } = started;
    await store.put(started, await weightsOf(1, 1));
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
      if (this.name === 'weights') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.call(this, value, key);
    });
    await expect(store.saveRun('a', { ...run, history: epochs(4) }, await weightsOf(7, 4))).rejects.toMatchObject({ name: 'QuotaExceededError' });
    vi.restoreAllMocks();
    expect((await store.get('a'))?.history).toHaveLength(1);
    expect(valuesOf(await store.getWeights('a'))).toEqual(Array(8).fill(1));
  });

  it('lists damaged records with what can be read of them, and deletes them', async () => {
    const factory = new IDBFactory();
    const store = await openExperimentStore(factory, { onCorrupt: () => undefined });
    await store.put(record('good', 1));
    await rawPut(factory, 'experiments', { id: 'bad', name: 'Broken run', createdAt: Date.UTC(2026, 0, 5), status: 'running', version: 1 });
    await rawPut(factory, 'experiments', { ...record('wrong', 3), history: 'not a list', status: 'sleeping' });
    await rawPut(factory, 'experiments', { ...record('newer', 4), version: 2 });
    await rawPut(factory, 'weights', (await weightsOf(1, 1)), 'bad');

    const damaged = await store.listDamaged();
    expect(damaged.map((d) => d.id).sort()).toEqual(['bad', 'newer', 'wrong']);
    const bad = damaged.find((d) => d.id === 'bad');
    expect(bad).toMatchObject({ name: 'Broken run', createdAt: Date.UTC(2026, 0, 5) });
    expect(bad && english(bad.problem)).toBe('Parts of it are missing: its notes, the date of its last change, the dataset it used, its task, and 5 more.');
    expect(bad && translator('ko')(bad.problem)).toBe('일부가 없습니다: 메모, 마지막 변경 날짜, 사용한 데이터셋, 작업 유형 및 그 밖의 5개.');
    expect(bad?.detail).toContain('dataset');
    expect(english(damaged.find((d) => d.id === 'wrong')!.problem)).toBe('Parts of it cannot be read: its status and its curves.');
    expect(english(damaged.find((d) => d.id === 'newer')!.problem)).toBe('It was saved by a newer version of Layerbench, which this one cannot read.');
    // Start-up marks only the readable run: the damaged one would stay "running" for ever if it could not be deleted.
    expect(await store.markInterrupted(10)).toBe(1);
    expect(await rawGet(factory, 'experiments', 'bad')).toMatchObject({ status: 'running' });

    expect(await store.remove('bad')).toBeUndefined(); // nothing to undo: it cannot be read back
    expect((await store.listDamaged()).map((d) => d.id).sort()).toEqual(['newer', 'wrong']);
    expect(await rawGet(factory, 'weights', 'bad')).toBeUndefined();
    expect((await store.list()).map((r) => r.id)).toEqual(['good']);
  });

  it('describes a record with almost nothing in it under its key, and deletes it by that key', async () => {
    const factory = new IDBFactory();
    const store = await openExperimentStore(factory, { onCorrupt: () => undefined });
    await rawPut(factory, 'experiments', { id: 42 });
    const damaged = await store.listDamaged();
    expect(damaged).toEqual([expect.objectContaining({ id: '42' })]);
    expect(english(damaged[0]!.problem)).toBe('Parts of it are missing (its format version, its name, its notes, its date, and 9 more) and others cannot be read (its id).');
    await store.remove('42'); // its Delete button gives the key as text
    expect(await store.listDamaged()).toEqual([]);
    expect(await rawCount(factory)).toBe(0);
  });

  it('says so in plain words when there is no IndexedDB', async () => {
    vi.stubGlobal('indexedDB', undefined);
    await expect(openExperimentStore()).rejects.toMatchObject({ code: 'experiment/store-unavailable' });
  });

  it('uses the global IndexedDB by default', async () => {
    const store = await openExperimentStore();
    await store.put(record('global', 1));
    expect((await (await openExperimentStore()).get('global'))?.id).toBe('global');
  });
});

function rawOpen(factory: IDBFactory): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open(EXPERIMENT_DB_NAME, EXPERIMENT_DB_VERSION);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function rawPut(factory: IDBFactory, storeName: string, value: unknown, key?: string): Promise<void> {
  const db = await rawOpen(factory);
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction(storeName, 'readwrite');
    tx.objectStore(storeName).put(value, key);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

async function rawGet(factory: IDBFactory, storeName: string, key: string): Promise<unknown> {
  const db = await rawOpen(factory);
  const value = await new Promise<unknown>((resolve, reject) => {
    const request = db.transaction(storeName).objectStore(storeName).get(key);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  db.close();
  return value;
}

async function rawCount(factory: IDBFactory): Promise<number> {
  const db = await rawOpen(factory);
  const count = await new Promise<number>((resolve, reject) => {
    const request = db.transaction('experiments').objectStore('experiments').count();
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  db.close();
  return count;
}
