/**
 * What can still be read of a stored experiment that fails validation, in plain words: the
 * Experiments list shows it with a Delete button, so a damaged run (even one left "running",
 * which start-up cannot mark interrupted) does not hide in a log for ever.
 */
import type { z } from 'zod';
import { EXPERIMENT_VERSION, type DamagedExperiment } from '../core/experiment/types';

/** A record's top-level fields as the user would name them. */
const PART_WORDS: Readonly<Record<string, string>> = {
  version: 'its format version',
  id: 'its id',
  name: 'its name',
  notes: 'its notes',
  createdAt: 'its date',
  updatedAt: 'the date of its last change',
  status: 'its status',
  statusText: 'its status line',
  dataset: 'the dataset it used',
  task: 'its task',
  plan: 'its target and features',
  imagePlan: 'its image settings',
  sequencePlan: 'its sequence settings',
  model: 'its layers',
  settings: 'its training settings',
  preprocessing: 'its preprocessing',
  spec: 'its model',
  summary: 'its model summary',
  split: 'its split',
  backend: 'its backend',
  history: 'its curves',
  bestEpoch: 'its best epoch',
  elapsedMs: 'its duration',
  evaluation: 'its evaluation',
  testExamples: 'its held-out examples',
  hasWeights: 'whether it has a trained model',
  weightsNotKept: 'why its model was not kept',
};

const MAX_PARTS = 4;

function partsList(keys: readonly string[]): string {
  const words = keys.map((k) => PART_WORDS[k] ?? `“${k}”`);
  const shown = words.slice(0, MAX_PARTS);
  const more = words.length - shown.length;
  return more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(', ');
}

/** One plain sentence about what is wrong with a stored record. */
export function damageSentence(value: unknown, error: z.ZodError): string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'It is not an experiment record at all.';
  const fields = value as Record<string, unknown>;
  if (typeof fields.version === 'number' && fields.version > EXPERIMENT_VERSION) {
    return 'It was saved by a newer version of Layerbench, which this one cannot read.';
  }
  const missing = new Set<string>();
  const wrong = new Set<string>();
  for (const issue of error.issues) {
    const top = issue.path[0];
    if (typeof top !== 'string') continue;
    (fields[top] === undefined ? missing : wrong).add(top);
  }
  if (missing.size > 0 && wrong.size > 0) return `Parts of it are missing (${partsList([...missing])}) and others cannot be read (${partsList([...wrong])}).`;
  if (missing.size > 0) return `Parts of it are missing: ${partsList([...missing])}.`;
  if (wrong.size > 0) return `Parts of it cannot be read: ${partsList([...wrong])}.`;
  return 'It does not have the form of an experiment record.';
}

export function describeDamage(key: IDBValidKey, value: unknown, error: z.ZodError): DamagedExperiment {
  const fields = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const name = typeof fields.name === 'string' && fields.name.trim() !== '' ? fields.name : undefined;
  const createdAt = typeof fields.createdAt === 'number' && Number.isFinite(fields.createdAt) ? fields.createdAt : undefined;
  return {
    id: String(key),
    ...(name !== undefined ? { name } : {}),
    ...(createdAt !== undefined ? { createdAt } : {}),
    problem: damageSentence(value, error),
    detail: error.message,
  };
}
