/**
 * One experiment as one JSON file that another Layerbench imports:
 * {format: "layerbench-experiment", version: 1, record, weights?}. Typed arrays become
 * {"$typed": "Float32Array", "values": [...]}, numbers JSON cannot hold (NaN, ±Infinity)
 * {"$number": "NaN"}, and the weights' bytes base64. Whatever is read back is validated.
 */
import { AppError } from '../errors';
import { msg } from '../i18n/message';
import { experimentRecordSchema, storedWeightsSchema } from './schema';
import type { ExperimentRecord, StoredWeights } from './types';

export const PORTABLE_FORMAT = 'layerbench-experiment';
export const PORTABLE_VERSION = 1;

const TYPED = {
  Float32Array,
  Float64Array,
  Int32Array,
  Uint32Array,
  Uint8Array,
} as const;
type TypedName = keyof typeof TYPED;

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function toBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 3 * 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(start + CHUNK, bytes.length);
    let s = '';
    for (let i = start; i < end; i += 3) {
      const a = bytes[i] as number;
      const b = i + 1 < end ? (bytes[i + 1] as number) : 0;
      const c = i + 2 < end ? (bytes[i + 2] as number) : 0;
      const n = (a << 16) | (b << 8) | c;
      s += B64[n >> 18]! + B64[(n >> 12) & 63]! + (i + 1 < end ? B64[(n >> 6) & 63]! : '=') + (i + 2 < end ? B64[n & 63]! : '=');
    }
    parts.push(s);
  }
  return parts.join('');
}

const B64_INDEX = new Int16Array(128).fill(-1);
for (let i = 0; i < B64.length; i++) B64_INDEX[B64.charCodeAt(i)] = i;

/** Throws on anything that is not canonical base64 (the caller turns it into a plain message). */
export function fromBase64(text: string): Uint8Array {
  if (text.length % 4 !== 0) throw new Error(`base64 length ${text.length} is not a multiple of 4`);
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((text.length / 4) * 3 - padding);
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    let n = 0;
    for (let j = 0; j < 4; j++) {
      const code = text.charCodeAt(i + j);
      const v = code === 61 /* = */ && i + j >= text.length - padding ? 0 : code < 128 ? (B64_INDEX[code] as number) : -1;
      if (v < 0) throw new Error(`invalid base64 character at ${i + j}`);
      n = (n << 6) | v;
    }
    if (o < out.length) out[o++] = (n >> 16) & 255;
    if (o < out.length) out[o++] = (n >> 8) & 255;
    if (o < out.length) out[o++] = n & 255;
  }
  return out;
}

function typedName(value: unknown): TypedName | null {
  for (const name of Object.keys(TYPED) as TypedName[]) if (value instanceof TYPED[name]) return name;
  return null;
}

function replacer(_key: string, value: unknown): unknown {
  if (typeof value === 'number' && !Number.isFinite(value)) return { $number: String(value) };
  if (ArrayBuffer.isView(value)) {
    const name = typedName(value);
    if (name) return { $typed: name, values: Array.from(value as unknown as ArrayLike<number>, (v) => (Number.isFinite(v) ? v : { $number: String(v) })) };
  }
  return value;
}

function reviver(_key: string, value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const tagged = value as { $number?: unknown; $typed?: unknown; values?: unknown };
  if (typeof tagged.$number === 'string' && Object.keys(value).length === 1) return Number(tagged.$number);
  if (typeof tagged.$typed === 'string' && tagged.$typed in TYPED && Array.isArray(tagged.values)) {
    const values = tagged.values as unknown[];
    // Left as it is when it holds something else: the schema check then says the file is damaged.
    if (!values.every((v) => typeof v === 'number')) return value;
    return TYPED[tagged.$typed as TypedName].from(values as number[]);
  }
  return value;
}

export function encodePortable(record: ExperimentRecord, weights?: StoredWeights): string {
  const body = {
    format: PORTABLE_FORMAT,
    version: PORTABLE_VERSION,
    record,
    ...(weights
      ? {
          weights: {
            modelTopology: weights.modelTopology,
            weightSpecs: weights.weightSpecs,
            epoch: weights.epoch,
            data: toBase64(new Uint8Array(weights.weightData)),
          },
        }
      : {}),
  };
  return JSON.stringify(body, replacer);
}

function damaged(detail: string): AppError {
  return new AppError({
    code: 'import/damaged',
    message: msg('experiment.import.damaged'),
    detail,
    fix: { label: msg('experiment.import.damagedFix'), action: 'none' },
  });
}

function issuesText(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): string {
  return error.issues.slice(0, 5).map((i) => `${i.path.map(String).join('.')}: ${i.message}`).join('; ');
}

export function decodePortable(text: string): { record: ExperimentRecord; weights?: StoredWeights } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text, reviver);
  } catch (err) {
    throw new AppError({
      code: 'import/not-json',
      message: msg('experiment.import.notJson'),
      detail: err instanceof Error ? err.message : String(err),
    });
  }
  const body = (typeof parsed === 'object' && parsed !== null ? parsed : {}) as { format?: unknown; version?: unknown; record?: unknown; weights?: unknown };
  if (body.format !== PORTABLE_FORMAT) {
    throw new AppError({
      code: 'import/not-experiment',
      message: msg('experiment.import.notExperiment'),
      detail: `format: ${JSON.stringify(body.format)}`,
    });
  }
  if (body.version !== PORTABLE_VERSION) {
    throw new AppError({
      code: 'import/version',
      message: msg('experiment.import.version', { found: String(body.version), supported: PORTABLE_VERSION }),
    });
  }
  const record = experimentRecordSchema.safeParse(body.record);
  if (!record.success) throw damaged(`record: ${issuesText(record.error)}`);
  if (body.weights === undefined) {
    return { record: { ...record.data, hasWeights: false } };
  }
  const w = body.weights as { modelTopology?: unknown; weightSpecs?: unknown; epoch?: unknown; data?: unknown };
  let weightData: ArrayBuffer;
  try {
    if (typeof w.data !== 'string') throw new Error('weights.data is not a string');
    const bytes = fromBase64(w.data);
    weightData = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  } catch (err) {
    throw damaged(`weights: ${err instanceof Error ? err.message : String(err)}`);
  }
  const weights = storedWeightsSchema.safeParse({ modelTopology: w.modelTopology, weightSpecs: w.weightSpecs, epoch: w.epoch, weightData });
  if (!weights.success) throw damaged(`weights: ${issuesText(weights.error)}`);
  if (weights.data.modelTopology === undefined || weights.data.modelTopology === null) throw damaged('weights: no modelTopology');
  return { record: { ...record.data, hasWeights: true }, weights: weights.data };
}
