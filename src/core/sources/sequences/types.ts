/**
 * The records of the sequences kind: a table whose rows are time steps becomes examples of
 * shape (steps, features), one per recording (grouped layout) or one per window of a long
 * recording (windows layout).
 */
import type { TypedDataset } from '../../data/types';
import type { Task } from '../../features/types';
import type { Message } from '../../i18n/message';
import type { PlanProposal } from '../kind';

/**
 * grouped: one row per time step, a column identifying the recording; one recording is one example.
 * windows: rows in time order (within each recording, when there is an id column); a window of
 * `length` rows every `stride` rows is one example, labelled by its last step.
 */
export type SequenceLayout = 'grouped' | 'windows';

/** The user's choices on the Shape step for sequences. */
export interface SequencePlan {
  readonly layout: SequenceLayout;
  /** grouped: the recording's label or number; windows: the column whose value at a window's last step is its label. */
  readonly target: string;
  readonly task: Task;
  /**
   * The step columns (the channels of the last axis), in file order. Never the id column, the
   * order column, the target, or a column that is constant within every recording.
   */
  readonly features: readonly string[];
  /** Required for grouped; optional for windows (then windows never cross from one recording to the next). */
  readonly idColumn: string | null;
  /** A date/time or number column that orders the steps of a recording; null: the file's row order. */
  readonly orderColumn: string | null;
  /** Time steps per example. grouped: shorter recordings are padded, longer ones cut; windows: the window length. */
  readonly length: number;
  /** windows: rows between the starts of two windows (1 … length); grouped: ignored (kept at 1). */
  readonly stride: number;
}

/** What a column is for, given the plan's id column; what the Shape step's column list shows. */
export type SequenceColumnRole = 'id' | 'order' | 'target' | 'attribute' | 'step' | 'unused';

export interface SequenceColumnInfo {
  readonly column: string;
  readonly role: SequenceColumnRole;
  /** Why, in one sentence: "Constant within every recording: a property of the recording, not of a step." */
  readonly reason: Message;
}

/** What the file looks like as sequences, worked out once when it is loaded (in the parse worker). */
export interface SequenceDetection {
  /** The layout proposed, or null when no layout fits (the file stays a table; `reason` says why). */
  readonly proposal: PlanProposal<SequencePlan> | null;
  /**
   * Strong signs the rows are time steps (a column whose values repeat in runs and is named or
   * behaves like a recording id, or a date/time column that orders the rows): the app opens the
   * file as sequences. Otherwise it opens it as a table, with sequences offered when a proposal exists.
   */
  readonly likely: boolean;
  /** Why this layout was proposed, or why none fits, in one sentence. */
  readonly reason: Message;
  /** Columns that could identify recordings, most likely first. */
  readonly idCandidates: readonly string[];
  /** Date/time and number columns that could order the steps, most likely first. */
  readonly orderCandidates: readonly string[];
}

/** The sequences kind's Summary: the table and what detection found in it. */
export interface SequenceSummary {
  readonly dataset: TypedDataset;
  readonly detection: SequenceDetection;
}

/** Longest sequence length and stride the app accepts: beyond it a recording is not what a small Conv1D/LSTM is for. */
export const MAX_SEQUENCE_LENGTH = 4_096;
export const MIN_SEQUENCE_LENGTH = 2;
