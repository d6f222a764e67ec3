/**
 * Small distributions for the Data screen: ≤ 12 numeric bins on "nice" boundaries
 * (1, 2, 2.5 or 5 × 10^k) so labels read like "30–35", and the top categories.
 */
import { daysFromCivil, MS_PER_DAY } from './datetime';
import { formatDateTime, formatTimeOfDay } from './datetime-format';
import type { HistogramBin } from './types';

export const MAX_NUMBER_BINS = 12;
export const TOP_CATEGORIES = 8;
const EPSILON = 1e-9;

/** Ready-made label text for a number: no float noise, thousands as k/M/B when large. */
export function formatNumber(value: number, decimals = -1): string {
  const abs = Math.abs(value);
  if (!Number.isFinite(value)) return String(value);
  // Past a trillion "B" would need more digits than it saves (1e308 is not "1e+299B").
  if (abs >= 1e12) return value.toExponential(2).replace(/\.?0+e/, 'e');
  if (abs >= 1e9) return `${trimZeros((value / 1e9).toFixed(2))}B`;
  if (abs >= 1e6) return `${trimZeros((value / 1e6).toFixed(2))}M`;
  if (abs >= 1e4 && decimals <= 0) return `${trimZeros((value / 1e3).toFixed(1))}k`;
  if (decimals >= 0) return fixedNoNegativeZero(value, decimals);
  if (Number.isInteger(value)) return String(value);
  if (abs !== 0 && abs < 1e-3) return value.toExponential(2);
  return trimZeros(value.toPrecision(4));
}

function fixedNoNegativeZero(value: number, decimals: number): string {
  const text = value.toFixed(decimals);
  return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
}

function trimZeros(text: string): string {
  return text.includes('.') && !text.includes('e') ? text.replace(/\.?0+$/, '') : text;
}

/** The smallest nice step (1, 2, 2.5, 5 × 10^k) that covers `range` in at most `maxBins` bins. */
export function niceStep(range: number, maxBins: number): number {
  const rough = range / (maxBins - 2);
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  for (const m of [1, 2, 2.5, 5, 10]) {
    if (m * magnitude >= rough) return m * magnitude;
  }
  return 10 * magnitude;
}

function decimalsFor(step: number): number {
  const decimals = Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
  // 2.5 × 10^k needs one more digit than its power of ten.
  const mantissa = step / 10 ** Math.floor(Math.log10(step) + 1e-9);
  return Math.abs(mantissa - 2.5) < 1e-9 ? decimals + 1 : decimals;
}

/**
 * Bins for the present values. Integers with ≤ 12 distinct values get one bar per value
 * ("4", "6", "8"); otherwise equal-width bins on nice boundaries, the last one closed.
 */
export function numberHistogram(
  values: Float64Array,
  stats: { readonly min: number; readonly max: number; readonly integer: boolean; readonly smallIntegerSet: readonly number[] | null },
): HistogramBin[] {
  const { min, max, integer, smallIntegerSet } = stats;
  if (!Number.isFinite(min)) return [];
  if (smallIntegerSet !== null && smallIntegerSet.length <= MAX_NUMBER_BINS) {
    const sorted = [...smallIntegerSet].sort((a, b) => a - b);
    const slot = new Map(sorted.map((v, i) => [v, i]));
    const counts = new Array<number>(sorted.length).fill(0);
    for (let r = 0; r < values.length; r++) {
      const v = values[r] as number;
      if (v !== v) continue;
      const i = slot.get(v) as number;
      counts[i] = (counts[i] as number) + 1;
    }
    return sorted.map((v, i) => ({ label: formatNumber(v), count: counts[i] as number }));
  }
  if (min === max) {
    let count = 0;
    for (let r = 0; r < values.length; r++) if (values[r] === values[r]) count++;
    return [{ label: formatNumber(min), count }];
  }
  const step = niceStep(max - min, MAX_NUMBER_BINS);
  // Positions are in units of `step`; EPSILON keeps 0.3 / 0.1 = 2.9999999999999996 in bin 3.
  const firstIndex = Math.floor(min / step + EPSILON);
  const maxUnits = max / step;
  let bins = Math.floor(maxUnits + EPSILON) - firstIndex + 1;
  // max exactly on a boundary belongs to the last bin, not a new one.
  const maxOnBoundary = Math.abs(maxUnits - Math.round(maxUnits)) < EPSILON && bins > 1;
  if (maxOnBoundary) bins--;
  const start = firstIndex * step;
  const perStep = 1 / step;
  const tally = new Float64Array(bins);
  const last = bins - 1;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (v !== v) continue;
    const b = Math.floor((v - start) * perStep + EPSILON);
    const k = b < 0 ? 0 : b > last ? last : b;
    tally[k] = (tally[k] as number) + 1;
  }
  const counts = Array.from(tally);
  const decimals = decimalsFor(step);
  // Whole numbers read best with inclusive ends: 70–71 holds 70 and 71.
  const inclusive = integer && Number.isInteger(step);
  return counts.map((count, i) => {
    const from = (firstIndex + i) * step;
    const to = (firstIndex + i + 1) * step;
    const label = !inclusive ? rangeLabel(from, to, decimals)
      : step === 1 ? formatNumber(from)
        : rangeLabel(from, i === last && maxOnBoundary ? to : to - 1, 0);
    return { label, count };
  });
}

/** "30–35"; "-10 to -5" when a dash would read as a minus sign. */
function rangeLabel(from: number, to: number, decimals: number): string {
  const a = formatNumber(from, decimals);
  const b = formatNumber(to, decimals);
  return from < 0 || to < 0 ? `${a} to ${b}` : `${a}–${b}`;
}

