/**
 * Does this table hold time steps? Run after every CSV load, so it reads each column once or
 * twice: candidate id columns (values that repeat in blocks of rows), candidate clocks (date/time
 * columns, time-named numbers that increase), then a proposal for the best of them.
 *
 * `likely` needs strong evidence, so that a plain table sorted by its class (iris by species)
 * or by a year (auto-mpg) stays a table: an id column named like one (recording, session, id…),
 * or a clock (a date/time, or a time-named number that increases) that orders the rows.
 */
import type { Column, TypedDataset } from '../../data/types';
import { quoted } from '../../features/columns';
import { msg } from '../../i18n/message';
import { canIdentify, orderValuesOf } from './columns';
import { idNameStrength, orderNameStrength, targetNameStrength } from './names';
import { proposeGrouped, proposeWindows, type ProposalOutcome } from './propose';
import { increases, monotone, monotony, runBreaks, runCount } from './runs';
import type { SequenceDetection } from './types';

/** An id's values must come in blocks: at most this many runs per distinct value … */
const MAX_RUNS_PER_VALUE = 1.25;
/** … of at least this many rows on average. */
const MIN_ROWS_PER_RUN = 4;
/** How many id candidates detection tries before giving up on the grouped layout. */
const IDS_TRIED = 3;

interface IdCandidate {
  readonly col: Column;
  readonly strength: 0 | 1 | 2;
  readonly score: number;
}

interface OrderCandidate {
  readonly col: Column;
  /** The rows (within recordings) are in its order, forwards or backwards. */
  readonly ordered: boolean;
  /** A date/time, or a number named like a clock: strong evidence of time steps. */
  readonly clock: boolean;
  readonly score: number;
}

function distinctValues(col: Column): number {
  if (col.kind === 'category') return col.categories.length;
  if (col.kind === 'text') return col.dictionary?.length ?? 0;
  return col.distinctCapped ? 0 : col.distinct;
}

/** Columns whose values repeat in blocks of rows, not named like a label; best first. */
export function findIdCandidates(ds: TypedDataset): IdCandidate[] {
  const found: IdCandidate[] = [];
  for (const col of ds.columns) {
    if (!canIdentify(col)) continue;
    const strength = idNameStrength(col.name);
    // The column to predict is not an id, even when it is sorted (iris by species).
    if (strength < 2 && targetNameStrength(col.name) > 0) continue;
    const distinct = distinctValues(col);
    const present = ds.rowCount - col.missing;
    if (distinct < 2 || present < distinct * MIN_ROWS_PER_RUN) continue;
    const runs = runCount(col);
    if (runs > Math.ceil(distinct * MAX_RUNS_PER_VALUE) + Math.min(col.missing, distinct)) continue;
    if (present / runs < MIN_ROWS_PER_RUN) continue;
    found.push({ col, strength, score: strength * 10 + (runs === distinct ? 2 : 0) + (distinct >= 10 ? 1 : 0) });
  }
  return found.sort((a, b) => b.score - a.score || a.col.index - b.col.index);
}

/** Date/time columns and clock-named numbers that increase within recordings (the id's runs); best first. */
export function findOrderCandidates(ds: TypedDataset, id: Column | null): OrderCandidate[] {
  const breaks = id ? runBreaks(id) : null;
  const found: OrderCandidate[] = [];
  for (const col of ds.columns) {
    if (col === id) continue;
    const values = orderValuesOf(col);
    if (!values) continue;
    if (col.kind === 'datetime') {
      const ordered = monotone(monotony(values, breaks));
      found.push({ col, ordered, clock: true, score: 20 + (ordered ? 5 : 0) });
      continue;
    }
    const strength = orderNameStrength(col.name);
    if (strength === 0 || !increases(monotony(values, breaks))) continue;
    found.push({ col, ordered: true, clock: strength === 2, score: strength * 5 + 5 });
  }
  return found.sort((a, b) => b.score - a.score || a.col.index - b.col.index);
}

export function detectSequences(ds: TypedDataset): SequenceDetection {
  const ids = findIdCandidates(ds);
  const best = ids[0]?.col ?? null;
  const orders = findOrderCandidates(ds, best);
  const idCandidates = ids.map((c) => c.col.name);
  const orderCandidates = orders.map((c) => c.col.name);
  const result = (outcome: ProposalOutcome, likely: boolean): SequenceDetection => ({
    proposal: outcome.proposal,
    likely: likely && outcome.proposal !== null,
    reason: outcome.reason,
    idCandidates,
    orderCandidates,
  });

  let firstFailure: ProposalOutcome | null = null;
  for (const id of ids.slice(0, IDS_TRIED)) {
    // Clocks are checked within the runs of the best id; another id's recordings use its own.
    const order = id.col === best ? (orders[0] ?? null) : (findOrderCandidates(ds, id.col)[0] ?? null);
    const orderName = order?.col.name ?? null;
    const grouped = proposeGrouped(ds, id.col.name, orderName);
    const strong = id.strength === 2 || order !== null;
    if (grouped.proposal) return result(grouped, strong);
    firstFailure ??= grouped;
    // A label that changes inside recordings: windows within each recording, if the id or a clock says these are recordings.
    if (strong || id.strength > 0) {
      const windows = proposeWindows(ds, id.col.name, orderName);
      if (windows.proposal) return result(windows, strong);
    }
  }

  const clock = orders.find((o) => o.ordered) ?? null;
  if (clock) {
    const windows = proposeWindows(ds, null, clock.col.name);
    if (windows.proposal || !firstFailure) return result(windows, clock.clock);
  }
  if (firstFailure) return result(firstFailure, false);
  return result(
    {
      proposal: null,
      reason: orders.length > 0
        ? msg('sources.sequences.detect.unordered', { column: quoted(orders[0]!.col.name), name: ds.name })
        : msg('sources.sequences.detect.none'),
    },
    false,
  );
}
