import 'fake-indexeddb/auto';
import { appErrorInfo } from '../../src/core/errors';
import * as tf from '@tensorflow/tfjs';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AppErrorInfo } from '../../src/core/errors';
import { msg, type Message } from '../../src/core/i18n/message';
import { english, translator } from '../../src/core/i18n/translate';
import type { RegressionEvaluation } from '../../src/core/evaluate/types';
import type { ExperimentRecord, ExperimentStore, StoredWeights } from '../../src/core/experiment/types';
import { DEFAULT_SETTINGS } from '../../src/core/train/settings';
import type { EpochMetrics, TrainingOutcome } from '../../src/core/train/types';
import { openExperimentStore } from '../../src/host/experiment-store';
import { createMemoryExperimentStore } from '../../src/host/memory-experiment-store';
import { createExperimentRecorder, type RecorderStart } from '../../src/workers/experiment-recorder';

/** A record's words in English, whether it holds a message or text from before messages. */
function textOf(text: Message | string | undefined): string | undefined {
  return text === undefined || typeof text === 'string' ? text : english(text);
}

beforeAll(async () => {
  await tf.setBackend('cpu');
});

afterEach(() => {
  vi.restoreAllMocks();
});

const start: RecorderStart = {
  id: 'run-1',
  dataset: { name: 'houses.csv', kind: 'table', rows: 100, sizeBytes: 2048, fingerprint: 'cd'.repeat(32) },
  task: 'regression',
  plan: { target: 'price', features: ['rooms'], task: 'regression' },
  model: { layers: [{ type: 'dense', units: 2 }] },
  settings: { ...DEFAULT_SETTINGS, epochs: 10 },
};

const evaluation = (): RegressionEvaluation => ({
  task: 'regression', rows: 2, target: 'price', mae: 1.5, rmse: 2, r2: 0.5,
  baseline: { value: 3, mae: 2, rmse: 2.5, r2: 0 },
  actual: Float32Array.from([1, 2]), predicted: Float32Array.from([2.5, 0.5]),
});

/** A tiny real model whose weights are all `value`, so the stored weights say which epoch they are from. */
function tinyModel(): { model: tf.LayersModel; fill(value: number): void } {
  const model = tf.sequential({ layers: [tf.layers.dense({ units: 2, inputShape: [3] })] });
  return { model, fill: (value) => model.setWeights(model.getWeights().map((w) => tf.fill(w.shape, value))) };
}

const valuesOf = (w: StoredWeights | undefined) => Array.from(new Float32Array(w?.weightData ?? new ArrayBuffer(0)));
const m = (epoch: number, loss: number, valLoss?: number): EpochMetrics => ({ epoch, loss, ...(valLoss !== undefined ? { valLoss } : {}), elapsedMs: epoch * 10 });

function outcome(history: EpochMetrics[], bestEpoch: number, stoppedByUser = false): TrainingOutcome {
  return { history, stoppedEarly: false, stoppedByUser, bestEpoch, backend: 'cpu', elapsedMs: 1234 };
}

/** A clock the test moves; 3 s per tick keeps the weights-write interval open. */
function clock(step = 3000) {
  let t = 1_000_000;
  return { now: () => t, tick: (ms = step) => { t += ms; } };
}