/** The most frequent categories (ties: first seen first), and "other" for the rest. */
export function categoryHistogram(categories: readonly string[], counts: readonly number[]): HistogramBin[] {
  const order = categories.map((_, i) => i).sort((a, b) => (counts[b] as number) - (counts[a] as number) || a - b);
  const top = order.slice(0, TOP_CATEGORIES).map((i) => ({ label: categories[i] as string, count: counts[i] as number }));
  if (order.length > TOP_CATEGORIES) {
    let other = 0;
    for (const i of order.slice(TOP_CATEGORIES)) other += counts[i] as number;
    top.push({ label: 'other', count: other });
  }
  return top;
}

export const MAX_DATETIME_BINS = 8;

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
/** Steps of a fixed length, aligned to the epoch (so to midnight, UTC): the smallest that fits is used. */
const FIXED_STEPS = [
  1, 2, 5, 10, 20, 50, 100, 200, 500,
  SECOND, 2 * SECOND, 5 * SECOND, 10 * SECOND, 15 * SECOND, 30 * SECOND,
  MINUTE, 2 * MINUTE, 5 * MINUTE, 10 * MINUTE, 15 * MINUTE, 30 * MINUTE,
  HOUR, 2 * HOUR, 3 * HOUR, 6 * HOUR, 12 * HOUR,
  MS_PER_DAY, 2 * MS_PER_DAY, 7 * MS_PER_DAY, 14 * MS_PER_DAY,
];
/** Beyond two weeks, steps of calendar months and years. */
const MONTH_STEPS = [1, 2, 3, 6, 12, 24, 60, 120, 240, 600, 1200, 2400, 6000, 12000];

function monthIndex(ms: number): number {
  const d = new Date(ms);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
}

function monthStart(index: number): number {
  const y = Math.floor(index / 12);
  return daysFromCivil(y, index - y * 12 + 1, 1) * MS_PER_DAY;
}

/**
 * A few bins (≤ 8) over the time range of a date/time column, on boundaries people read:
 * "10:00–10:15" when every value is within one day, "2024-03-01" for days, "2024-03" for
 * months, "2024" for years. Values are instants in ms (NaN skipped); clocks are UTC.
 */
export function dateTimeHistogram(values: Float64Array, min: number, max: number): HistogramBin[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [];
  let present = 0;
  if (min === max) {
    for (let r = 0; r < values.length; r++) if (values[r] === values[r]) present++;
    const precision = min % MS_PER_DAY === 0 ? 'date' : min % SECOND === 0 ? 'second' : 'millisecond';
    return [{ label: formatDateTime(min, precision), count: present }];
  }
  const fixed = FIXED_STEPS.find((step) => Math.floor(max / step) - Math.floor(min / step) + 1 <= MAX_DATETIME_BINS);
  let edges: number[];
  let labels: string[];
  if (fixed !== undefined) {
    const first = Math.floor(min / fixed);
    const bins = Math.floor(max / fixed) - first + 1;
    edges = Array.from({ length: bins + 1 }, (_, i) => (first + i) * fixed);
    labels = fixedLabels(edges, fixed, min, max);
  } else {
    const lo = monthIndex(min);
    const hi = monthIndex(max);
    const step = MONTH_STEPS.find((k) => Math.floor(hi / k) - Math.floor(lo / k) + 1 <= MAX_DATETIME_BINS) ?? 12 * Math.ceil((hi - lo + 1) / 12 / MAX_DATETIME_BINS);
    const first = Math.floor(lo / step);
    const bins = Math.floor(hi / step) - first + 1;
    const indices = Array.from({ length: bins + 1 }, (_, i) => (first + i) * step);
    edges = indices.map(monthStart);
    labels = indices.slice(0, -1).map((index) => monthLabel(index, step));
  }
  const tally = new Float64Array(labels.length);
  const last = labels.length - 1;
  const start = edges[0] as number;
  for (let r = 0; r < values.length; r++) {
    const v = values[r] as number;
    if (v !== v) continue;
    let bin: number;
    if (fixed !== undefined) {
      bin = Math.floor((v - start) / fixed);
      if (bin > last) bin = last;
    } else {
      bin = 0;
      while (bin < last && v >= (edges[bin + 1] as number)) bin++;
    }
    tally[bin] = (tally[bin] as number) + 1;
  }
  return labels.map((label, i) => ({ label, count: tally[i] as number }));
}

function fixedLabels(edges: readonly number[], step: number, min: number, max: number): string[] {
  const starts = edges.slice(0, -1);
  if (step >= MS_PER_DAY) {
    return starts.map((from) => (step === MS_PER_DAY ? formatDateTime(from, 'date')
      : `${formatDateTime(from, 'date')} – ${formatDateTime(from + step - MS_PER_DAY, 'date')}`));
  }
  const precision = step < SECOND ? 'millisecond' : step < MINUTE ? 'second' : 'minute';
  const oneDay = Math.floor(min / MS_PER_DAY) === Math.floor(max / MS_PER_DAY);
  return starts.map((from) => {
    const time = `${formatTimeOfDay(from, precision)}–${formatTimeOfDay(from + step, precision)}`;
    return oneDay ? time : `${formatDateTime(from, 'date')} ${time}`;
  });
}

function monthLabel(index: number, step: number): string {
  const from = monthStart(index);
  if (step === 1) return formatDateTime(from, 'month');
  if (step === 12) return formatDateTime(from, 'year');
  const to = monthStart(index + step - 1);
  return step < 12 ? `${formatDateTime(from, 'month')} – ${formatDateTime(to, 'month')}`
    : `${formatDateTime(from, 'year')}–${formatDateTime(to, 'year')}`;
}
