import type { Message } from '../i18n/message';

/**
 * The input shape explained in the user's terms, one record for every kind of data: a table's
 * (None, 7), an image's (None, 28, 28, 1), a recording's (None, 64, 6).
 */

/** One axis of the input shape and what its number is. */
export interface ShapeAxis {
  /** 'None' for the batch axis; otherwise a short name: 'features', 'H', 'W', 'C', 'steps'. */
  readonly symbol: string;
  /** null for None. */
  readonly value: number | null;
  /** What this number is, in the user's terms: "64 time steps in each recording (rows per “recording”)". */
  readonly description: Message;
}

/** Where some of the numbers of the last axis come from: one source column and how it is encoded. */
export interface ShapePart {
  readonly column: string;
  /** How many of the last axis' numbers this column gives (1 for a scaled number, k for k one-hot columns). */
  readonly units: number;
  /** How the column gives its numbers, without the column's name: "1 number, standardised (mean 43.9, std 5.46)". */
  readonly description: Message;
}

export interface ShapeExplanation {
  /** (None, n) for tables, (None, H, W, C) for images, (None, steps, features) for sequences. */
  readonly inputShape: readonly [null, number, ...number[]];
  /** "(None, 7)": the shape as Keras writes it, the same in every language. */
  readonly text: string;
  /** One entry per axis of inputShape, None first. */
  readonly axes: readonly ShapeAxis[];
  /** How the numbers add up, in one sentence: "7 = 4 numeric columns + 3 one-hot columns of “island”". */
  readonly sum: Message;
  /** The source columns behind the last axis (tables and sequences); empty for images. */
  readonly parts: readonly ShapePart[];
  /** How raw data becomes these numbers: resizing, pixel scaling, padding, windowing. */
  readonly notes: readonly Message[];
  /** "None is the batch size: …" */
  readonly noneMeaning: Message;
}