describe('experiment recorder', () => {
  it('appends epochs and writes the best weights only when the monitored loss improved', async () => {
    const store = createMemoryExperimentStore();
    const c = clock();
    const rec = await createExperimentRecorder(store, start, { now: c.now });
    expect(await store.get('run-1')).toMatchObject({ status: 'running', history: [], hasWeights: false, name: expect.stringContaining('houses.csv') });

    const { model, fill } = tinyModel();
    const steps: [EpochMetrics, number][] = [
      [m(1, 1.0), 1], // first: best
      [m(2, 1.5), 2], // worse
      [m(3, 2.0, 0.5), 3], // valLoss is what counts: best
      [m(4, 0.1, 0.9), 4], // lower loss but higher valLoss: not best
    ];
    const storedAfter: number[][] = [];
    for (const [metrics, value] of steps) {
      c.tick();
      fill(value);
      const saving = rec.epoch(metrics, model);
      fill(99); // training goes on at once: the weights must have been read at the call
      await saving;
      storedAfter.push(valuesOf(await store.getWeights('run-1')));
      expect((await store.get('run-1'))?.history).toHaveLength(metrics.epoch);
    }
    expect(storedAfter.map((v) => v[0])).toEqual([1, 1, 3, 3]);
    expect(await store.get('run-1')).toMatchObject({ bestEpoch: 3, hasWeights: true, status: 'running' });

    fill(3); // the pipeline's model holds the best epoch's weights at the end
    const ev = evaluation();
    const saving = rec.finished(outcome(steps.map(([s]) => s), 3), ev, model);
    structuredClone(ev.actual.buffer, { transfer: [ev.actual.buffer] }); // the worker transfers the evaluation to the window
    const final = await saving;
    expect(final).toMatchObject({ status: 'completed', bestEpoch: 3, elapsedMs: 1234 });
    expect(textOf(final.statusText)).toBe('Completed: 4 epochs (early stopping, best epoch 3)');
    const saved = await store.get('run-1');
    expect(saved).toEqual(final);
    expect(Array.from((saved?.evaluation as RegressionEvaluation).actual)).toEqual([1, 2]);
    expect((await store.getWeights('run-1'))?.epoch).toBe(3);
    expect(valuesOf(await store.getWeights('run-1'))).toEqual(Array(8).fill(3));
    model.dispose();
  });

  it('writes weights at most once per 2 s during training, the kept-back best later, and always at the end', async () => {
    const store = createMemoryExperimentStore();
    const saveRun = vi.spyOn(store, 'saveRun');
    const c = clock(100);
    const rec = await createExperimentRecorder(store, start, { now: c.now });
    const { model, fill } = tinyModel();
    const weightWrites = () => saveRun.mock.calls.flatMap(([, , w]) => (w && w !== 'drop' ? [w.epoch] : []));

    fill(1); await rec.epoch(m(1, 1.0), model); // t = 0: written
    c.tick(); fill(2); await rec.epoch(m(2, 0.9), model); // t = 100: kept back
    expect(weightWrites()).toEqual([1]);
    expect(await store.get('run-1')).toMatchObject({ bestEpoch: 1, history: [m(1, 1.0), m(2, 0.9)] });

    c.tick(2000); fill(3); await rec.epoch(m(3, 5), model); // t = 2100: not better, but epoch 2's weights are now due
    expect(weightWrites()).toEqual([1, 2]);
    expect(valuesOf(await store.getWeights('run-1'))).toEqual(Array(8).fill(2));

    c.tick(); fill(4); await rec.epoch(m(4, 0.5), model); // t = 2200: kept back
    c.tick(); fill(4); await rec.finished(outcome([m(1, 1), m(2, 0.9), m(3, 5), m(4, 0.5)], 4), evaluation(), model); // the end: written
    expect(weightWrites()).toEqual([1, 2, 4]);
    expect(await store.get('run-1')).toMatchObject({ bestEpoch: 4, status: 'completed' });
    model.dispose();
  });

  it('never runs two writes at once, and coalesces epochs that arrive during a write', async () => {
    const inner = createMemoryExperimentStore();
    let active = 0;
    let most = 0;
    const slowly = async <T>(write: () => Promise<T>): Promise<T> => {
      active += 1;
      most = Math.max(most, active);
      await new Promise((resolve) => setTimeout(resolve, 5));
      const result = await write();
      active -= 1;
      return result;
    };
    const slow: ExperimentStore = {
      ...inner,
      put: (record, weights) => slowly(() => inner.put(record, weights)),
      saveRun: (id, run, weights) => slowly(() => inner.saveRun(id, run, weights)),
    };
    const put = vi.spyOn(slow, 'saveRun');
    const c = clock();
    const rec = await createExperimentRecorder(slow, start, { now: c.now });
    const { model, fill } = tinyModel();
    const savings: Promise<void>[] = [];
    for (let e = 1; e <= 6; e++) {
      c.tick(); fill(e);
      savings.push(rec.epoch(m(e, 1 / e), model)); // the worker does not wait
    }
    await Promise.all(savings);
    expect(most).toBe(1);
    expect(put.mock.calls.length).toBeLessThan(6);
    expect((await inner.get('run-1'))?.history.map((h) => h.epoch)).toEqual([1, 2, 3, 4, 5, 6]);
    expect((await inner.getWeights('run-1'))?.epoch).toBe(6);
    model.dispose();
  });

  it('Stop gives a stopped experiment with its best weights', async () => {
    const store = createMemoryExperimentStore();
    const c = clock();
    const rec = await createExperimentRecorder(store, start, { now: c.now });
    const { model, fill } = tinyModel();
    fill(1); await rec.epoch(m(1, 1), model);
    c.tick(); fill(2); await rec.epoch(m(2, 2), model);
    fill(1);
    const final = await rec.finished(outcome([m(1, 1), m(2, 2)], 1, true), evaluation(), model);
    expect(final).toMatchObject({ status: 'stopped', bestEpoch: 1 });
    expect(textOf(final.statusText)).toBe('Stopped at epoch 2 of 10');
    expect(valuesOf(await store.getWeights('run-1'))).toEqual(Array(8).fill(1));
    model.dispose();
  });

  it('records the preparation, the backend and a failure', async () => {
    const store = createMemoryExperimentStore();
    const c = clock();
    const rec = await createExperimentRecorder(store, start, { now: c.now });
    await rec.backend({ backend: 'wasm', label: 'WebAssembly', reason: msg('train.backend.why.noAdapter') });
    await rec.prepared({
      preprocessing: { task: 'regression', target: 'price', slots: [{ kind: 'scaled', column: 'rooms', mean: 3, std: 1 }], imputation: 'mean', targetMean: 5, targetStd: 2 },
      spec: { inputShape: [1], layers: [{ type: 'dense', units: 1 }] },
      summary: { inputShapeText: '(None, 1)', rows: [], totalParams: 2, trainableParams: 2, nonTrainableParams: 0 },
      split: { trainRows: 80, testRows: 20, stratified: false },
    });
    const { model, fill } = tinyModel();
    fill(5); await rec.epoch(m(1, 0.7), model);
    await rec.failed(appErrorInfo({ code: 'train/nan', message: msg('common.internalError') }));
    await rec.epoch(m(2, 0.1), model); // ignored after the end
    expect(await store.get('run-1')).toMatchObject({
      status: 'failed', backend: { backend: 'wasm', reason: 'no adapter found on this machine' },
      split: { trainRows: 80 }, spec: { inputShape: [1] }, preprocessing: { targetStd: 2 }, history: [m(1, 0.7)], bestEpoch: 1,
    });
    expect(textOf((await store.get('run-1'))?.statusText)).toBe('Failed: Something went wrong.');
    expect(valuesOf(await store.getWeights('run-1'))).toEqual(Array(8).fill(5));
    model.dispose();
  });

  it('a run cut off mid-way is in IndexedDB as interrupted with its best weights', async () => {
    const factory = new IDBFactory();
    const c = clock();
    const rec = await createExperimentRecorder(await openExperimentStore(factory), start, { now: c.now });
    const { model, fill } = tinyModel();
    fill(1); await rec.epoch(m(1, 1), model);
    c.tick(); fill(2); await rec.epoch(m(2, 0.5), model);
    c.tick(); fill(3); await rec.epoch(m(3, 0.8), model);
    // The window closes: no finished(). The next start-up:
    const store = await openExperimentStore(factory);
    expect(await store.markInterrupted(c.now())).toBe(1);
    const interrupted = await store.get('run-1');
    expect(interrupted).toMatchObject({ status: 'interrupted', bestEpoch: 2 });
    expect(textOf(interrupted?.statusText)).toBe('Interrupted at epoch 3 of 10 (window closed)');
    expect(valuesOf(await store.getWeights('run-1'))).toEqual(Array(8).fill(2));
    model.dispose();
  });

  it('a failing store never throws into training and is reported once', async () => {
    const errors: AppErrorInfo[] = [];
    const broken: ExperimentStore = {
      ...createMemoryExperimentStore(),
      put: () => Promise.reject(new DOMException('quota', 'QuotaExceededError')),
    };
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const c = clock();
    const rec = await createExperimentRecorder(broken, start, { now: c.now, onStoreError: (e) => errors.push(e) });
    const { model, fill } = tinyModel();
    fill(1);
    await expect(rec.epoch(m(1, 1), model)).resolves.toBeUndefined();
    c.tick();
    const final: ExperimentRecord = await rec.finished(outcome([m(1, 1)], 1), evaluation(), model);
    expect(final.status).toBe('completed');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'experiment/storage-full' });
    expect(errors[0]?.message).toMatch(/Training goes on/);
    model.dispose();
  });
});

