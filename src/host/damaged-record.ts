/**
 * What can still be read of a stored experiment that fails validation, in plain words: the
 * Experiments list shows it with a Delete button, so a damaged run (even one left "running",
 * which start-up cannot mark interrupted) does not hide in a log for ever.
 */
import type { z } from 'zod';
import { EXPERIMENT_VERSION, type DamagedExperiment, type ExperimentRecord } from '../core/experiment/types';
import type { MessageCode } from '../core/i18n/catalogue';
import { listOf, msg, type ListParam, type Message } from '../core/i18n/message';

/** A record's top-level fields, each named in the catalogue as the user would say it ("its curves"). */
const PARTS: ReadonlySet<string> = new Set<keyof ExperimentRecord>([
  'version', 'id', 'name', 'notes', 'createdAt', 'updatedAt', 'status', 'statusText', 'dataset', 'task', 'plan',
  'imagePlan', 'sequencePlan', 'model', 'settings', 'preprocessing', 'spec', 'summary', 'split', 'backend',
  'history', 'bestEpoch', 'elapsedMs', 'evaluation', 'testExamples', 'hasWeights', 'weightsNotKept', 'importedModel',
]);

const MAX_PARTS = 4;

function partWord(key: string): Message {
  if (!PARTS.has(key)) return msg('experiment.damage.field', { key });
  const code: MessageCode = `experiment.part.${key as keyof ExperimentRecord}`;
  return msg(code);
}

function partsList(keys: readonly string[]): ListParam {
  const words = keys.slice(0, MAX_PARTS).map(partWord);
  const more = keys.length - words.length;
  return listOf(more > 0 ? [...words, msg('experiment.damage.more', { count: more })] : words);
}

/** One plain sentence about what is wrong with a stored record. */
export function damageSentence(value: unknown, error: z.ZodError): Message {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return msg('experiment.damage.notRecord');
  const fields = value as Record<string, unknown>;
  if (typeof fields.version === 'number' && fields.version > EXPERIMENT_VERSION) {
    return msg('experiment.damage.newer');
  }
  const missing = new Set<string>();
  const wrong = new Set<string>();
  for (const issue of error.issues) {
    const top = issue.path[0];
    if (typeof top !== 'string') continue;
    (fields[top] === undefined ? missing : wrong).add(top);
  }
  if (missing.size > 0 && wrong.size > 0) return msg('experiment.damage.missingAndWrong', { missing: partsList([...missing]), wrong: partsList([...wrong]) });
  if (missing.size > 0) return msg('experiment.damage.missing', { parts: partsList([...missing]) });
  if (wrong.size > 0) return msg('experiment.damage.wrong', { parts: partsList([...wrong]) });
  return msg('experiment.damage.notForm');
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
