/** What the experiments list shows and in which order: sorting, filtering and the key metric, pure. */
import type { ExperimentRecord, ExperimentStatus } from '../../core/experiment/types';
import { metricLabel } from '../../core/experiment/compare';
import type { MessageCode } from '../../core/i18n/catalogue';
import type { Message } from '../../core/i18n/message';
import { currentLocale } from '../i18n/locale-store';
import { formatPercent, formatScore } from '../format';

export type SortKey = 'date' | 'name' | 'metric';
export type StatusFilter = 'all' | ExperimentStatus;

export const SORT_OPTIONS: readonly { readonly value: SortKey; readonly label: MessageCode }[] = [
  { value: 'date', label: 'experiment.sort.date' },
  { value: 'name', label: 'experiment.sort.name' },
  { value: 'metric', label: 'experiment.sort.metric' },
];

export const STATUS_OPTIONS: readonly { readonly value: StatusFilter; readonly label: MessageCode }[] = [
  { value: 'all', label: 'experiment.statusFilter.all' },
  { value: 'completed', label: 'experiment.statusFilter.completed' },
  { value: 'stopped', label: 'experiment.statusFilter.stopped' },
  { value: 'interrupted', label: 'experiment.statusFilter.interrupted' },
  { value: 'failed', label: 'experiment.statusFilter.failed' },
  { value: 'running', label: 'experiment.statusFilter.running' },
];

export interface KeyMetric {
  /** "Accuracy" or "R²". */
  readonly label: Message;
  /** Higher is better for both. */
  readonly value: number;
  readonly text: string;
}

/** Accuracy for classification, R² for regression, on the held-out rows; null before an evaluation. */
export function keyMetric(record: ExperimentRecord): KeyMetric | null {
  const e = record.evaluation;
  if (!e) return null;
  return e.task === 'classification'
    ? { label: metricLabel('accuracy'), value: e.accuracy, text: formatPercent(e.accuracy) }
    : { label: metricLabel('r2'), value: e.r2, text: `R² ${formatScore(e.r2, 3)}` };
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

/** "23 Nov 2026, 10:41" in the app's language ("2026년 11월 23일 오전 10:41"). */
export function formatDate(ms: number): string {
  return new Intl.DateTimeFormat(currentLocale(), { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(ms);
}