/** The window's side of a run: the same database as the worker's, opened on its own. */
function indexedDbPair(): () => Promise<[worker: ExperimentStore, window: ExperimentStore]> {
  const factory = new IDBFactory();
  return async () => [await openExperimentStore(factory), await openExperimentStore(factory)];
}

function memoryPair(): () => Promise<[ExperimentStore, ExperimentStore]> {
  const store = createMemoryExperimentStore();
  return async () => [store, store];
}

describe.each([
  ['IndexedDB', indexedDbPair],
  ['memory', memoryPair],
])('the user edits a running run (%s)', (_name, makePair) => {
  it('a rename and notes typed during training are kept by every later save and by the end', async () => {
    const [workerStore, windowStore] = await makePair()();
    const c = clock();
    const rec = await createExperimentRecorder(workerStore, start, { now: c.now });
    const { model, fill } = tinyModel();
    fill(1); await rec.epoch(m(1, 1), model);
    // The window renames while the worker saves the next epoch: neither waits for the other.
    c.tick(); fill(2);
    const saving = rec.epoch(m(2, 0.5), model);
    const renaming = windowStore.update('run-1', { name: 'Bigger batch' });
    await Promise.all([saving, renaming]);
    await windowStore.update('run-1', { notes: 'loss still falling' });
    c.tick(); fill(3); await rec.epoch(m(3, 0.4), model);
    expect(await windowStore.get('run-1')).toMatchObject({ name: 'Bigger batch', notes: 'loss still falling', history: [m(1, 1), m(2, 0.5), m(3, 0.4)] });

    c.tick();
    const final = await rec.finished(outcome([m(1, 1), m(2, 0.5), m(3, 0.4)], 3), evaluation(), model);
    const stored = await windowStore.get('run-1');
    expect(stored).toMatchObject({ name: 'Bigger batch', notes: 'loss still falling', status: 'completed', bestEpoch: 3, hasWeights: true });
    expect(stored?.evaluation).toMatchObject({ task: 'regression', r2: 0.5 });
    expect(final.name).toBe('Bigger batch');
    expect(rec.name).toBe('Bigger batch');
    model.dispose();
  });

  it('a run deleted during training is not brought back by later epochs or by its end', async () => {
    const [workerStore, windowStore] = await makePair()();
    const errors: AppErrorInfo[] = [];
    const c = clock();
    const rec = await createExperimentRecorder(workerStore, start, { now: c.now, onStoreError: (e) => errors.push(e) });
    const { model, fill } = tinyModel();
    fill(1); await rec.epoch(m(1, 1), model);
    c.tick(); fill(2);
    const saving = rec.epoch(m(2, 0.5), model);
    const removed = await windowStore.remove('run-1');
    await saving;
    expect(removed?.record.id).toBe('run-1');
    c.tick(); fill(3); await rec.epoch(m(3, 0.4), model);
    c.tick();
    const final = await rec.finished(outcome([m(1, 1), m(2, 0.5), m(3, 0.4)], 3), evaluation(), model);
    expect(final.status).toBe('completed'); // training went on
    expect(await windowStore.get('run-1')).toBeUndefined();
    expect(await windowStore.getWeights('run-1')).toBeUndefined();
    expect(await windowStore.list()).toEqual([]);
    expect(errors).toEqual([]); // a delete is the user's wish, not a store failure
    model.dispose();
  });

  it('a delete undone during training is saved on, to the end, with its best weights', async () => {
    const [workerStore, windowStore] = await makePair()();
    const c = clock();
    const rec = await createExperimentRecorder(workerStore, start, { now: c.now });
    const { model, fill } = tinyModel();
    fill(1); await rec.epoch(m(1, 1), model);
    const removed = await windowStore.remove('run-1');
    c.tick(); fill(2); await rec.epoch(m(2, 0.5), model); // while deleted: nothing stored
    expect(await windowStore.get('run-1')).toBeUndefined();
    await windowStore.put(removed!.record, removed!.weights); // Undo
    c.tick(); fill(2);
    await rec.finished(outcome([m(1, 1), m(2, 0.5)], 2), evaluation(), model);
    expect(await windowStore.get('run-1')).toMatchObject({ status: 'completed', history: [m(1, 1), m(2, 0.5)], bestEpoch: 2, hasWeights: true });
    expect(valuesOf(await windowStore.getWeights('run-1'))).toEqual(Array(8).fill(2));
    model.dispose();
  });
});

