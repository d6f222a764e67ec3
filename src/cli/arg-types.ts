/** What each `layerbench` command takes, once parsed: the zod schema of train's options and the other commands' argument types. */
import { z } from 'zod';
import { ENCODING_NAMES, type EncodingName } from '../core/data/encoding';
import { MAX_SEQUENCE_LENGTH, MIN_SEQUENCE_LENGTH } from '../core/sources/sequences/types';
import { MAX_IMAGE_CACHE_MB } from '../core/train/settings';

export const BACKENDS = ['cpu', 'wasm', 'webgpu'] as const;

export const trainSchema = z.object({
  file: z.string().min(1),
  target: z.string().min(1).optional(),
  epochs: z.number().int().min(1).max(10_000).optional(),
  seed: z.number().int().min(0).max(2 ** 31 - 1).optional(),
  batchSize: z.number().int().min(1).max(65_536).optional(),
  /** MiB of decoded images kept in memory; a larger image set is read a batch at a time (0: always). */
  imageCacheMb: z.number().int().min(0).max(MAX_IMAGE_CACHE_MB).optional(),
  backend: z.enum(BACKENDS).optional(),
  size: z.object({ height: z.number().int().min(8).max(256), width: z.number().int().min(8).max(256) }).optional(),
  augment: z.boolean(),
  pathColumn: z.string().min(1).optional(),
  sequenceId: z.string().min(1).optional(),
  order: z.string().min(1).optional(),
  window: z.number().int().min(MIN_SEQUENCE_LENGTH).max(MAX_SEQUENCE_LENGTH).optional(),
  length: z.number().int().min(MIN_SEQUENCE_LENGTH).max(MAX_SEQUENCE_LENGTH).optional(),
  stride: z.number().int().min(1).max(MAX_SEQUENCE_LENGTH).optional(),
  out: z.string().min(1).optional(),
  /** Writes the held-out split (examples' positions; a table's data rows, 0-based) as JSON. */
  splitOut: z.string().min(1).optional(),
  model: z.string().min(1).optional(),
  encoding: z.enum(ENCODING_NAMES).optional(),
  json: z.boolean(),
});

export type TrainArgs = z.infer<typeof trainSchema>;

/** The options that say how to read a CSV of time steps as sequences. */
export interface SequenceOptions {
  readonly sequenceId?: string;
  readonly order?: string;
  /** Windows of this many rows (the windows layout). */
  readonly window?: number;
  /** Steps per recording (the grouped layout). */
  readonly length?: number;
  readonly stride?: number;
}

export interface InspectArgs extends SequenceOptions {
  readonly file: string;
  /** The CSV's text encoding (--encoding); detected when absent. */
  readonly encoding?: EncodingName;
  readonly target?: string;
  readonly pathColumn?: string;
  readonly json: boolean;
}

export interface PredictArgs {
  readonly dir: string;
  readonly file: string;
  readonly encoding?: EncodingName;
  readonly out?: string;
  readonly json: boolean;
}

export interface SummaryArgs {
  readonly file: string;
  /** What the data asks of the model's end, as the app knows it from the data: the head is then checked. */
  readonly head?: { readonly task: 'classification'; readonly classes: number } | { readonly task: 'regression' };
  /** Also print the Keras code the app shows. */
  readonly keras: boolean;
  readonly json: boolean;
}
