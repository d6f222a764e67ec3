/**
 * Experiments in IndexedDB, through `idb` (the same code in Chromium, Electron and the
 * train worker; no IPC for megabytes of weights). Every write is ONE readwrite transaction, so a
 * crash or an error during a save leaves the previous state: IndexedDB commits a transaction
 * whole or not at all, and every write here aborts its transaction on the first failure.
 *
 * Records read back are validated: a corrupt one is left out of the list and reported, never a
 * crash of the list; `listDamaged` describes them so that the user can see and delete them.
 *
 * A training run saves through `saveRun`, which reads and merges inside its transaction: IndexedDB
 * runs overlapping readwrite transactions one after the other, so a rename, a note or a delete
 * from the window is never overwritten by the train worker's next save.
 */
import { wrap, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { AppError, appErrorInfo, quoteInput, toAppErrorInfo, type AppErrorInfo } from '../core/errors';
import { msg } from '../core/i18n/message';
import { experimentRecordSchema, storedWeightsSchema } from '../core/experiment/schema';
import { mergeRun, statusText } from '../core/experiment/record';
import type { DamagedExperiment, ExperimentRecord, ExperimentStore, RunFields, StoredWeights } from '../core/experiment/types';
import { describeDamage } from './damaged-record';

export const EXPERIMENT_DB_NAME = 'layerbench';
export const EXPERIMENT_DB_VERSION = 1;

interface LayerbenchDb extends DBSchema {
  experiments: { key: string; value: ExperimentRecord; indexes: { createdAt: number } };
  /** Out-of-line key: the experiment's id. */
  weights: { key: string; value: StoredWeights };
}

type Db = IDBPDatabase<LayerbenchDb>;
type WriteTx = IDBPTransaction<LayerbenchDb, ('experiments' | 'weights')[], 'readwrite'>;

export interface ExperimentStoreOptions {
  /** Told about each stored record or weights that fail validation (they are skipped). Default: console.warn. */
  onCorrupt?(problem: AppErrorInfo): void;
}

export async function openExperimentStore(
  factory: IDBFactory | undefined = globalThis.indexedDB,
  options: ExperimentStoreOptions = {},
): Promise<ExperimentStore> {
  if (!factory) {
    throw new AppError({
      code: 'experiment/store-unavailable',
      message: msg('experiment.store.noIndexedDb'),
    });
  }
  let db: Db;
  try {
    db = await openDb(factory);
  } catch (err) {
    throw new AppError({
      code: 'experiment/store-unavailable',
      message: msg('experiment.store.cannotOpen'),
      detail: toAppErrorInfo(err).detail ?? String(err),
    });
  }
  const report = options.onCorrupt ?? ((problem: AppErrorInfo) => console.warn(problem.message, problem.detail));
  return new IndexedDbExperimentStore(db, report);
}

function openDb(factory: IDBFactory): Promise<Db> {
  const request = factory.open(EXPERIMENT_DB_NAME, EXPERIMENT_DB_VERSION);
  request.addEventListener('upgradeneeded', (event) => {
    const raw = request.result;
    // Version 1 is the first: later versions add their own steps after this one.
    if (event.oldVersion < 1) {
      const experiments = raw.createObjectStore('experiments', { keyPath: 'id' });
      experiments.createIndex('createdAt', 'createdAt');
      raw.createObjectStore('weights');
    }
  });
  return (wrap(request) as Promise<unknown> as Promise<Db>).then((db) => {
    // A newer version of the app opening the database in another window must not wait on this one.
    db.addEventListener('versionchange', () => db.close());
    return db;
  });
}

class IndexedDbExperimentStore implements ExperimentStore {
  constructor(private readonly db: Db, private readonly reportCorrupt: (problem: AppErrorInfo) => void) {}

  async list(): Promise<ExperimentRecord[]> {
    const raw = await this.db.getAllFromIndex('experiments', 'createdAt');
    const records: ExperimentRecord[] = [];
    for (const value of raw) {
      const record = this.validRecord(value);
      if (record) records.push(record);
    }
    return records.reverse(); // the index is ascending; newest first
  }

  async listDamaged(): Promise<DamagedExperiment[]> {
    const damaged: DamagedExperiment[] = [];
    const tx = this.db.transaction('experiments');
    for (let cursor = await tx.store.openCursor(); cursor; cursor = await cursor.continue()) {
      const value: unknown = cursor.value;
      const parsed = experimentRecordSchema.safeParse(value);
      if (!parsed.success) damaged.push(describeDamage(cursor.primaryKey, value, parsed.error));
    }
    return damaged;
  }

  async get(id: string): Promise<ExperimentRecord | undefined> {
    const value: unknown = await this.db.get('experiments', id);
    return value === undefined ? undefined : this.validRecord(value);
  }

  async getWeights(id: string): Promise<StoredWeights | undefined> {
    const value: unknown = await this.db.get('weights', id);
    if (value === undefined) return undefined;
    const parsed = storedWeightsSchema.safeParse(value);
    if (parsed.success) return parsed.data;
    this.reportCorrupt(appErrorInfo({
      code: 'experiment/corrupt-weights',
      message: msg('experiment.store.weightsDamaged'),
      detail: `weights of ${id}: ${parsed.error.message}`,
    }));
    return undefined;
  }

  put(record: ExperimentRecord, weights?: StoredWeights): Promise<void> {
    const stored: ExperimentRecord = weights && !record.hasWeights ? { ...record, hasWeights: true } : record;
    return this.write(async (tx) => {
      // Record first, weights second: if the weights cannot be written the record goes too (abort).
      const recordWritten = tx.objectStore('experiments').put(stored);
      recordWritten.catch(() => undefined); // its failure is the transaction's, thrown by write()
      if (weights) await tx.objectStore('weights').put(weights, record.id);
      await recordWritten;
    });
  }

  saveRun(id: string, run: RunFields, weights?: StoredWeights | 'drop'): Promise<ExperimentRecord | undefined> {
    return this.write(async (tx) => {
      const experiments = tx.objectStore('experiments');
      const raw: unknown = await experiments.get(id);
      // Deleted meanwhile (by the user): not recreated. Damaged: left as it is, for the user to see.
      const current = raw === undefined ? undefined : this.validRecord(raw);
      if (!current) return undefined;
      const hasWeights = weights === 'drop' ? false : weights ? true : run.hasWeights;
      const merged = mergeRun(current, { ...run, hasWeights });
      const recordWritten = experiments.put(merged);
      recordWritten.catch(() => undefined); // its failure is the transaction's, thrown by write()
      if (weights === 'drop') await tx.objectStore('weights').delete(id);
      else if (weights) await tx.objectStore('weights').put(weights, id);
      await recordWritten;
      return merged;
    });
  }

  update(id: string, patch: { readonly name?: string; readonly notes?: string }): Promise<ExperimentRecord> {
    const name = patch.name?.trim();
    if (name !== undefined && name === '') {
      return Promise.reject(new AppError({ code: 'experiment/empty-name', message: msg('experiment.store.emptyName') }));
    }
    return this.write(async (tx) => {
      const current = this.validRecord(await tx.objectStore('experiments').get(id));
      if (!current) throw unknownExperiment(id);
      const updated: ExperimentRecord = {
        ...current,
        ...(name !== undefined ? { name } : {}),
        ...(patch.notes !== undefined ? { notes: patch.notes } : {}),
        updatedAt: Date.now(),
      };
      await tx.objectStore('experiments').put(updated);
      return updated;
    });
  }

  remove(id: string): Promise<{ record: ExperimentRecord; weights?: StoredWeights } | undefined> {
    return this.write(async (tx) => {
      const raw: unknown = await tx.objectStore('experiments').get(id);
      const weights = await tx.objectStore('weights').get(id);
      await tx.objectStore('experiments').delete(id);
      await tx.objectStore('weights').delete(id);
      if (raw === undefined) await deleteByKeyText(tx, id);
      // A corrupt record is still deleted (that is how the user gets rid of it), but cannot be undone.
      const record = raw === undefined ? undefined : this.validRecord(raw);
      if (!record) return undefined;
      return weights ? { record, weights } : { record };
    });
  }

  markInterrupted(now: number): Promise<number> {
    return this.write(async (tx) => {
      const store = tx.objectStore('experiments');
      let count = 0;
      for (let cursor = await store.openCursor(); cursor; cursor = await cursor.continue()) {
        const value: unknown = cursor.value;
        if ((value as { status?: unknown } | null)?.status !== 'running') continue;
        const record = this.validRecord(value);
        if (!record) continue;
        const interrupted: ExperimentRecord = { ...record, status: 'interrupted', updatedAt: now };
        await cursor.update({ ...interrupted, statusText: statusText(interrupted) });
        count += 1;
      }
      return count;
    });
  }

  /**
   * Runs `body` in one readwrite transaction over both stores and waits for the commit. Any
   * failure (a DataCloneError thrown by put, a rejected request, an error in `body`) aborts the
   * transaction, so nothing of it is kept.
   */
  private async write<T>(body: (tx: WriteTx) => Promise<T>): Promise<T> {
    const tx = this.db.transaction(['experiments', 'weights'], 'readwrite');
    let result: T;
    try {
      result = await body(tx);
    } catch (err) {
      abortQuietly(tx);
      await tx.done.catch(() => undefined);
      throw err;
    }
    await tx.done;
    return result;
  }

  private validRecord(value: unknown): ExperimentRecord | undefined {
    if (value === undefined) return undefined;
    const parsed = experimentRecordSchema.safeParse(value);
    if (parsed.success) return parsed.data;
    const id = (value as { id?: unknown } | null)?.id;
    const name = (value as { name?: unknown } | null)?.name;
    this.reportCorrupt(appErrorInfo({
      code: 'experiment/corrupt-record',
      message: typeof name === 'string' ? msg('experiment.store.namedRecordDamaged', { name: quoteInput(name) }) : msg('experiment.store.recordDamaged'),
      detail: `record ${String(id)}: ${parsed.error.message}`,
    }));
    return undefined;
  }
}

/**
 * A damaged record may have a key that is not text (listDamaged names it by `String(key)`): found
 * by that text, so that its Delete button works too. Only when nothing has the key itself.
 */
async function deleteByKeyText(tx: WriteTx, id: string): Promise<void> {
  const experiments = tx.objectStore('experiments');
  for (let cursor = await experiments.openKeyCursor(); cursor; cursor = await cursor.continue()) {
    if (typeof cursor.primaryKey !== 'string' && String(cursor.primaryKey) === id) await experiments.delete(cursor.primaryKey);
  }
}

function abortQuietly(tx: WriteTx): void {
  try {
    tx.abort();
  } catch {
    // Already finished or aborted by the failing request: nothing was committed.
  }
}

function unknownExperiment(id: string): AppError {
  return new AppError({
    code: 'experiment/not-found',
    message: msg('experiment.store.gone'),
    detail: `experiment id ${id}`,
  });
}
