/**
 * The held-out split of sequence examples, seeded and stratified by class.
 * grouped: by recording, so that the steps of one recording are never on both sides.
 * windows: overlapping windows share rows, so windows are not split one by one: each recording
 * is cut into contiguous blocks of several window lengths, whole blocks go to one side
 * (stratified by the block's most common label), and only windows whose rows all lie on one
 * side are kept; a window straddling a training and a held-out block is left out.
 *
 * The split's indices are example positions (examples.ts' order), sorted.
 */
import { appErrorInfo, type AppErrorInfo } from '../../errors';
import type { Column, TypedDataset } from '../../data/types';
import { splitSamples } from '../../features/split';
import type { Split, Task } from '../../features/types';
import { msg } from '../../i18n/message';
import type { SplitOptions } from '../kind';
import { realSteps, type SequenceExamples } from './examples';
import { classesAt, classIdsOf, labelledExamples } from './labels';
import { stepsOf } from './recordings';

export interface SequenceSplit {
  readonly split: Split;
  readonly notes: readonly AppErrorInfo[];
  /** windows: the block size in rows (0 for grouped). */
  readonly blockRows: number;
}

/** Rows per block: several window lengths, about 50 blocks over the file, at least 5 blocks where the rows allow. */
export function blockRowsFor(windowedRows: number, length: number): number {
  return Math.max(length, Math.min(Math.max(4 * length, Math.ceil(windowedRows / 50)), Math.floor(windowedRows / 5)));
}

function strata(ds: TypedDataset, ex: SequenceExamples, task: Task, target: Column | undefined, labelled: Uint32Array): Int32Array | null {
  if (task !== 'classification' || !target) return null;
  const classes = classesAt(ds, target, ex.labelRow, labelled);
  return classIdsOf(target, ex.labelRow, classes);
}

function splitGrouped(ds: TypedDataset, ex: SequenceExamples, task: Task, target: Column | undefined, opts: SplitOptions): SequenceSplit {
  const labelled = labelledExamples(ex.labelRow);
  const ids = strata(ds, ex, task, target, labelled);
  const sub = splitSamples(labelled.length, ids ? Int32Array.from(labelled, (i) => ids[i]!) : null, opts, 'labelledRecording');
  const back = (side: Uint32Array) => Uint32Array.from(side, (k) => labelled[k]!).sort();
  return { split: { ...sub, train: back(sub.train), test: back(sub.test) }, notes: [], blockRows: 0 };
}

function splitWindows(ds: TypedDataset, ex: SequenceExamples, task: Task, target: Column | undefined, opts: SplitOptions): SequenceSplit {
  const { recs, length } = ex;
  let windowed = 0;
  for (let r = 0; r < recs.count; r++) if (stepsOf(recs, r) >= length) windowed += stepsOf(recs, r);
  const blockRows = blockRowsFor(windowed, length);
  // Blocks of each windowed recording: floor(n / B) of them, the last one taking the remainder.
  const firstBlock = new Uint32Array(recs.count + 1);
  for (let r = 0; r < recs.count; r++) {
    const n = stepsOf(recs, r);
    firstBlock[r + 1] = firstBlock[r]! + (n >= length ? Math.max(1, Math.floor(n / blockRows)) : 0);
  }
  const blocks = firstBlock[recs.count]!;
  const blockOf = (e: number, step: number): number => {
    const r = ex.recordingOf[e]!;
    const inRecording = firstBlock[r + 1]! - firstBlock[r]!;
    return firstBlock[r]! + Math.min(Math.floor(step / blockRows), inRecording - 1);
  };

  const labelled = labelledExamples(ex.labelRow);
  const ids = strata(ds, ex, task, target, labelled);
  let blockIds: Int32Array | null = null;
  if (ids) {
    // The most common label of the windows starting in each block; blocks without one form their own stratum.
    const k = ids.reduce((m, c) => Math.max(m, c + 1), 0);
    const votes = new Uint32Array(blocks * k);
    for (const e of labelled) if (ids[e]! >= 0) votes[blockOf(e, ex.start[e]!) * k + ids[e]!]!++;
    blockIds = new Int32Array(blocks);
    for (let b = 0; b < blocks; b++) {
      let best = k;
      let bestVotes = 0;
      for (let c = 0; c < k; c++) {
        if (votes[b * k + c]! > bestVotes) {
          best = c;
          bestVotes = votes[b * k + c]!;
        }
      }
      blockIds[b] = best;
    }
  }
  const sides = splitSamples(blocks, blockIds, opts, 'rowBlock');
  const held = new Uint8Array(blocks);
  for (const b of sides.test) held[b] = 1;

  const train: number[] = [];
  const test: number[] = [];
  let straddling = 0;
  for (const e of labelled) {
    const first = held[blockOf(e, ex.start[e]!)]!;
    const last = held[blockOf(e, ex.start[e]! + realSteps(ex, e) - 1)]!;
    if (first !== last) straddling++;
    else (first === 1 ? test : train).push(e);
  }
  const notes: AppErrorInfo[] = [
    appErrorInfo({
      code: 'sequence/window-blocks',
      message: msg('sources.sequences.windowBlocks', { blocks, blockRows, train: sides.train.length, test: sides.test.length, straddling }),
      detail: `blockRows ${blockRows}, blocks ${blocks}, straddling ${straddling}`,
    }),
  ];
  return {
    split: { train: Uint32Array.from(train), test: Uint32Array.from(test), stratified: sides.stratified, seed: opts.seed },
    notes,
    blockRows,
  };
}

/** Seeded: the same examples, task and options give the same split. Throws an AppError when too few examples. */
export function splitExamples(ds: TypedDataset, ex: SequenceExamples, task: Task, target: Column | undefined, opts: SplitOptions): SequenceSplit {
  return ex.layout === 'grouped' ? splitGrouped(ds, ex, task, target, opts) : splitWindows(ds, ex, task, target, opts);
}
