/**
 * Numbers formatted for reading: thousands separators, at most a few significant decimals.
 * One place so every screen shows numbers the same way.
 */
const integerFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** Building an Intl.NumberFormat costs far more than formatting with one: charts format thousands of ticks. */
const formats = new Map<string, Intl.NumberFormat>();
function numberFormat(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = JSON.stringify(options);
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat('en-US', options);
    formats.set(key, format);
  }
  return format;
}

/** 1234567 → "1,234,567". */
export function formatInteger(value: number): string {
  return Number.isFinite(value) ? integerFormat.format(value) : '—';
}

/**
 * A measured value with `significant` significant digits (3: 2.3123 → "2.31", 0.01234 → "0.0123",
 * 23.456 → "23.5"); values at or above 10^significant are shown whole with separators (1234.5 → "1,235").
 */
export function formatNumber(value: number, significant = 3): string {
  if (!Number.isFinite(value)) return '—';
  const abs = Math.abs(value);
  if (abs === 0) return '0';
  if (abs < 1e-4) return value.toExponential(2);
  if (abs >= 10 ** significant) return integerFormat.format(value);
  return numberFormat({ maximumSignificantDigits: significant }).format(value);
}

/** A score between 0 and 1 with a fixed number of decimals, so a column of them lines up: 1 → "1.00". */
export function formatScore(value: number, decimals = 2): string {
  if (!Number.isFinite(value)) return '—';
  const text = value.toFixed(decimals);
  // -0.0004 rounds to "-0.000": a sign on zero only puzzles.
  return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
}

/** 0.9712 → "97.1%"; whole percentages lose the ".0". */
export function formatPercent(fraction: number, decimals = 1): string {
  if (!Number.isFinite(fraction)) return '—';
  return numberFormat({ style: 'percent', maximumFractionDigits: decimals }).format(fraction);
}

/** 0.9712 → "97%" for verdict sentences. */
export function formatPercentRounded(fraction: number): string {
  return formatPercent(fraction, 0);
}

/** 75_000 ms → "1 min 15 s"; 4_200 ms → "4 s"; 300 ms → "less than a second". */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '—';
  if (ms < 1000) return 'less than a second';
  const totalSeconds = Math.round(ms / 1000);
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  if (minutes === 0) return `${seconds} s`;
  return seconds === 0 ? `${minutes} min` : `${minutes} min ${seconds} s`;
}

/** 1536 → "1.5 KB". */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '—';
  const units = ['bytes', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${formatInteger(value)} ${units[0]}` : `${formatNumber(value, 3)} ${units[unit]}`;
}

/** Tick formatter for chart axes: compact and short. */
export function formatTick(value: number): string {
  if (!Number.isFinite(value)) return '';
  const abs = Math.abs(value);
  if (abs >= 10_000) return numberFormat({ notation: 'compact', maximumFractionDigits: 1 }).format(value);
  return formatNumber(value, 3);
}
