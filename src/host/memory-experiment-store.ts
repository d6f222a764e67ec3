/**
 * Experiments kept in memory only: for tests, and as the fallback when IndexedDB is unavailable
 * (they are lost when the window closes). Same behaviour as the IndexedDB store: values are
 * copied in and out (structured clone, as IndexedDB does), and a write that cannot copy its
 * values changes nothing.
 */
import { AppError } from '../core/errors';
import { msg } from '../core/i18n/message';
import { mergeRun, statusText } from '../core/experiment/record';
import type { ExperimentRecord, ExperimentStore, StoredWeights } from '../core/experiment/types';

export function createMemoryExperimentStore(): ExperimentStore {
  const records = new Map<string, ExperimentRecord>();
  const weightsById = new Map<string, StoredWeights>();

  return {
    async list() {
      return [...records.values()].sort((a, b) => b.createdAt - a.createdAt).map((r) => structuredClone(r));
    },
    async listDamaged() {
      return []; // only typed records are ever put here
    },
    async get(id) {
      const record = records.get(id);
      return record && structuredClone(record);
    },
    async getWeights(id) {
      const weights = weightsById.get(id);
      return weights && structuredClone(weights);
    },
    async put(record, weights) {
      // Both copies are made before anything changes: a DataCloneError leaves the previous state.
      const storedRecord = structuredClone(weights && !record.hasWeights ? { ...record, hasWeights: true } : record);
      const storedWeights = weights && structuredClone(weights);
      records.set(record.id, storedRecord);
      if (storedWeights) weightsById.set(record.id, storedWeights);
    },
    async saveRun(id, run, weights) {
      const current = records.get(id);
      if (!current) return undefined; // deleted meanwhile: not recreated
      const hasWeights = weights === 'drop' ? false : weights ? true : run.hasWeights;
      // Copies first: a DataCloneError leaves the previous state.
      const merged = structuredClone(mergeRun(current, { ...run, hasWeights }));
      const storedWeights = weights && weights !== 'drop' ? structuredClone(weights) : undefined;
      records.set(id, merged);
      if (weights === 'drop') weightsById.delete(id);
      else if (storedWeights) weightsById.set(id, storedWeights);
      return structuredClone(merged);
    },
    async update(id, patch) {
      const name = patch.name?.trim();
      if (name !== undefined && name === '') {
        throw new AppError({ code: 'experiment/empty-name', message: msg('experiment.store.emptyName') });
      }
      const current = records.get(id);
      if (!current) {
        throw new AppError({
          code: 'experiment/not-found',
          message: msg('experiment.store.gone'),
          detail: `experiment id ${id}`,
        });
      }
      const updated: ExperimentRecord = {
        ...current,
        ...(name !== undefined ? { name } : {}),
        ...(patch.notes !== undefined ? { notes: patch.notes } : {}),
        updatedAt: Date.now(),
      };
      records.set(id, updated);
      return structuredClone(updated);
    },
    async remove(id) {
      const record = records.get(id);
      const weights = weightsById.get(id);
      records.delete(id);
      weightsById.delete(id);
      if (!record) return undefined;
      return weights ? { record, weights } : { record };
    },
    async markInterrupted(now) {
      let count = 0;
      for (const record of records.values()) {
        if (record.status !== 'running') continue;
        const interrupted: ExperimentRecord = { ...record, status: 'interrupted', updatedAt: now };
        records.set(record.id, { ...interrupted, statusText: statusText(interrupted) });
        count += 1;
      }
      return count;
    },
  };
}
