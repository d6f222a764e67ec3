/** What the experiments list shows and in which order: sorting, filtering and the key metric, pure. */
import type { ExperimentRecord, ExperimentStatus } from '../../core/experiment/types';
import { formatPercent, formatScore } from '../format';

export type SortKey = 'date' | 'name' | 'metric';
export type StatusFilter = 'all' | ExperimentStatus;

export const SORT_OPTIONS: readonly { readonly value: SortKey; readonly label: string }[] = [
  { value: 'date', label: 'Newest first' },
  { value: 'name', label: 'Name (A to Z)' },
  { value: 'metric', label: 'Best result first' },
];

export const STATUS_OPTIONS: readonly { readonly value: StatusFilter; readonly label: string }[] = [
  { value: 'all', label: 'Any status' },
  { value: 'completed', label: 'Completed' },
  { value: 'stopped', label: 'Stopped' },
  { value: 'interrupted', label: 'Interrupted' },
  { value: 'failed', label: 'Failed' },
  { value: 'running', label: 'Running' },
];

export interface KeyMetric {
  /** "Accuracy" or "R²". */
  readonly label: string;
  /** Higher is better for both. */
  readonly value: number;
  readonly text: string;
}

/** Accuracy for classification, R² for regression, on the held-out rows; null before an evaluation. */
export function keyMetric(record: ExperimentRecord): KeyMetric | null {
  const e = record.evaluation;
  if (!e) return null;
  return e.task === 'classification'
    ? { label: 'Accuracy', value: e.accuracy, text: formatPercent(e.accuracy) }
    : { label: 'R²', value: e.r2, text: `R² ${formatScore(e.r2, 3)}` };
}

export interface ListQuery {
  readonly text: string;
  readonly status: StatusFilter;
  readonly sort: SortKey;
}

export const DEFAULT_QUERY: ListQuery = { text: '', status: 'all', sort: 'date' };

function matchesText(record: ExperimentRecord, text: string): boolean {
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = [record.name, record.dataset.name, record.notes, record.plan.target, record.task].join(' ').toLowerCase();
  return words.every((w) => haystack.includes(w));
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

function compare(a: ExperimentRecord, b: ExperimentRecord, sort: SortKey): number {
  if (sort === 'name') return collator.compare(a.name, b.name) || b.createdAt - a.createdAt;
  if (sort === 'metric') {
    const ma = keyMetric(a)?.value;
    const mb = keyMetric(b)?.value;
    // Runs without a result (failed, interrupted before the end) go last, newest first among them.
    if (ma === undefined || Number.isNaN(ma)) return mb === undefined || Number.isNaN(mb) ? b.createdAt - a.createdAt : 1;
    if (mb === undefined || Number.isNaN(mb)) return -1;
    return mb - ma || b.createdAt - a.createdAt;
  }
  return b.createdAt - a.createdAt;
}

/** The records the list shows for a query, in its order; words of the text must all appear (name, dataset, notes, target). */
export function visibleExperiments(records: readonly ExperimentRecord[], query: ListQuery): ExperimentRecord[] {
  return records
    .filter((r) => (query.status === 'all' || r.status === query.status) && matchesText(r, query.text))
    .sort((a, b) => compare(a, b, query.sort));
}

/** "23 Nov 2026, 10:41" in the user's locale. */
export function formatDate(ms: number): string {
  return new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(ms);
}
