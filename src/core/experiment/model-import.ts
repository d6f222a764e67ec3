/**
 * An exported model (.zip, docs/export-format.md) imported as a run: the model, its
 * preprocessing, plan and settings come back from preprocessing.json, the weights from
 * model.json + the weight files, all checked against the manifest first (model-zip.ts). What
 * only a training run here knows (the curves, the evaluation, the split, the held-out examples)
 * is absent, and the record says so (`importedModel`, statusText: "Imported model: no
 * training history"). It predicts and exports like any trained run.
 */
import { z } from 'zod';
import { AppError, quoteInput } from '../errors';
import { msg } from '../i18n/message';
import { PREPROCESSING_FORMAT, PREPROCESSING_VERSION } from './export';
import { readModelZip } from './model-zip';
import { experimentRecordSchema, storedWeightsSchema } from './schema';
import { EXPERIMENT_VERSION, type ExperimentRecord, type StoredWeights } from './types';

/** The part of preprocessing.json read here; the record schema checks the rest. */
const exportedHeadSchema = z.object({
  format: z.literal(PREPROCESSING_FORMAT),
  version: z.number().int().positive(),
  experiment: z.object({ name: z.string().min(1), createdAt: z.string(), weightsFromEpoch: z.number().int().nonnegative().optional() }),
});

const modelJsonSchema = z.object({
  modelTopology: z.record(z.string(), z.unknown()),
  weightsManifest: z.array(z.object({ paths: z.array(z.string()), weights: z.array(z.unknown()) })).min(1),
});

function issues(error: z.ZodError): string {
  return error.issues.slice(0, 5).map((i) => `${i.path.map(String).join('.')}: ${i.message}`).join('; ');
}

function damaged(file: string, name: string, detail: string): AppError {
  return new AppError({ code: 'import/model-damaged', message: msg('experiment.export.imported.damaged', { file, name }), detail });
}

function jsonOf(files: ReadonlyMap<string, Uint8Array>, name: string, file: string): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(files.get(name)));
  } catch (err) {
    throw damaged(file, name, err instanceof Error ? err.message : String(err));
  }
}

/**
 * The file a weight path of model.json names. A model zip is flat, so the path must be one of
 * the files the manifest lists (a leading "./" aside): nothing else is ever read.
 */
function weightFile(files: ReadonlyMap<string, Uint8Array>, path: string, file: string): Uint8Array {
  const name = path.replace(/^\.\//, '');
  const bytes = /[/\\]/.test(name) ? undefined : files.get(name);
  if (bytes === undefined || name === 'manifest.json') {
    throw new AppError({ code: 'import/model-weights-outside', message: msg('experiment.export.imported.weightsOutside', { file, path: quoteInput(path) }) });
  }
  return bytes;
}

function weightsOf(files: ReadonlyMap<string, Uint8Array>, file: string, epoch: number): StoredWeights {
  const parsed = modelJsonSchema.safeParse(jsonOf(files, 'model.json', file));
  if (!parsed.success) throw damaged(file, 'model.json', issues(parsed.error));
  const parts = parsed.data.weightsManifest.flatMap((group) => group.paths.map((p) => weightFile(files, p, file)));
  const data = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let at = 0;
  for (const part of parts) {
    data.set(part, at);
    at += part.byteLength;
  }
  const weights = storedWeightsSchema.safeParse({
    modelTopology: parsed.data.modelTopology,
    weightSpecs: parsed.data.weightsManifest.flatMap((group) => group.weights),
    weightData: data.buffer,
    epoch,
  });
  if (!weights.success) {
    throw new AppError({ code: 'import/model-weights-size', message: msg('experiment.export.imported.weightsSize', { file }), detail: issues(weights.error) });
  }
  return weights.data;
}

export interface ImportedModel {
  readonly record: ExperimentRecord;
  readonly weights: StoredWeights;
}

/**
 * The model zip `bytes` (named `fileName`) as a new run with its weights. `id` is new (importing
 * the same zip twice gives two runs; it never replaces the run it was exported from), `now` its
 * time of import. Throws a plain AppError for a zip that is not a complete, unchanged export.
 */
export function importModelZip(bytes: Uint8Array, fileName: string, { id, now }: { readonly id: string; readonly now: number }): ImportedModel {
  const file = quoteInput(fileName);
  const { files } = readModelZip(bytes, fileName);
  const body = jsonOf(files, 'preprocessing.json', file);
  const head = exportedHeadSchema.safeParse(body);
  if (!head.success) throw damaged(file, 'preprocessing.json', issues(head.error));
  if (head.data.version > PREPROCESSING_VERSION) {
    throw new AppError({ code: 'import/model-newer', message: msg('experiment.export.imported.newer', { file, version: head.data.version }) });
  }
  const exported = body as Record<string, unknown>;
  if (exported.spec === undefined || exported.model === undefined) {
    throw new AppError({ code: 'import/model-older', message: msg('experiment.export.imported.older', { file }), detail: 'preprocessing.json has no spec or model' });
  }
  const weights = weightsOf(files, file, head.data.experiment.weightsFromEpoch ?? 0);
  const createdAt = Date.parse(head.data.experiment.createdAt);
  const candidate = {
    version: EXPERIMENT_VERSION,
    id,
    name: head.data.experiment.name,
    notes: '',
    createdAt: Number.isFinite(createdAt) ? createdAt : now,
    updatedAt: now,
    status: 'completed',
    dataset: exported.dataset,
    task: exported.task,
    plan: exported.plan,
    ...(exported.imagePlan !== undefined ? { imagePlan: exported.imagePlan } : {}),
    ...(exported.sequencePlan !== undefined ? { sequencePlan: exported.sequencePlan } : {}),
    model: exported.model,
    settings: exported.settings,
    preprocessing: exported.preprocessing,
    spec: exported.spec,
    history: [],
    ...(head.data.experiment.weightsFromEpoch !== undefined ? { bestEpoch: head.data.experiment.weightsFromEpoch } : {}),
    hasWeights: true,
    importedModel: { file: fileName },
  };
  const record = experimentRecordSchema.safeParse(candidate);
  if (!record.success) throw damaged(file, 'preprocessing.json', issues(record.error));
  return { record: record.data, weights };
}