/** IndexedDB whose weights writes fail as a full disk does (the records still fit); `when` says which ones. */
function weightsWritesFail(when: (weightsWrite: number) => boolean): void {
  const put = IDBObjectStore.prototype.put;
  let count = 0;
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
    if (this.name === 'weights' && when(++count)) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return put.call(this, value, key);
  });
}

describe('weights that cannot be saved (IndexedDB)', () => {
  it('the final save keeps the evaluation, without weights, and says why', async () => {
    const factory = new IDBFactory();
    const errors: AppErrorInfo[] = [];
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const c = clock();
    const rec = await createExperimentRecorder(await openExperimentStore(factory), start, { now: c.now, onStoreError: (e) => errors.push(e) });
    const { model, fill } = tinyModel();
    fill(1); await rec.epoch(m(1, 1), model); // weights of epoch 1 stored
    c.tick(); fill(2); await rec.epoch(m(2, 0.5), model); // and of epoch 2
    weightsWritesFail(() => true);
    c.tick(); fill(3); await rec.epoch(m(3, 0.4), model); // epoch 3's cannot be: its history still is
    const store = await openExperimentStore(factory);
    expect(await store.get('run-1')).toMatchObject({ status: 'running', history: [m(1, 1), m(2, 0.5), m(3, 0.4)], bestEpoch: 2, hasWeights: true });
    expect(errors.map((e) => e.code)).toEqual(['experiment/weights-storage-full']);

    c.tick(); fill(3);
    const final = await rec.finished(outcome([m(1, 1), m(2, 0.5), m(3, 0.4)], 3), evaluation(), model);
    vi.restoreAllMocks();
    const saved = await store.get('run-1');
    expect(saved).toEqual(final);
    expect(saved).toMatchObject({ status: 'completed', hasWeights: false });
    expect(textOf(saved?.statusText)).toBe('Completed: 3 epochs (early stopping)');
    expect(saved?.bestEpoch).toBeUndefined();
    expect(saved?.evaluation).toMatchObject({ task: 'regression', r2: 0.5 });
    expect(saved?.weightsNotKept).toEqual({ code: 'train.save.weightsNotKept', params: { why: 'quota', evaluation: 'yes' } });
    expect(english(saved?.weightsNotKept as Message)).toBe(
      'The trained model was not kept: the storage space was full when training ended. The curves and the evaluation are saved, but this run cannot predict or export its model.',
    );
    expect(translator('ko')(saved?.weightsNotKept as Message)).toBe(
      '학습된 모델을 남기지 못했습니다. 학습이 끝날 때 저장 공간이 가득 찼습니다. 곡선과 평가는 저장되었지만 이 실행으로는 예측하거나 모델을 내보낼 수 없습니다.',
    );
    // Epoch 2's weights would not match the evaluation of epoch 3's: they are gone too.
    expect(await store.getWeights('run-1')).toBeUndefined();
    // Nothing left "running" to become "interrupted" at the next start.
    expect(await store.markInterrupted(c.now())).toBe(0);
    model.dispose();
  });

  it('the final save keeps the weights already stored when they are the evaluated ones', async () => {
    const factory = new IDBFactory();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const c = clock();
    const rec = await createExperimentRecorder(await openExperimentStore(factory), start, { now: c.now });
    const { model, fill } = tinyModel();
    fill(1); await rec.epoch(m(1, 1), model);
    c.tick(); fill(2); await rec.epoch(m(2, 0.5), model);
    weightsWritesFail(() => true);
    c.tick(); fill(2);
    await rec.finished(outcome([m(1, 1), m(2, 0.5)], 2), evaluation(), model);
    vi.restoreAllMocks();
    const store = await openExperimentStore(factory);
    const saved = await store.get('run-1');
    expect(saved).toMatchObject({ status: 'completed', bestEpoch: 2, hasWeights: true });
    expect(saved?.weightsNotKept).toBeUndefined();
    expect(valuesOf(await store.getWeights('run-1'))).toEqual(Array(8).fill(2));
    model.dispose();
  });

  it('weights refused once during training are written by a later save', async () => {
    const factory = new IDBFactory();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const c = clock();
    const rec = await createExperimentRecorder(await openExperimentStore(factory), start, { now: c.now });
    const { model, fill } = tinyModel();
    weightsWritesFail((n) => n === 1);
    fill(1); await rec.epoch(m(1, 1), model); // refused
    const store = await openExperimentStore(factory);
    expect(await store.get('run-1')).toMatchObject({ history: [m(1, 1)], hasWeights: false });
    c.tick(); fill(5); await rec.epoch(m(2, 2), model); // not better: epoch 1's pending weights are written
    expect(await store.get('run-1')).toMatchObject({ bestEpoch: 1, hasWeights: true });
    model.dispose();
  });
});

describe('default names', () => {
  it('a run started in the same minute as another gets " (2)", then " (3)"', async () => {
    const store = createMemoryExperimentStore();
    const start = (id: string) => ({
      id,
      dataset: { name: 'penguins.csv', kind: 'table' as const, rows: 344, sizeBytes: 1000, fingerprint: 'ab' },
      task: 'classification' as const,
      plan: { target: 'species', features: ['island'], task: 'classification' as const },
      model: { layers: [{ type: 'dense', units: 3, activation: 'softmax' }] },
      settings: DEFAULT_SETTINGS,
    });
    const now = () => Date.UTC(2026, 10, 23, 11, 8);
    const a = await createExperimentRecorder(store, start('a'), { now });
    const b = await createExperimentRecorder(store, start('b'), { now });
    const c = await createExperimentRecorder(store, start('c'), { now });
    expect(b.name).toBe(`${a.name} (2)`);
    expect(c.name).toBe(`${a.name} (3)`);
    expect((await store.get('b'))?.name).toBe(b.name);
  });
});
