/**
 * Backend rankings measured on this machine, per model kind (src/core/train/engine-backend.ts),
 * kept in localStorage: the train worker measures once and later runs start at once.
 * A stored value that fails its schema is ignored (it is re-measured), never trusted.
 */
import { z } from 'zod';
import { cachedRankingSchema, type BackendRankings } from '../../workers/messages';
import type { CachedRanking } from '../../core/train/engine-backend';

const STORAGE_KEY = 'layerbench.backend-rankings.v1';
const rankingsSchema = z.record(z.string(), cachedRankingSchema);

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // storage can be refused (privacy settings): then every kind is measured again
  }
}

export function loadRankings(): BackendRankings {
  const text = storage()?.getItem(STORAGE_KEY);
  if (!text) return {};
  try {
    const parsed = rankingsSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

export function saveRanking(key: string, ranking: CachedRanking): void {
  const all = { ...loadRankings(), [key]: ranking };
  try {
    storage()?.setItem(STORAGE_KEY, JSON.stringify(all));
  } catch {
    // quota or refusal: the ranking is measured again next time, nothing else is lost
  }
}
